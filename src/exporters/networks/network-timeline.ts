/**
 * The trust over a run, as a dynamic GEXF
 * =======================================
 *
 * Recorded week by week (`record(world)` after each week), then written as
 * GEXF 1.2 (the version NetworkX 2.x and Gephi both read) with integer weeks
 * (timeformat "integer", inclusive intervals),
 * so Gephi's timeline replays the run: each person is present from the week
 * they are first seen to the week they are last seen (new starters appear,
 * leavers go), each tie over the weeks it exists (spells, when it comes and
 * goes), and an attribute whose value changes during someone's stay
 * (engagement, department after a rotation, adoption states…) is written as
 * dynamic values over intervals. Attributes that never change are static.
 *
 * Each week's network is `networkGraph(world)`, so the snapshot and the
 * timeline always agree on what is exported. A tie is identified across
 * weeks by its ends, layer and changeover week. graphology-gexf writes only
 * static graphs, hence this writer.
 */
import type { World } from '../../model/world.ts';
import { networkGraph } from './network.ts';
import { escapeXml, xmlValueType } from './xml.ts';
import type { XmlValueType } from './xml.ts';

type Value = string | number | boolean;
/** A value held over the inclusive weeks [start, end]. */
type Run = [value: Value, start: number, end: number];

interface Element {
  id: string;
  source?: string;
  target?: string;
  /** Weeks present, as inclusive intervals. */
  spells: [start: number, end: number][];
  attributes: Map<string, Run[]>;
}

export interface NetworkTimeline {
  /** Record the world as it is at the end of its current week. */
  record(world: World): void;
  /** Everyone and every tie seen in any week recorded: what the file holds, more than any one week. */
  counts(): { people: number; ties: number };
  toGexf(): string;
}

export function createNetworkTimeline(description: string): NetworkTimeline {
  const nodes = new Map<string, Element>();
  const edges = new Map<string, Element>();
  let first = Number.NaN;
  let last = Number.NaN;

  const see = (element: Element, week: number, attributes: Record<string, unknown>) => {
    const spell = element.spells.at(-1);
    if (spell?.[1] === week - 1) spell[1] = week;
    else element.spells.push([week, week]);
    for (const [name, value] of Object.entries(attributes)) {
      if (!isValue(value)) continue; // absent: every attribute leadsim writes is a string, number or boolean
      const runs = entry(element.attributes, name, () => []);
      const run = runs.at(-1);
      if (run?.[0] === value && run[2] === week - 1) run[2] = week;
      else runs.push([value, week, week]);
    }
  };

  return {
    record(world) {
      const week = world.week;
      if (week <= last) throw new RangeError(`network timeline: week ${week} recorded after week ${last}; record each week once, in order.`);
      if (Number.isNaN(first)) first = week;
      last = week;
      const network = networkGraph(world);
      network.forEachNode((key, attributes) => {
        const node = entry(nodes, key, () => ({ id: key, spells: [], attributes: new Map() }));
        see(node, week, attributes);
      });
      // Parallel ties with the same ends, layer and changeover are told apart by their rank.
      const seen = new Map<string, number>();
      network.forEachEdge((_edge, tie, source, target) => {
        const identity = [source, target, tie.layer, tie.formerSince ?? ''].join('\u0000');
        const rank = seen.get(identity) ?? 0;
        seen.set(identity, rank + 1);
        const id = `${identity}\u0000${rank}`;
        const edge = entry(edges, id, () => ({ id: `e${edges.size}`, source, target, spells: [], attributes: new Map() }));
        see(edge, week, tie);
      });
    },
    counts() {
      return { people: nodes.size, ties: edges.size };
    },
    toGexf() {
      if (Number.isNaN(first)) throw new RangeError('network timeline: nothing recorded.');
      const nodeModel = model(nodes);
      const edgeModel = model(edges);
      const out: string[] = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n',
        `  <meta>\n    <creator>leadsim</creator>\n    <description>${escapeXml(description)}</description>\n  </meta>\n`,
        `  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" start="${first}" end="${last}">\n`,
        declarations('node', nodeModel),
        declarations('edge', edgeModel),
        '    <nodes>\n',
        ...[...nodes.values()].map((node) => element('node', node, nodeModel)),
        '    </nodes>\n',
        '    <edges>\n',
        ...[...edges.values()].map((edge) => element('edge', edge, edgeModel)),
        '    </edges>\n',
        '  </graph>\n',
        '</gexf>\n',
      ];
      return out.join('');
    },
  };
}

function isValue(value: unknown): value is Value {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The map's value for `key`, made by `create` and added when it has none. */
function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = create();
  map.set(key, made);
  return made;
}

interface AttributeInfo {
  type: XmlValueType;
  dynamic: boolean;
}

/**
 * Each attribute's type, and whether it is dynamic: its value changes during
 * some element's stay, or holds for only part of it (an initiative launched
 * mid-run).
 */
function model(elements: Map<string, Element>): Map<string, AttributeInfo> {
  const info = new Map<string, AttributeInfo>();
  for (const { spells, attributes } of elements.values()) {
    const present = spells.reduce((sum, [start, end]) => sum + end - start + 1, 0);
    for (const [name, runs] of attributes) {
      const known = entry(info, name, () => ({ type: xmlValueType(runs[0][0]), dynamic: false }));
      const held = runs.reduce((sum, [, start, end]) => sum + end - start + 1, 0);
      if (held !== present || runs.some(([value]) => value !== runs[0][0])) known.dynamic = true;
      if (runs.some(([value]) => xmlValueType(value) !== known.type)) known.type = 'string';
    }
  }
  return info;
}

function declarations(owner: 'node' | 'edge', info: Map<string, AttributeInfo>): string {
  return (['static', 'dynamic'] as const)
    .map((mode) => {
      const names = [...info].filter(([, { dynamic }]) => dynamic === (mode === 'dynamic'));
      if (names.length === 0) return '';
      const lines = names.map(([name, { type }]) => `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${type}"/>\n`);
      return `    <attributes class="${owner}" mode="${mode}">\n${lines.join('')}    </attributes>\n`;
    })
    .join('');
}

function element(owner: 'node' | 'edge', { id, source, target, spells, attributes }: Element, info: Map<string, AttributeInfo>): string {
  const ends = owner === 'edge' && source !== undefined && target !== undefined ? ` source="${escapeXml(source)}" target="${escapeXml(target)}"` : '';
  const labels = owner === 'node' ? attributes.get('label') : undefined;
  const label = labels === undefined ? '' : ` label="${escapeXml(String(labels[labels.length - 1][0]))}"`;
  const span = spells.length === 1 ? ` start="${spells[0][0]}" end="${spells[0][1]}"` : '';
  const values = [...attributes].flatMap(([name, runs]) =>
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- model() saw every attribute of every element
    info.get(name)!.dynamic
      ? runs.map(([value, start, end]) => `          <attvalue for="${escapeXml(name)}" value="${escapeXml(String(value))}" start="${start}" end="${end}"/>\n`)
      : [`          <attvalue for="${escapeXml(name)}" value="${escapeXml(String(runs[0][0]))}"/>\n`],
  );
  const spellList =
    spells.length > 1 ? `        <spells>\n${spells.map(([start, end]) => `          <spell start="${start}" end="${end}"/>\n`).join('')}        </spells>\n` : '';
  return `      <${owner} id="${escapeXml(id)}"${ends}${label}${span}>\n        <attvalues>\n${values.join('')}        </attvalues>\n${spellList}      </${owner}>\n`;
}
