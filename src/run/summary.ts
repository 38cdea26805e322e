/**
 * Run summary
 * ===========
 *
 * One number per outcome per run: final and sustained uptake (all adopters vs
 * committed ones at the end: compliance reverts, commitment stays), weeks to
 * 50% and 90% for each scheduled initiative (null if never), the ledger of
 * initiatives and claims, launches by the proposer's grade, and the uptake
 * drop after each scheduled departure (mean over the scheduled initiatives
 * launched before it, from the week before to `model.departureWindow` weeks after).
 */
import { byCodeUnit } from '../results/order.ts';
import type { MetricInfo, SeriesPoint } from '../results/types.ts';
import { uptake } from '../model/week.ts';
import type { World } from '../model/world.ts';
import { GRADES } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import { NON_NEGATIVE, SHARE } from '../statistics/bounds.ts';

export function summarise(world: World, series: readonly SeriesPoint[]): Record<string, number | null> {
  const { ledger, scenario } = world;
  const at = (metric: string, week: number) => series.find((p) => p.metric === metric && p.week === week)?.value ?? null;
  const last = scenario.weeks - 1;
  const summary: Record<string, number | null> = {
    final_uptake: at('uptake_total', last),
    sustained_uptake: at('uptake_committed', last),
    ideas_proposed: ledger.ideasProposed,
    ideas_dropped: ledger.ideasDropped,
    claims_granted: ledger.claimsGranted,
    claims_refused: ledger.claimsRefused,
  };
  for (const grade of GRADES) summary[`launched_by:${grade}`] = ledger.launchedByGrade[grade] ?? 0;
  for (const { name } of scenario.initiatives) {
    const initiative = world.initiatives.find((i) => i.origin === 'scheduled' && i.name === name);
    const since = (reached: number | null | undefined) => (reached == null || initiative === undefined ? null : reached - initiative.launchWeek);
    summary[`weeks_to_50:${name}`] = since(initiative?.reached50);
    summary[`weeks_to_90:${name}`] = since(initiative?.reached90);
    summary[`final_uptake:${name}`] = initiative === undefined ? null : uptake(world, initiative);
  }
  // The drop is measured on the changes already under way, so a launch in the window does not count as one.
  scenario.events.forEach((event, index) => {
    if (event.type !== 'departure') return;
    const drops = scenario.initiatives
      .filter((initiative) => initiative.week < event.week)
      .map(({ name }) => [at(`uptake:${name}`, event.week - 1), at(`uptake:${name}`, Math.min(last, event.week + world.model.parameters.departureWindow))])
      .filter((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null)
      .map(([before, after]) => before - after);
    // Named by the event's place in the list, so the name stays the same when a sweep varies its week or role.
    summary[`uptake_drop_after:event-${index + 1}`] = drops.length === 0 ? null : drops.reduce((a, b) => a + b, 0) / drops.length;
  });
  return summary;
}

/**
 * How to show each summary measure `summarise` gives for this scenario, with its bounds, in
 * code-unit order of name (the order summary.csv has always listed them in).
 */
export function summaryMetrics(scenario: Pick<Scenario, 'initiatives' | 'events' | 'model'>): MetricInfo[] {
  const count = (name: string, label: string, description: string): MetricInfo => ({ name, label, unit: 'count', bounds: NON_NEGATIVE, description });
  const share = (name: string, label: string, description: string): MetricInfo => ({ name, label, unit: 'share of scope', bounds: SHARE, description });
  const weeks = (name: string, label: string, description: string): MetricInfo => ({ name, label, unit: 'weeks', bounds: NON_NEGATIVE, description });
  const infos: MetricInfo[] = [
    share('final_uptake', 'Final uptake', 'Uptake (committed or compliant) in the last week, mean over the scheduled initiatives.'),
    share('sustained_uptake', 'Sustained uptake', 'Committed uptake in the last week: the change that stays when pressure goes.'),
    count('ideas_proposed', 'Ideas proposed', 'Bottom-up ideas proposed over the run.'),
    count('ideas_dropped', 'Ideas dropped', 'Ideas dropped for want of a sponsor over the run.'),
    count('claims_granted', 'Leadership claims granted', 'Leadership claims granted over the run.'),
    count('claims_refused', 'Leadership claims refused', 'Leadership claims refused over the run.'),
    ...GRADES.map((grade) => count(`launched_by:${grade}`, `Launched by ${grade}`, `Initiatives launched by a ${grade}.`)),
  ];
  for (const { name } of scenario.initiatives)
    infos.push(
      weeks(`weeks_to_50:${name}`, `Weeks to 50% (${name})`, `Weeks from ${name}'s launch until half its scope adopted; none if never.`),
      weeks(`weeks_to_90:${name}`, `Weeks to 90% (${name})`, `Weeks from ${name}'s launch until 90% of its scope adopted; none if never.`),
      share(`final_uptake:${name}`, `Final uptake (${name})`, `Share of ${name}'s scope adopting in the last week.`),
    );
  scenario.events.forEach((event, index) => {
    if (event.type !== 'departure') return;
    infos.push({
      name: `uptake_drop_after:event-${index + 1}`,
      label: `Uptake drop after departure ${index + 1}`,
      unit: 'share of scope',
      // A difference of two shares.
      bounds: { lower: -1, upper: 1 },
      description: `Uptake the week before event ${index + 1} (a departure) minus ${scenario.model.departureWindow} weeks after.`,
    });
  });
  return infos.sort((a, b) => byCodeUnit(a.name, b.name));
}
