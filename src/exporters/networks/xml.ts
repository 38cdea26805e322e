/**
 * XML helpers shared by the network writers
 * =========================================
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 cannot hold at all, escaped or not: C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text XML can hold: characters it cannot become U+FFFD (for writers that escape the rest themselves). */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/** Text safe in an XML attribute value or element; characters XML cannot hold become U+FFFD. */
export function escapeXml(text: string): string {
  return xmlCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The GEXF / GraphML type of an attribute value: both formats name these three alike. */
export type XmlValueType = 'boolean' | 'double' | 'string';

export function xmlValueType(value: unknown): XmlValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  return 'string';
}
