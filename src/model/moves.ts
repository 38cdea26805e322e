/**
 * People moving slot
 * ==================
 *
 * A slot is a post in one trust: its grade, department and post ties
 * (formal and current team ties, `isPostTie`) stay with it. A person who
 * changes trust, or changes grade (careers), moves slot, and takes with them
 * what is theirs: traits and engagement, key (graph node), how they joined,
 * week in grade (reset by a change of grade), informal and former ties
 * (re-pointed to the new slot), leadership grants given and received, and
 * their state on changes that still concern them (a region-wide one; one of
 * their trust or department if they stay in it). Other changes they leave
 * (hand-over or orphaning, `leaveInitiatives`) and meet afresh in their new
 * post (`resetNewStarter`). Their team ties to the post they left become
 * former ties that fade, as at a rotation.
 *
 * A batch is a set of moves (each from a distinct slot to a distinct slot)
 * and of leavers. Every slot moved into must be one whose person moves or
 * leaves; every slot left empty gets a new starter. One pass over the ties,
 * one rebuild of the contacts, per batch (it runs at national scale).
 */
import { GRADES } from '../scenario/grades.ts';
import { GRADE_INFO } from '../trust/grades.ts';
import { joinedAs } from './agents.ts';
import type { AgentTable } from './agents.ts';
import { compileContacts } from './contacts.ts';
import { forgetSlot, moveGrants } from './grants.ts';
import type { Initiative } from './initiative.ts';
import { startAfresh } from './concerns.ts';
import { leaveInitiatives } from './leads.ts';
import type { Leaving } from './leads.ts';
import { addTie, isPostTie } from './ties.ts';
import { hire } from './turnover.ts';
import { COMPLIANT, REGION, TEAM, inScope } from './vocabulary.ts';
import { membersByDepartment } from './world.ts';
import type { World } from './world.ts';

export interface Move {
  /** The slot the person is in. */
  readonly from: number;
  /** The slot (post) they take. */
  readonly to: number;
}

export interface Batch {
  readonly moves: readonly Move[];
  /** Slots whose person leaves the world. */
  readonly leavers: readonly number[];
  readonly why: Leaving;
}

/** The person columns of the agent table (the rest, trust, grade, department, trainee and authority, are the post's). */
const PERSON_COLUMNS = ['followership', 'expertise', 'activeEngagement', 'leaderIdentity', 'voice', 'engagement', 'baselineEngagement', 'threshold', 'grantedClaims', 'hasLed'] as const;

/** Moves people and leavers out, fills the empty slots with new starters; returns those slots. */
export function movePeople(world: World, { moves, leavers, why }: Batch): number[] {
  const { agents, ties } = world;
  const n = agents.size;
  const dest = new Int32Array(n).fill(-1);
  const source = new Int32Array(n).fill(-1);
  const leaving = new Uint8Array(n);
  check(n, moves, leavers, dest, source, leaving);
  const empty: number[] = [];
  for (let slot = 0; slot < n; slot++) if ((dest[slot] >= 0 || leaving[slot] === 1) && source[slot] < 0) empty.push(slot);
  if (moves.length === 0 && leavers.length === 0) return empty;

  // Before anything moves: leads and sponsors leave what does not follow them, handing over to
  // nobody who is leaving its scope too.
  const unavailable = (initiative: Initiative, slot: number) => leaving[slot] === 1 || (dest[slot] >= 0 && !follows(world, initiative, slot, dest[slot]));
  // Only active initiatives have leads to hand over (listed once per trust, not per person).
  const active = world.initiativesByTrust.map((list) => list.filter((i) => i.status === 'active'));
  for (const slot of leavers) {
    leaveInitiatives(world, slot, why, active[agents.trust[slot]], unavailable);
    forgetSlot(world.grants, slot);
  }
  // (Only for movers who have led: for the rest the filter over their trust's initiatives is wasted.)
  for (const { from, to } of moves)
    if (agents.hasLed[from] === 1) leaveInitiatives(world, from, why, active[agents.trust[from]].filter((i) => !follows(world, i, from, to)), unavailable);
  const carried = carryStates(world, moves);

  moveGrants(world.grants, dest, moves.map((m) => m.from));
  // Personal ties follow their people (a leaver's go); team ties left behind by someone who changes
  // department become former ties (as at a rotation: within a department they stay colleagues).
  // Where each slot's person is after the batch (-1: gone), and whether they change department
  // (arrays, not closures: the pass below visits every tie in the world).
  const { department } = agents;
  const person = new Int32Array(n);
  const leavesDepartment = new Uint8Array(n);
  for (let slot = 0; slot < n; slot++) {
    person[slot] = dest[slot] >= 0 ? dest[slot] : leaving[slot] === 1 ? -1 : slot;
    leavesDepartment[slot] = dest[slot] >= 0 && department[dest[slot]] !== department[slot] ? 1 : 0;
  }
  const count = ties.count;
  for (let t = 0; t < count; t++) {
    if (ties.alive[t] === 0) continue;
    const a = person[ties.a[t]];
    const b = person[ties.b[t]];
    if (!isPostTie(ties, t)) {
      if (a < 0 || b < 0) ties.alive[t] = 0;
      else {
        ties.a[t] = a;
        ties.b[t] = b;
      }
    } else if (ties.layer[t] === TEAM && a >= 0 && b >= 0 && (leavesDepartment[ties.a[t]] === 1 || leavesDepartment[ties.b[t]] === 1)) addTie(ties, a, b, TEAM, world.week);
  }

  permuteAgents(agents, moves, leavers, world.week);
  for (const slot of empty) {
    // Nobody holds the key any more (seat would otherwise unmap a mover's).
    agents.keys[slot] = '';
    hire(world, slot, why);
  }
  writeStates(world, moves, empty, carried);
  world.members = membersByDepartment(world);
  world.contacts = compileContacts(ties, world.grants, agents, world.rules, world.week, world.model.ties, world.contacts);
  return empty;
}

