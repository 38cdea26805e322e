/**
 * Scenarios as YAML
 * =================
 *
 * The text `leadsim validate --print` and the report show: plain, with lists
 * of plain values ([3, 4], grade lists, arm names) on one line.
 */
import { Document, isScalar, visit } from 'yaml';

export function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, { Seq: (_, seq) => void (seq.flow = seq.items.every(isScalar)) });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
