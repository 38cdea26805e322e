/**
 * XML helpers shared by the network writers
 * =========================================
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in an XML attribute value or element. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The GEXF / GraphML type of an attribute value: both formats name these three alike. */
export type XmlValueType = 'boolean' | 'double' | 'string';

export function xmlValueType(value: unknown): XmlValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  return 'string';
}
