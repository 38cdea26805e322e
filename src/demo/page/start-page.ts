/**
 * The workshop page, put together
 * ===============================
 *
 *   Controls (what the room does) ─► SessionClient ─► the worker (worker/main.ts)
 *   the worker ─► SessionClient ─► DrawingScheduler (networks, charts, figures)
 *                               └► Controls (what the controls show, the news)
 *
 * The page holds what the room chose and draws what the worker sends; it runs
 * no model code of its own. `startPage` is everything the shipped page runs
 * (main.ts); it returns its parts so that a test's entry can read them
 * without the page carrying anything for tests.
 */
import { SIDES, mapPair } from '../shared/pair.ts';
import type { Pair, Side } from '../shared/pair.ts';
import type { Bundle } from '../shared/protocol.ts';
import { LiveChart } from './charts.ts';
import { Controls } from './controls.ts';
import { News, element, elementOf } from './dom.ts';
import { DrawingScheduler } from './drawing.ts';
import { HoverCard } from './hover-card.ts';
import { NetworkPanel } from './network-panel.ts';
import { Perf } from './perf.ts';
import { SessionClient } from './session-client.ts';

export interface WorkshopPage {
  client: SessionClient;
  perf: Perf;
  networks: Pair<NetworkPanel>;
}

/** The presets the build wrote beside the page. */
export async function fetchBundle(): Promise<Bundle> {
  const response = await fetch('presets.json');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- presets.json is written from the Bundle type by server/build.ts, in the same build as this page
  const bundle: Bundle = await response.json();
  return bundle;
}

export function startPage(bundle: Bundle): WorkshopPage {
  const panels = mapPair(['#panel-left', '#panel-right'], (selector) => element(selector));
  const news = new News(element('#news'));
  const perf = new Perf(element('#perf'));
  const card = new HoverCard();
  const charts: Pair<LiveChart> = [
    new LiveChart(element('#chart-uptake'), { metric: 'uptake_total', title: 'Uptake of the changes', format: 'percent', domain: [0, 1] }),
    new LiveChart(element('#chart-engagement'), { metric: 'engagement_trainees', title: 'Trainee engagement (0–10)', format: 'number', domain: [6, 8] }),
  ];

  // The client's events and the panels' pointer reach the drawing and the
  // controls made below: the worker answers, and people hover, only once
  // startPage has returned.
  const client = new SessionClient('worker.js', { leadsimVersion: bundle.leadsimVersion }, {
    started: (session) => {
      controls.started(session);
      drawing.newSession(session.picture, session.arms, session.scenario.weeks);
    },
    weeks: (reports) => {
      drawing.weeks(reports);
      for (const report of reports) controls.outcomes(report.outcomes);
    },
    snapshots: (snapshots) => {
      controls.snapshotsArrived(snapshots);
      drawing.snapshotsArrived(snapshots);
    },
    playing: (playing, finished) => { controls.playing(playing, finished); },
    csv: (text) => { controls.csv(text); },
    say: (text, error) => { news.say(text, error); },
  });

  const hover = (side: Side, slot: number | null, at: { x: number; y: number }) => {
    const snapshot = drawing.snapshot(side);
    const picture = client.session?.picture;
    if (slot === null || snapshot === null || picture === undefined) {
      card.hide();
      return;
    }
    const box = element('.network', panels[side]).getBoundingClientRect();
    card.show(picture, snapshot, slot, controls.viewName(), { x: box.left + at.x, y: box.top + at.y });
  };
  const networks = mapPair(SIDES, (side) =>
    new NetworkPanel(element('.network', panels[side]), {
      hover: (slot, at) => { hover(side, slot, at); },
      click: (slot) => { controls.intervene({ kind: 'idea', slot }); },
    }),
  );
  const drawing = new DrawingScheduler({
    networks,
    figures: mapPair(panels, (root) => element('.figures', root)),
    charts,
    week: element('#week'),
    perf,
    drawn: () => { client.drawn(); },
  });
  const controls = new Controls(bundle.presets, client, drawing, mapPair(panels, (root) => ({ root, arm: elementOf(HTMLSelectElement, '.arm', root) })), charts, news);
  return { client, perf, networks };
}
