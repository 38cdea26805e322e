/**
 * Run summary
 * ===========
 *
 * One number per outcome per run: final and sustained uptake (all adopters vs
 * committed ones at the end: compliance reverts, commitment stays), weeks to
 * 50% and 90% for each scheduled initiative (null if never), the ledger of
 * initiatives and claims, launches by the proposer's grade, and the uptake
 * drop after each scheduled departure.
 */
import type { SeriesPoint } from '../exporters/results.ts';
import { DEPARTURE_WINDOW } from '../model/parameters.ts';
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
  for (const event of scenario.events) {
    if (event.type !== 'departure') continue;
    const before = at('uptake_total', event.week - 1);
    const after = at('uptake_total', Math.min(last, event.week + DEPARTURE_WINDOW));
    const who = event.department === undefined ? event.role : `${event.role}:${event.department}`;
    summary[`uptake_drop_after:${who}@${event.week}`] = before === null || after === null ? null : before - after;
  }
  return summary;
}
