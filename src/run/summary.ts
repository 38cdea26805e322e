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
import type { SeriesPoint } from '../exporters/results.ts';
import { uptake } from '../model/week.ts';
import type { World } from '../model/world.ts';
import { GRADES } from '../scenario/grades.ts';

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
