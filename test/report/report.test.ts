import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LeadsimError } from '../../src/errors.ts';
import { writeResults } from '../../src/exporters/index.ts';
import { REPORT_FILE, ReportError, writeReport } from '../../src/report/index.ts';
import { tinyResults } from '../exporters/fixtures.ts';
import { syntheticSweep, writeSweepFolder } from './fixtures.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leadsim-report-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const MALICIOUS = '<script>alert("owned")</script> & <img src=x onerror=alert(1)>';
const NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']);

/** Every http(s) address in the page that is not an SVG namespace name. */
function externalUrls(page: string): string[] {
  return [...page.matchAll(/https?:\/\/[^\s"'<>)]*/g)].map((m) => m[0]).filter((url) => !NAMESPACES.has(url));
}

/** The page loads nothing: no addresses, scripts, linked files, frames, images or sources. */
function expectSelfContained(page: string): void {
  expect(externalUrls(page)).toEqual([]);
  expect(page).not.toMatch(/<(script|link|iframe|object|embed|img|image|use|foreignObject)\b/i);
  expect(page).not.toMatch(/\s(src|srcset|href|xlink:href)="(?!#)/i); // links only within the page
  expect(page).not.toMatch(/url\((?!#)/); // only references to gradients in the same SVG
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
}

async function runFolder(results = tinyResults()): Promise<string> {
  const dir = join(root, 'run');
  await writeResults(results, dir);
  return dir;
}

describe('writeReport on a run folder', () => {
  it('writes one self-contained report.html with the title, summary, charts and provenance', async () => {
    const dir = await runFolder();
    const path = await writeReport(dir);
    expect(path).toBe(join(dir, REPORT_FILE));
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<h1>tiny</h1>');
    expect(page).toContain('A hand-made two-arm example.');
    // Two charts (uptake, engagement), inline, with their titles.
    expect(page.match(/<svg /g)).toHaveLength(2);
    expect(page).toContain('Uptake of the change over time');
    expect(page).toContain('<figcaption>charts/engagement.vl.json</figcaption>');
    // final_uptake: heroic 0.25 and 0.75, collective 0.5 and 0.5.
    expect(page).toMatch(/Final uptake <code class="name">final_uptake<\/code><\/td><td class="num">0\.500 \[-2\.68, 3\.68\]<\/td><td class="num">0\.500 \[0\.500, 0\.500\]<\/td>/);
    expect(page).toContain('Weekly measures at the final week (week 1)');
    expect(page).toContain('0.250 (n=1)'); // trainee engagement undefined in one heroic run
    expect(page).toContain('sha256:0123abcd');
    expect(page).toContain('<details><summary>The scenario as run, every default filled in</summary>');
    expect(page).not.toContain('$schema'); // SVGs only, never the specs
    expectSelfContained(page);
  });

  it('escapes scenario text everywhere: title, description, arm names, definition and charts', async () => {
    const results = tinyResults();
    results.scenario = { ...results.scenario, name: `tiny ${MALICIOUS}`, description: MALICIOUS };
    results.arms = ['heroic', '<b>collective</b>'];
    for (const run of results.runs) if (run.arm === 'collective') run.arm = '<b>collective</b>';
    const page = readFileSync(await writeReport(await runFolder(results)), 'utf8');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<th class="num">&lt;b&gt;collective&lt;/b&gt;</th>');
    expectSelfContained(page);
  });

  it('shows comparisons.csv when the folder has one', async () => {
    const dir = await runFolder();
    writeFileSync(
      join(dir, 'comparisons.csv'),
      'metric,week,baseline,arm,n,mean_difference,sd,ci95_low,ci95_high,effect_size,distinguishable\nfinal_uptake,,heroic,collective,2,0.123456,0.05,-0.3,0.55,2.469,false\n',
    );
    const page = readFileSync(await writeReport(dir), 'utf8');
    expect(page).toContain('<h2>All comparisons</h2>');
    expect(page).toContain('<th class="num">mean_difference</th>');
    expect(page).toContain('<td class="num">0.123</td>');
    expect(page).toContain('<td>false</td>');
  });

  it('leads with the findings: labelled measures, shares in percent, differences in points, d_z named, engagement against the spread between trusts', async () => {
    const results = tinyResults();
    results.metrics = [
      { name: 'uptake_total', label: 'Uptake', unit: 'share of scope', bounds: { lower: 0, upper: 1 }, description: '' },
      { name: 'engagement_trainees', label: 'Trainee engagement', unit: '0–10', bounds: { lower: 0, upper: 10 }, practicalSpread: { value: 0.25, description: 'the spread between trusts' }, description: '' },
      { name: 'final_uptake', label: 'Final uptake', unit: 'share of scope', bounds: { lower: 0, upper: 1 }, description: '' },
    ];
    // Collective's trainees: 0.75 in both runs against heroic's 0.25 (the other run has none): one pair, +0.5.
    const page = readFileSync(await writeReport(await runFolder(results)), 'utf8');
    const order = ['<h2>Findings</h2>', '<h2>Charts</h2>', '<h2>All measures</h2>', '<h2>All comparisons</h2>', '<h2>Provenance</h2>'].map((h) => page.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const findings = page.slice(order[0], order[1]);
    expect(findings).toContain('<caption>collective against heroic</caption>');
    // final_uptake: heroic 25% and 75%, collective 50% twice: 0 points, no interval that excludes 0.
    expect(findings).toMatch(/<td>Final uptake<\/td><td class="num">50\.0%<\/td><td class="num">50\.0%<\/td><td class="num">0 points \[[^\]]+\]<\/td><td>no clear difference/);
    expect(findings).toContain('Trainee engagement <span class="unit">(0–10)</span>');
    expect(findings).toMatch(/Cohen's d for paired\s+samples/);
    expect(findings).not.toMatch(/−[\d.]+ points \[−[\d.]*[1-9]\d\d/); // no difference of shares beyond 100 points
  });

  it('refuses a chart that would load data from the network', async () => {
    const dir = await runFolder();
    const spec = JSON.parse(readFileSync(join(dir, 'charts/uptake.vl.json'), 'utf8'));
    spec.data = { url: 'https://example.org/data.csv' };
    writeFileSync(join(dir, 'charts/uptake.vl.json'), JSON.stringify(spec));
    await expect(writeReport(dir)).rejects.toThrow(/charts\/uptake\.vl\.json has a `url`/);
    expect(existsSync(join(dir, REPORT_FILE))).toBe(false);
  });

  it('needs a manifest: any other folder is a clear error', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const error = await writeReport(empty).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toBeInstanceOf(LeadsimError);
    expect((error as Error).message).toMatch(/has no manifest\.json/);
    await expect(writeReport(join(root, 'missing'))).rejects.toThrow(/is not a folder/);
  });
});

describe('writeReport on a sweep folder', () => {
  it('tabulates each headline metric per design point and arm, and draws the sweep charts from runs.csv', async () => {
    const dir = join(root, 'sweep');
    writeSweepFolder(dir, syntheticSweep());
    const page = readFileSync(await writeReport(dir), 'utf8');
    expect(page).toContain('<h1>steepness-sweep</h1>');
    expect(page).toContain('Parameter sweep · 6 design points (grid) · factors steepness, ideas · arms heroic, collective · 3 replicates per point and arm · seed 5');
    expect(page).toContain('<caption>Final uptake <code>final_uptake</code></caption>');
    expect(page).toContain('<caption>Trainee engagement (final week) <code>final:engagement_trainees</code></caption>');
    expect(page).not.toContain('<code>final:leadership_centralization</code>'); // not in runs.csv
    // Rows: point, factor values, then mean [CI] per arm; engagement is missing from every first replicate.
    expect(page).toMatch(/<tr><td>p006<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">[\d.]+ \[[-\d.]+, [\d.]+\]<\/td>/);
    expect(page).toMatch(/\(n=2\)/);
    // Two factor charts, four heatmaps, one distribution.
    expect(page.match(/<svg /g)).toHaveLength(7);
    expect(page).toContain('Outcomes by steepness');
    expect(page).toContain('<details><summary>The sweep</summary>');
    expect(page).toContain('path: arms.*.parameters.hierarchySteepness');
    expectSelfContained(page);
  });

  it('handles a Latin hypercube and escapes the sweep description', async () => {
    const dir = join(root, 'hypercube');
    writeSweepFolder(dir, syntheticSweep({ design: 'latin-hypercube', description: MALICIOUS }));
    const page = readFileSync(await writeReport(dir), 'utf8');
    expect(page).toContain('15 design points (latin-hypercube)');
    expect(page).not.toContain('<script>');
    expect(page).toContain('<p class="description">&lt;script&gt;');
    expectSelfContained(page);
  });

  it('reports a malformed sweep.json as such', async () => {
    const dir = join(root, 'sweep');
    writeSweepFolder(dir, syntheticSweep());
    writeFileSync(join(dir, 'sweep.json'), '{"name": "x"}');
    await expect(writeReport(dir)).rejects.toThrow(ReportError);
  });
});

describe('leadsim report', () => {
  const leadsim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'report', ...args], { encoding: 'utf8' });

  it('writes the report and prints its path', async () => {
    const dir = await runFolder();
    const { status, stdout, stderr } = leadsim(dir);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe(`${join(dir, REPORT_FILE)}\n`);
    expect(existsSync(join(dir, REPORT_FILE))).toBe(true);
  });

  it('says what is wrong, without a stack, for a folder without a manifest', () => {
    const { status, stdout, stderr } = leadsim(root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`leadsim: ${root} has no manifest.json. Give the output folder of \`leadsim run\` or of a sweep, which ends with writing one.\n`);
  });
});

describe('writeReport and files it did not write', () => {
  it('refuses to replace a report.html leadsim cannot prove it wrote, unless forced', async () => {
    const dir = await runFolder();
    writeFileSync(join(dir, REPORT_FILE), '<p>my own notes</p>');
    await expect(writeReport(dir)).rejects.toThrow(
      new ReportError(
        `${dir}/report.html was changed or added since leadsim wrote this folder (not listed in its manifest.json with these bytes). Give --force to replace it, or move it out of the folder first to keep it.`,
      ),
    );
    expect(readFileSync(join(dir, REPORT_FILE), 'utf8')).toBe('<p>my own notes</p>');
    await writeReport(dir, { force: true });
    expect(readFileSync(join(dir, REPORT_FILE), 'utf8')).toMatch(/^<!doctype html>/i);
    // Now listed in the manifest, it is leadsim's own: written again without force.
    await writeReport(dir);
  });

  it('refuses a folder whose manifest leadsim did not write', async () => {
    const dir = join(root, 'foreign');
    mkdirSync(dir);
    writeFileSync(join(dir, 'manifest.json'), '{"files": []}');
    await expect(writeReport(dir)).rejects.toThrow(/was not written by leadsim/);
    expect(existsSync(join(dir, REPORT_FILE))).toBe(false);
  });
});
