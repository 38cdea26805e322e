/**
 * One arm's network, drawn with sigma.js
 * ======================================
 *
 * A node per seat: colour = adoption state for the chosen change, size =
 * leadership in-degree, a square for the grades heroic rules let lead and a
 * dark ring for doctors in training (node-mark-program.ts). Lines are leadership ties: someone
 * granted this person's claim to lead. Department names are laid over the
 * clusters. A new week updates the people whose look changed and draws at
 * once, in a task of its own rather than in an animation frame.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';

import { SPACING, placePeople, planSeats } from './layout.ts';
import type { SeatPlan } from './layout.ts';
import { VIEW_STATES } from '../shared/view.ts';
import type { ArmSnapshot, TrustPicture } from '../shared/view.ts';
import { NodeMarkProgram, drawPicking } from './node-mark-program.ts';
import type { Mark } from './node-mark-program.ts';
import { STATE_COLOURS, TIE_COLOUR } from './palette.ts';
import { isSenior } from './people.ts';

interface NodeLook {
  x: number;
  y: number;
  size: number;
  color: string;
  mark: Mark;
}

interface TieLook {
  hidden: boolean;
  color?: string;
}

export interface PanelEvents {
  hover(slot: number | null, at: { x: number; y: number }): void;
  click(slot: number): void;
}

/** Most departments whose names fit over the clusters. */
const MAX_LABELS = 16;

/** Labels closer than this vertically (px) share a line. */
const LABEL_LINE = 24;
/** Space kept between neighbouring labels (px). */
const LABEL_GAP = 6;

function markOf(picture: TrustPicture, slot: number): Mark {
  return picture.trainee[slot] === 1 ? 'ring' : isSenior(picture.authority[slot]) ? 'square' : 'disc';
}

export class NetworkPanel {
  private readonly graph = new Graph<NodeLook, TieLook>({ type: 'directed', multi: false });
  private readonly sigma: Sigma<NodeLook, TieLook>;
  private readonly labels: HTMLDivElement;
  /** Department names over the clusters, in department order (none when there are too many). */
  private labelSpans: HTMLSpanElement[] = [];
  private plan: SeatPlan | null = null;
  private picture: TrustPicture | null = null;
  private last: ArmSnapshot | null = null;

  constructor(private readonly container: HTMLElement, events: PanelEvents) {
    this.sigma = new Sigma<NodeLook, TieLook>(this.graph, container, {
      renderLabels: false,
      defaultEdgeColor: TIE_COLOUR,
      defaultEdgeType: 'line',
      zIndex: true,
      stagePadding: 24,
      defaultNodeType: 'mark',
      nodeProgramClasses: { mark: NodeMarkProgram<NodeLook, TieLook> },
      // Hairlines (GL lines, one pixel) rather than sigma's default quads: the
      // ties run between departments across the whole panel, and in software
      // WebGL filling quads that long took 30-50 ms a frame for a large
      // trust's thousand ties; lines take 4-8 ms.
      edgeProgramClasses: { line: EdgeLineProgram },
    });
    this.labels = document.createElement('div');
    this.labels.className = 'cluster-labels';
    container.append(this.labels);
    this.sigma.on('enterNode', ({ node, event }) => { events.hover(Number(node), { x: event.x, y: event.y }); });
    this.sigma.on('leaveNode', ({ event }) => { events.hover(null, { x: event.x, y: event.y }); });
    this.sigma.on('clickNode', ({ node }) => { events.click(Number(node)); });
    this.sigma.on('afterRender', () => { this.placeLabels(); });
    // Hover and click need the picking layer, drawn only under the pointer:
    // draw it now, before sigma looks at where the pointer moved.
    container.addEventListener('pointerenter', () => {
      container.classList.add('pointed');
      drawPicking(this.sigma, true);
      this.sigma.refresh({ partialGraph: {}, skipIndexation: true });
    });
    container.addEventListener('pointerleave', () => {
      container.classList.remove('pointed');
      drawPicking(this.sigma, false);
    });
    // Sigma is drawing already: new sizes for the new scale, drawn in that render.
    this.sigma.on('resize', () => this.last && this.update(this.last));
  }

  /** A new trust: lay it out afresh. */
  setTrust(picture: TrustPicture): void {
    this.picture = picture;
    const { width, height } = this.container.getBoundingClientRect();
    this.plan = planSeats(picture, width / Math.max(1, height));
    this.last = null;
    this.graph.clear();
    const positions = placePeople(this.plan, picture, picture.department);
    for (let slot = 0; slot < picture.size; slot++)
      this.graph.addNode(String(slot), {
        x: positions[2 * slot],
        y: positions[2 * slot + 1],
        size: 1,
        color: STATE_COLOURS.unaware,
        mark: markOf(picture, slot),
      });
    this.labelSpans =
      picture.departments.length > MAX_LABELS
        ? []
        : picture.departments.map((name) => Object.assign(document.createElement('span'), { textContent: name, title: name }));
    this.labels.replaceChildren(...this.labelSpans);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // One invisible tie, drawn once now: a software rasterizer (SwiftShader)
    // builds its pipeline for lines when it first draws one, which otherwise
    // held up the first frame of play by 20-50 ms.
    if (picture.size > 1) {
      this.graph.addDirectedEdgeWithKey('warm-up', '0', '1', { hidden: false, color: 'rgba(0, 0, 0, 0)' });
      this.sigma.refresh();
      this.graph.dropEdge('warm-up');
    }
  }

