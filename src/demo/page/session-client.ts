/**
 * The page's side of the simulation worker
 * ========================================
 *
 *   start, play, pause, step, intervene, view, drawn, export ─► worker
 *   worker ─► started, weeks, snapshots, playing, csv, news ─► SessionEvents
 *
 * Holds what the page knows of the worker's session (its scenario, arms and
 * trust, the weeks run, whether it plays) and passes on only the messages of
 * the last session started: messages of earlier ones may still be on their
 * way, and the room may move two sliders in quick succession.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Intervention } from '../shared/interventions.ts';
import type { Pair } from '../shared/pair.ts';
import type { PageMessage, Provenance, WeekReport, WorkerMessage } from '../shared/protocol.ts';
import type { RoomSettings } from '../shared/settings.ts';
import type { ArmSnapshot, TrustPicture, View } from '../shared/view.ts';

/** The session the worker runs (the preset with the room's settings), once started. */
export interface StartedSession {
  scenario: Scenario;
  arms: Pair<string>;
  picture: TrustPicture;
}

export interface SessionEvents {
  started(session: StartedSession): void;
  weeks(reports: readonly WeekReport[]): void;
  snapshots(snapshots: Pair<ArmSnapshot>): void;
  playing(playing: boolean, finished: boolean): void;
  csv(text: string): void;
  say(text: string, error: boolean): void;
}

export class SessionClient {
  private readonly worker: Worker;
  /** Starts sent but not yet confirmed: only the last start's session is shown. */
  private startsPending = 0;
  /** A re-run with a new setting is catching up to the week the room was at. */
  private rerunning = false;
  private sessionsStarted = 0;
  private current: StartedSession | null = null;
  private weeks = 0;
  private isPlaying = false;
  private isFinished = false;

  constructor(workerUrl: string, private readonly provenance: Provenance, private readonly events: SessionEvents) {
    this.worker = new Worker(workerUrl, { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => { this.receive(event.data); };
  }

  get session(): StartedSession | null {
    return this.current;
  }

  /** Sessions started so far (a restart is a new one). */
  get sessions(): number {
    return this.sessionsStarted;
  }

  get weeksDone(): number {
    return this.weeks;
  }

  get playing(): boolean {
    return this.isPlaying;
  }

  get finished(): boolean {
    return this.isFinished;
  }

  /** A start is on its way: the curves the room saw last are still those of the session before. */
  get starting(): boolean {
    return this.startsPending > 0;
  }

  /** A new session of `preset` with these settings, run at once up to `toWeek`. */
  start(preset: Scenario, settings: RoomSettings, view: View, toWeek: number): void {
    this.startsPending++;
    this.isPlaying = false;
    this.send({ type: 'start', preset, settings, provenance: this.provenance, view, toWeek });
    this.rerunning = toWeek > 0;
    if (this.rerunning) this.events.say(`Re-running both panels from week 0 to week ${toWeek} with the new setting (same trust, same seed)…`, false);
  }

  togglePlay(weeksPerSecond: number | null): void {
    if (this.isFinished) return;
    this.send(this.isPlaying ? { type: 'pause' } : { type: 'play', weeksPerSecond });
  }

  /** A new speed, heard at once if playing. */
  speed(weeksPerSecond: number | null): void {
    if (this.isPlaying) this.send({ type: 'play', weeksPerSecond });
  }

  step(): void {
    if (!this.isPlaying && !this.isFinished) this.send({ type: 'step' });
  }

  /** False when there is no running session to intervene in. */
  intervene(intervention: Intervention): boolean {
    if (this.isFinished || this.current === null) return false;
    this.send({ type: 'intervene', intervention });
    return true;
  }

  view(view: View): void {
    this.send({ type: 'view', view });
  }

  /** Both panels show the last snapshot: the worker may send the next. */
  drawn(): void {
    this.send({ type: 'drawn' });
  }

  exportCsv(): void {
    this.send({ type: 'export' });
  }

  private send(message: PageMessage): void {
    this.worker.postMessage(message);
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'error') {
      // A start the worker refused (an invalid setting) will send no "started".
      this.startsPending = Math.max(0, this.startsPending - 1);
      this.events.say(message.message, true);
      return;
    }
    if (message.type === 'started') {
      this.startsPending--;
      if (this.startsPending === 0) this.started({ scenario: message.scenario, arms: message.arms, picture: message.picture });
      return;
    }
    if (this.startsPending > 0) return;
    switch (message.type) {
      case 'catching-up':
        this.events.say(`Re-running both panels with the new setting… week ${message.weeksDone} of ${message.toWeek}`, false);
        return;
      case 'frame':
        this.frame(message.weeks, message.snapshots);
        return;
      case 'playing':
        this.isPlaying = message.playing;
        this.isFinished = message.finished;
        this.events.playing(message.playing, message.finished);
        return;
      case 'csv':
        this.events.csv(message.text);
        return;
    }
  }

  private started(session: StartedSession): void {
    this.sessionsStarted++;
    this.current = session;
    this.weeks = 0;
    this.isFinished = false;
    this.events.started(session);
  }

  private frame(weeks: readonly WeekReport[], snapshots: Pair<ArmSnapshot> | null): void {
    if (this.rerunning) {
      this.rerunning = false;
      this.events.say('Re-ran both panels from week 0 with the new setting (same trust, same seed): the faint dashed lines are the run before.', false);
    }
    const last = weeks.at(-1);
    if (last !== undefined) this.weeks = last.weeksDone;
    this.events.weeks(weeks);
    if (snapshots !== null) this.events.snapshots(snapshots);
  }
}