function check(n: number, moves: readonly Move[], leavers: readonly number[], dest: Int32Array, source: Int32Array, leaving: Uint8Array): void {
  const valid = (slot: number) => Number.isInteger(slot) && slot >= 0 && slot < n;
  for (const slot of leavers) {
    if (!valid(slot) || leaving[slot] === 1) throw new Error(`movePeople: leaver slot ${String(slot)} is out of range or listed twice`);
    leaving[slot] = 1;
  }
  for (const { from, to } of moves) {
    if (!valid(from) || !valid(to) || from === to) throw new Error(`movePeople: a move from ${String(from)} to ${String(to)}: expected two distinct slots in [0, ${String(n)})`);
    if (dest[from] >= 0 || leaving[from] === 1) throw new Error(`movePeople: the person in slot ${String(from)} moves twice or also leaves`);
    if (source[to] >= 0) throw new Error(`movePeople: slot ${String(to)} is taken by two movers`);
    dest[from] = to;
    source[to] = from;
  }
  for (const { to } of moves)
    if (dest[to] < 0 && leaving[to] === 0) throw new Error(`movePeople: slot ${String(to)} is taken, but its person neither moves nor leaves`);
}

/** Whether a mover keeps their state on an initiative: it concerns them in both posts. */
function follows(world: World, initiative: Initiative, from: number, to: number): boolean {
  const { base, state } = initiative;
  return to >= base && to < base + state.length && from >= base && from < base + state.length && inScope(world.agents, initiative.scope, from) && inScope(world.agents, initiative.scope, to);
}

interface CarriedState {
  readonly slot: number;
  readonly state: number;
  readonly negotiated: number | undefined;
}

/** Movers' states on the initiatives that follow them, read before anything is written; by the trust moved to. */
function carryStates(world: World, moves: readonly Move[]): Map<Initiative, CarriedState[]>[] {
  const { agents } = world;
  const carried = world.trusts.map(() => new Map<Initiative, CarriedState[]>());
  // Into another trust only the region's changes can follow (a trust's or department's scope is one trust's).
  const regional = world.trusts.length > 1 ? world.initiatives.filter((initiative) => initiative.scope === REGION) : [];
  for (const { from, to } of moves)
    for (const initiative of agents.trust[from] === agents.trust[to] ? world.initiativesByTrust[agents.trust[from]] : regional) {
      if (!follows(world, initiative, from, to)) continue;
      const into = carried[agents.trust[to]];
      let list = into.get(initiative);
      if (list === undefined) into.set(initiative, (list = []));
      list.push({ slot: to, state: initiative.state[from - initiative.base], negotiated: initiative.negotiated.get(from) });
    }
  return carried;
}

/**
 * Every slot that changed person starts afresh on the changes that can concern it, as a new starter
 * does (src/model/concerns.ts; to weigh up again at the next spread), then takes its mover's carried
 * states. Outside a department's scope a slot is usually unaware of its change, but not always (a
 * trainee who rotated through the department keeps their state: the slot is marked and the
 * department listed), and the post's last holder's state must not pass to the new one.
 */
function writeStates(world: World, moves: readonly Move[], empty: readonly number[], carried: Map<Initiative, CarriedState[]>[]): void {
  for (const { to } of moves) startAfresh(world, to);
  for (const slot of empty) startAfresh(world, slot);
  for (const byInitiative of carried)
    byInitiative.forEach((states, initiative) => {
      for (const { slot, state, negotiated } of states) {
        initiative.state[slot - initiative.base] = state;
        if (negotiated !== undefined) initiative.negotiated.set(slot, negotiated);
        if (state === COMPLIANT) initiative.compliant++;
      }
    });
}

/** The movers' person columns, keys, how they joined and week in grade, into their new slots; leavers' keys unmapped. */
function permuteAgents(agents: AgentTable, moves: readonly Move[], leavers: readonly number[], week: number): void {
  for (const slot of leavers) agents.slotOf.delete(agents.keys[slot]);
  for (const column of PERSON_COLUMNS) {
    const values = agents[column];
    const kept = moves.map(({ from }) => values[from]);
    moves.forEach(({ to }, k) => (values[to] = kept[k]));
  }
  const keys = moves.map(({ from }) => agents.keys[from]);
  const joined = moves.map(({ from }) => joinedAs(agents, from));
  const since = moves.map(({ from, to }) => (agents.grade[from] === agents.grade[to] ? agents.gradeSince[from] : week));
  for (const { from } of moves) agents.starters.delete(from);
  moves.forEach(({ to }, k) => {
    agents.keys[to] = keys[k];
    agents.slotOf.set(keys[k], to);
    agents.gradeSince[to] = since[k];
    // As they joined, but with the post's grade: a graph node shows who the person is now.
    const grade = GRADES[agents.grade[to]];
    const info = GRADE_INFO[grade];
    agents.starters.set(to, { ...joined[k], grade, profession: info.profession, trainee: info.trainee, authority: agents.authority[to] });
  });
}

/** Counts moves between trusts in the ledger and the flows (before moving: read by slot). */
export function recordMoves(world: World, moves: readonly Move[]): void {
  const { agents, flows } = world;
  for (const { from, to } of moves) {
    if (agents.trust[from] === agents.trust[to]) continue;
    world.ledger.movedBetweenTrusts++;
    flows.movers[agents.trust[from] * flows.trusts + agents.trust[to]]++;
  }
}
