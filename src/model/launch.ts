/**
 * Launching an initiative
 * =======================
 *
 * Sets each person's threshold for this change (their own φ scaled by its
 * complexity and by their followership response) and marks its leads as
 * committed and alienated followers in scope as resisting.
 */
import type { Grade } from '../scenario/grades.ts';
import { FOLLOWERSHIP_TYPES } from '../trust/types.ts';
import { clip } from '../trust/traits.ts';
import { COMMITTED, COMPLIANT, RESISTING } from './initiative.ts';
import type { Initiative } from './initiative.ts';
import { RESPONSE, SPREAD } from './parameters.ts';
import type { World } from './world.ts';

type Response = (typeof RESPONSE)[keyof typeof RESPONSE];

export interface Launch {
  name: string;
  origin: Initiative['origin'];
  originGrade: Grade;
  scope: number;
  complexity: number;
  advantage: number;
  sponsor: number;
  leads: number[];
}

export function launch(world: World, spec: Launch): Initiative {
  const { agents } = world;
  const initiative: Initiative = {
    id: world.initiatives.length,
    name: spec.name,
    origin: spec.origin,
    originGrade: spec.originGrade,
    scope: spec.scope,
    complexity: spec.complexity,
    advantage: spec.advantage,
    launchWeek: world.week,
    sponsor: agents.keys[spec.sponsor],
    mandateUntil: world.week + SPREAD.mandateWeeks,
    leads: new Set(spec.leads.map((slot) => agents.keys[slot])),
    state: new Uint8Array(agents.size),
    threshold: new Float64Array(agents.size),
    stale: new Uint8Array(agents.size),
    lastSpread: -1,
    compliant: 0,
    status: 'active',
    random: world.draw('spread', spec.name),
    reached50: null,
    reached90: null,
  };
  respondRange(world, initiative, 0, agents.size);
  for (const slot of spec.leads) initiative.state[slot] = COMMITTED;
  world.initiatives.push(initiative);
  world.ledger.launched++;
  world.ledger.launchedByGrade[spec.originGrade] = (world.ledger.launchedByGrade[spec.originGrade] ?? 0) + 1;
  return initiative;
}

/**
 * A person's first response to a change, by followership style (Kelley 1988;
 * the triad of the seed article): it sets their threshold, and alienated
 * followers in scope start out resisting. Called at launch and for new starters.
 */
export function respond(world: World, initiative: Initiative, slot: number): void {
  respondRange(world, initiative, slot, slot + 1);
}

/** The responses of slots [from, to), in one loop: a launch sets everyone's. */
function respondRange(world: World, initiative: Initiative, from: number, to: number): void {
  const { followership, department, threshold: ownThreshold } = world.agents;
  const { state, threshold, stale, scope } = initiative;
  const [simple, complex] = SPREAD.complexity;
  const scale = simple + (complex - simple) * initiative.complexity;
  for (let slot = from; slot < to; slot++) {
    const style = followership[slot];
    const majority = MAJORITY[style];
    threshold[slot] = Number.isNaN(majority) ? clip(ownThreshold[slot] * scale * THRESHOLD_SCALE[style], 0, 1) : majority;
    if (state[slot] === COMPLIANT) initiative.compliant--;
    state[slot] = style === ALIENATED && (scope < 0 || department[slot] === scope) ? RESISTING : 0;
    stale[slot] = 1;
  }
}

// By followership index: the fixed threshold of those who follow the majority (NaN for the rest), or how each scales their own.
const RESPONSES: readonly Response[] = FOLLOWERSHIP_TYPES.map((style) => RESPONSE[style]);
const MAJORITY = Float64Array.from(RESPONSES, (response) => ('majority' in response ? response.majority : Number.NaN));
const THRESHOLD_SCALE = Float64Array.from(RESPONSES, (response) => ('threshold' in response ? response.threshold : Number.NaN));
const ALIENATED = FOLLOWERSHIP_TYPES.indexOf('alienated');
