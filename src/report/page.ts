/**
 * The report page
 * ===============
 *
 * One HTML file with everything inline: the style sheet here, the charts as
 * SVG. A Content-Security-Policy forbids every load besides that inline
 * style, so even a file edited by hand cannot make the page fetch anything
 * or run a script. Sections are a list (`Section`: id, title, body) shown in
 * order, each with an entry in the contents. Readable on screen (a measure of about 75 characters for
 * prose, tables and charts as wide as they need) and on paper (no
 * navigation, no page breaks inside a chart or a table row).
 */
import { html, trusted } from './html.ts';
import type { Html } from './html.ts';

export interface Section {
  /** Anchor for the contents list. */
  id: string;
  title: string;
  body: Html;
}

export interface Page {
  title: string;
  description: string;
  /** One line under the description: what the folder holds. */
  facts: string;
  sections: Section[];
}

export function pageHtml({ title, description, facts, sections }: Page): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: leadsim report</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="description">${description}</p>
<p class="facts">${facts}</p>
<nav><ul>${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ul></nav>
</header>
<main>
${sections.map((s) => html`<section id="${s.id}">\n<h2>${s.title}</h2>\n${s.body}\n</section>\n`)}</main>
</body>
</html>
`.text;
}

const STYLE = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; max-width: 76rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #e4e4e4; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
p, dl, details { max-width: 50rem; }
.description { font-size: 1.2rem; color: #333; margin: 0 0 0.5rem; }
.facts, .note, figcaption { color: #555; }
.note, figcaption { font-size: 0.9rem; }
nav ul { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }
a { color: #0060a0; }
table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
th, td { padding: 0.3rem 0.75rem; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafafa; }
.num { text-align: right; white-space: nowrap; }
.table-wrap { overflow-x: auto; }
code.name { color: #666; font-size: 0.75em; margin-left: 0.35em; }
.unit { color: #555; font-weight: normal; }
#findings table { font-size: 1rem; }
#findings caption { font-size: 1.1rem; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
pre { background: #f6f6f6; padding: 1rem; overflow-x: auto; border-radius: 4px; max-width: none; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: 1.5rem 0 2rem; }
figure svg { display: block; max-width: 100%; height: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
@page { margin: 15mm; }
`;
