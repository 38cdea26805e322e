/**
 * Escaped HTML
 * ============
 *
 * Scenario names, descriptions, arm and metric names come from user files and
 * end up in the report. Every piece of markup is built with the `html` tag,
 * which escapes whatever it interpolates unless it is already `Html`, so text
 * can never become markup by forgetting to escape it. `trusted` marks the
 * only exceptions: the style sheet and SVG rendered by Vega (which escapes
 * its own text).
 */

export class Html {
  constructor(readonly text: string) {}
}

/** What `html` interpolates: Html as is; strings, numbers and true escaped; arrays joined; null, undefined and false left out. */
export type HtmlPiece = Html | string | number | boolean | null | undefined | readonly HtmlPiece[];

export function html(strings: TemplateStringsArray, ...values: HtmlPiece[]): Html {
  let text = strings[0];
  values.forEach((value, i) => {
    text += piece(value) + strings[i + 1];
  });
  return new Html(text);
}

export function trusted(text: string): Html {
  return new Html(text);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// Array.isArray does not narrow a readonly array type.
function isList(value: HtmlPiece): value is readonly HtmlPiece[] {
  return Array.isArray(value);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function piece(value: HtmlPiece): string {
  if (value instanceof Html) return value.text;
  if (isList(value)) return value.map(piece).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
