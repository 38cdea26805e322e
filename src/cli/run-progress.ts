/**
 * Progress and interruption for pool runs
 * =======================================
 *
 * Shared by `leadsim sweep` and `leadsim sensitivity`: a progress bar on
 * stderr (runs done, rate, ETA; none with `quiet`) fed by the runner's
 * onTask, and Ctrl-C turned into a stop after the runs under way.
 */
import { SingleBar } from 'cli-progress';

import type { SweepOptions } from '../sweep/run-sweep.ts';

/** Runs `start` with a signal and onTask wired to SIGINT and the bar; `arms` runs per task. */
export async function withRunProgress<T>(arms: number, quiet: boolean | undefined, start: (options: Pick<SweepOptions, 'signal' | 'onTask'>) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const interrupt = () => {
    process.stderr.write('\nstopping after the runs under way; run the same command again to resume\n');
    stop.abort();
  };
  process.once('SIGINT', interrupt);
  const bar = quiet
    ? null
    : new SingleBar({ format: 'runs {bar} {value}/{total} | {rate} runs/s | {duration}s, ETA {eta}s', stream: process.stderr, hideCursor: true });
  const started = performance.now();
  let first = -1;
  try {
    return await start({
      signal: stop.signal,
      onTask: (done, total) => {
        if (first < 0) first = done - 1;
        if (bar && !bar.isActive) bar.start(total * arms, first * arms, { rate: '…' });
        const rate = ((done - first) * arms) / ((performance.now() - started) / 1000);
        bar?.update(done * arms, { rate: rate.toFixed(1) });
      },
    });
  } finally {
    bar?.stop();
    process.off('SIGINT', interrupt);
  }
}
