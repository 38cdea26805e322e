/**
 * The workshop page with a probe, for tests and benchmarks only
 * =============================================================
 *
 * An entry for the page's bundle that starts the page exactly as the shipped
 * entry does (src/demo/page/main.ts) and adds `window.leadsimDemo`, which the
 * browser tests and bench/demo.bench.ts read: speed figures, the week
 * reached, sessions started, where a person is drawn. Only test/demo/demo-page.ts
 * builds it; `npm run demo`/`demo:build` never do (test/demo/shipped.test.ts).
 */
import type { Side } from '../../src/demo/shared/pair.ts';
import { fetchBundle, startPage } from '../../src/demo/page/start-page.ts';
import type { PerfStats } from '../../src/demo/page/perf.ts';

export interface DemoProbe {
  stats(): PerfStats;
  resetStats(): void;
  weeksDone(): number;
  sessions(): number;
  personOnScreen(side: Side, slot: number): { x: number; y: number };
}

declare global {
  interface Window {
    /** Set by this entry only: absent from the shipped page. */
    leadsimDemo?: DemoProbe;
  }
}

async function main(): Promise<void> {
  const { client, perf, networks } = startPage(await fetchBundle());
  window.leadsimDemo = {
    stats: () => perf.stats(),
    resetStats: () => { perf.reset(); },
    weeksDone: () => client.weeksDone,
    sessions: () => client.sessions,
    personOnScreen: (side, slot) => networks[side].clientPoint(slot),
  };
}

void main();
