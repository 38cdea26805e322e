/**
 * The simulation worker (its entry point)
 * ======================================
 *
 * Runs the session off the page's thread, so drawing and the controls stay
 * responsive however large the trust. It paces play at the speed asked for,
 * runs a week at a time so pause, step and interventions are heard between
 * weeks, and catches up after a change of settings in short slices.
 */
import type { PageMessage, WeekReport, WorkerMessage } from '../shared/protocol.ts';
import type { View } from '../shared/view.ts';
import { createSession } from './session.ts';
import type { Session } from './session.ts';
import { snapshotBuffers } from './snapshot.ts';

/** Longest slice of catching up before the worker listens for messages again. */
const SLICE_MS = 50;

let session: Session | null = null;
let view: View = { initiative: null };
let playing = false;
let weeksPerSecond: number | null = 4;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Bumped by every start, so a stale catch-up stops. */
let generation = 0;
/** A snapshot is on its way to the page or being drawn: send weeks, but no new snapshot, until it says so. */
let snapshotInFlight = false;
/** The week of the last snapshot sent (-1: none since the start or a change of view). */
let snapshotWeek = -1;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/**
 * The weeks just run, and both arms' snapshot if the page is ready for one:
 * a large trust's snapshots come faster than the page can draw them, and
 * queued ones would only hold its thread up.
 */
function postFrame(current: Session, weeks: WeekReport[]): void {
  if (snapshotInFlight) {
    if (weeks.length > 0) post({ type: 'frame', weeks, snapshots: null });
    return;
  }
  const snapshots = current.snapshots(view);
  snapshotInFlight = true;
  snapshotWeek = current.weeksDone;
  post({ type: 'frame', weeks, snapshots }, snapshots.flatMap(snapshotBuffers));
}

/** The page has drawn: send the present state if it has moved on since. */
function drawn(): void {
  snapshotInFlight = false;
  if (session !== null && snapshotWeek !== session.weeksDone) postFrame(session, []);
}

function postPlaying(): void {
  post({ type: 'playing', playing, finished: session?.finished ?? false });
}

/** Timers run outside onmessage's try: report their errors the same way. */
function guarded(run: () => void): () => void {
  return () => {
    try {
      run();
    } catch (error) {
      report(error);
    }
  };
}

function stop(): void {
  playing = false;
  clearTimeout(timer);
}

function start(message: Extract<PageMessage, { type: 'start' }>): void {
  stop();
  const mine = ++generation;
  const current = createSession(message.preset, message.settings, message.provenance);
  session = current;
  view = message.view;
  snapshotInFlight = false;
  post({ type: 'started', scenario: current.scenario, arms: current.arms, picture: current.picture });
  const toWeek = Math.min(message.toWeek, current.scenario.weeks);
  const weeks: WeekReport[] = [];
  const slice = () => {
    if (mine !== generation) return;
    const sliceStart = performance.now();
    while (current.weeksDone < toWeek && performance.now() - sliceStart < SLICE_MS) weeks.push(current.step());
    if (current.weeksDone < toWeek) {
      post({ type: 'catching-up', weeksDone: current.weeksDone, toWeek });
      timer = setTimeout(guarded(slice), 0);
      return;
    }
    postFrame(current, weeks);
    postPlaying();
  };
  slice();
}

/** One week of play, then the next at the pace asked for. */
function tick(): void {
  if (!playing || session === null) return;
  const started = performance.now();
  postFrame(session, [session.step()]);
  if (session.finished) {
    stop();
    postPlaying();
    return;
  }
  const wait = weeksPerSecond === null ? 0 : Math.max(0, 1000 / weeksPerSecond - (performance.now() - started));
  timer = setTimeout(guarded(tick), wait);
}

function handle(message: PageMessage): void {
  switch (message.type) {
    case 'start':
      { start(message); return; }
    case 'play':
      weeksPerSecond = message.weeksPerSecond;
      if (!playing && session !== null && !session.finished) {
        playing = true;
        postPlaying();
        tick();
      }
      return;
    case 'pause':
      stop();
      { postPlaying(); return; }
    case 'step':
      if (!playing && session !== null && !session.finished) postFrame(session, [session.step()]);
      if (session?.finished) postPlaying();
      return;
    case 'intervene':
      session?.intervene(message.intervention);
      return;
    case 'view':
      view = message.view;
      snapshotWeek = -1;
      if (session !== null) postFrame(session, []);
      return;
    case 'drawn':
      { drawn(); return; }
    case 'export':
      if (session !== null) session.timeseriesCsv().then((text) => { post({ type: 'csv', text }); }, report);
      return;
  }
}

function report(error: unknown): void {
  stop();
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

self.onmessage = (event: MessageEvent<PageMessage>) => {
  try {
    handle(event.data);
  } catch (error) {
    report(error);
  }
};
