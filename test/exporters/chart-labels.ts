/**
 * Reading a chart's labels back
 * =============================
 *
 * Renders a Vega-Lite spec headlessly and collects the text of every axis's
 * tick labels and every legend's labels, one list per axis or legend, so tests
 * can check what a reader sees: no two ticks of an axis reading the same.
 */
import { View, parse } from 'vega';
import type { Scene, SceneItem } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

export interface LabelGroup {
  /** 'axis' or 'legend'. */
  kind: 'axis' | 'legend';
  /** The axis's or legend's title, joined when it runs to several lines. */
  title: string;
  labels: string[];
}

type Node = Scene & { items?: (SceneItem & Node & { text?: unknown; role?: string })[]; role?: string; marktype?: string };

export async function chartLabels(spec: TopLevelSpec): Promise<LabelGroup[]> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    await view.runAsync();
    const groups: LabelGroup[] = [];
    const visit = (node: Node, current: LabelGroup | null) => {
      let group = current;
      if (node.role === 'axis' || node.role === 'legend') {
        group = { kind: node.role, title: '', labels: [] };
        groups.push(group);
      }
      for (const item of node.items ?? []) {
        // A discrete legend's first entry has no label (null): nothing is drawn for it.
        if (group && (node.role === 'axis-label' || node.role === 'legend-label') && item.text != null) group.labels.push(String(item.text));
        if (group && (node.role === 'axis-title' || node.role === 'legend-title') && item.text !== undefined)
          group.title = Array.isArray(item.text) ? item.text.join(' ') : String(item.text);
        visit(item as Node, group);
      }
    };
    visit((view.scenegraph() as unknown as { root: Node }).root, null);
    return groups;
  } finally {
    view.finalize();
  }
}