  /**
   * Updates the graph and draws it now, in the caller's task. Resolves once
   * the next animation frame, which shows the drawing, is over, with how long
   * that frame held the page's thread: its paint and its commit, where
   * software WebGL waits to read the canvases back.
   */
  show(snapshot: ArmSnapshot): Promise<number> {
    if (!this.update(snapshot)) return Promise.resolve(0);
    return this.drawNow();
  }

  /** Updates the graph to the snapshot; false if there is no trust to show it in. */
  private update(snapshot: ArmSnapshot): boolean {
    const { plan, picture } = this;
    if (plan === null || picture === null) return false;
    this.last = snapshot;
    const positions = placePeople(plan, picture, snapshot.department);
    const base = this.baseSize();
    // Grows with the number of colleagues who granted this person's claims.
    const sizes = Float64Array.from(snapshot.inDegree, (granted) => base * Math.min(3.5, 1 + 0.45 * Math.sqrt(granted)));
    const colourOf = (slot: number) => STATE_COLOURS[VIEW_STATES[snapshot.state[slot]]];
    const changed: number[] = [];
    for (let slot = 0; slot < picture.size; slot++) {
      const was = this.graph.getNodeAttributes(String(slot));
      if (positions[2 * slot] !== was.x || positions[2 * slot + 1] !== was.y || sizes[slot] !== was.size || colourOf(slot) !== was.color) changed.push(slot);
    }
    const lookOf = <L extends Partial<NodeLook>>(slot: number, look: L) =>
      Object.assign(look, { x: positions[2 * slot], y: positions[2 * slot + 1], size: sizes[slot], color: colourOf(slot) });
    // Sigma re-processes a node for each update, and every node for a batch:
    // a few hundred people a week one by one, the whole trust (a new run, a
    // new scale) in one batch.
    if (changed.length > picture.size / 4)
      this.graph.updateEachNodeAttributes((node, look) => lookOf(Number(node), look), { attributes: ['x', 'y', 'size', 'color'] });
    else for (const slot of changed) this.graph.mergeNodeAttributes(String(slot), lookOf(slot, {}));
    this.showTies(snapshot.ties);
    return true;
  }

  /** Where a person is drawn, in the page's client coordinates. */
  clientPoint(slot: number): { x: number; y: number } {
    const shown = this.sigma.getNodeDisplayData(String(slot));
    if (shown === undefined) throw new RangeError(`nobody sits in seat ${slot} of this panel`);
    const { x, y } = shown;
    const point = this.sigma.framedGraphToViewport({ x, y });
    const box = this.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  /** Node radius in pixels for someone nobody has granted yet: a little under half the distance to a neighbour. */
  private baseSize(): number {
    const origin = this.sigma.graphToViewport({ x: 0, y: 0 });
    const step = this.sigma.graphToViewport({ x: SPACING, y: 0 });
    return Math.max(1.2, 0.42 * Math.hypot(step.x - origin.x, step.y - origin.y));
  }

  private drawNow(): Promise<number> {
    // Renders at once (cancelling the render the updates scheduled for the
    // next frame); nothing to re-index, the updates told sigma what changed.
    this.sigma.refresh({ partialGraph: {}, skipIndexation: true });
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const started = performance.now();
        // A task queued in the frame runs once the frame (paint and commit included) is over.
        setTimeout(() => { resolve(performance.now() - started); }, 0);
      }),
    );
  }

  private showTies(ties: Int32Array): void {
    const shown = new Set<string>();
    for (let k = 0; k < ties.length; k += 2) {
      const key = `${ties[k]}>${ties[k + 1]}`;
      shown.add(key);
      if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, String(ties[k]), String(ties[k + 1]), { hidden: false });
      else if (this.graph.getEdgeAttribute(key, 'hidden')) this.graph.setEdgeAttribute(key, 'hidden', false);
    }
    // Ties go when either person leaves the trust: hidden, not dropped, since
    // sigma re-indexes the whole graph for every edge dropped (a dozen leavers
    // a week, 5,000 people each time) and for clearing them all.
    this.graph.forEachEdge((key, tie) => {
      if (!tie.hidden && !shown.has(key)) this.graph.setEdgeAttribute(key, 'hidden', true);
    });
  }

  private placeLabels(): void {
    const { plan } = this;
    if (plan === null) return;
    const tops = plan.clusters.map((cluster) => this.sigma.graphToViewport({ x: cluster.x, y: cluster.y + cluster.radius }));
    this.labelSpans.forEach((element, d) => {
      const top = tops[d];
      // Centred on its cluster, a label may take the width to the nearest label on its line and no
      // more: long names are cut short ("medici…", the full name on hover) rather than run into the next.
      const room = Math.min(...tops.filter((other, e) => e !== d && Math.abs(other.y - top.y) < LABEL_LINE).map((other) => Math.abs(other.x - top.x)));
      const maxWidth = Number.isFinite(room) ? `${Math.round(Math.max(0, room - LABEL_GAP))}px` : '';
      // Written only when it changes: this runs on every frame, and a style write costs a recalculation.
      if (element.style.maxWidth !== maxWidth) element.style.maxWidth = maxWidth;
      element.style.transform = `translate(${top.x}px, ${top.y}px) translate(-50%, -110%)`;
    });
  }
}
