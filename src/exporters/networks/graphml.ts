/**
 * GraphML writer
 * ==============
 *
 * graphology-graphml reads GraphML but does not write it, so this writes the
 * subset every reader understands: one `<key>` per attribute name and owner
 * (graph, node, edge), typed boolean, double or string (a name whose values
 * mix types is written as strings); missing values are left out. Directed
 * graphs only: see network.ts for why.
 * Spec: http://graphml.graphdrawing.org/primer/graphml-primer.html
 */
import type { Attributes } from 'graphology-types';
import type { MultiDirectedGraph } from 'graphology';

import { escapeXml, xmlValueType } from './xml.ts';
import type { XmlValueType } from './xml.ts';

type Owner = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  owner: Owner;
  name: string;
  type: XmlValueType;
}

export function graphml(graph: MultiDirectedGraph): string {
  const keys = new Map<string, Key>();
  const declare = (owner: Owner, attributes: Attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const type = xmlValueType(value);
      const known = keys.get(`${owner}\u0000${name}`);
      if (known === undefined) keys.set(`${owner}\u0000${name}`, { id: `d${keys.size}`, owner, name, type });
      else if (known.type !== type) known.type = 'string';
    }
  };
  declare('graph', graph.getAttributes());
  graph.forEachNode((_node, attributes) => declare('node', attributes));
  graph.forEachEdge((_edge, attributes) => declare('edge', attributes));

  const data = (owner: Owner, attributes: Attributes, indent: string) =>
    Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => {
        const key = keys.get(`${owner}\u0000${name}`)!;
        return `${indent}<data key="${key.id}">${escapeXml(String(value))}</data>\n`;
      })
      .join('');

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const { id, owner, name, type } of keys.values())
    lines.push(`  <key id="${id}" for="${owner}" attr.name="${escapeXml(name)}" attr.type="${type}"/>\n`);
  lines.push('  <graph edgedefault="directed">\n', data('graph', graph.getAttributes(), '    '));
  graph.forEachNode((node, attributes) => lines.push(`    <node id="${escapeXml(node)}">\n`, data('node', attributes, '      '), '    </node>\n'));
  graph.forEachEdge((edge, attributes, source, target) =>
    lines.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n`, data('edge', attributes, '      '), '    </edge>\n'),
  );
  lines.push('  </graph>\n', '</graphml>\n');
  return lines.join('');
}
