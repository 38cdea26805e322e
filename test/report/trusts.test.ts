import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { writeResults } from '../../src/exporters/index.ts';
import { reportPage } from '../../src/report/index.ts';
import { trustResults } from '../exporters/trust-fixtures.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leadsim-report-trusts-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The text of the report's Trusts section, tags dropped; null when it has none. */
async function trustsSection(names?: string[]): Promise<string | null> {
  const dir = join(root, String(names?.length ?? 3));
  await writeResults(trustResults(names), dir, { charts: false, report: reportPage });
  const page = readFileSync(join(dir, 'report.html'), 'utf8');
  const start = page.indexOf('<section id="trusts">');
  if (start < 0) return null;
  return page.slice(start, page.indexOf('</section>', start)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the report of a run by trust', () => {
  it('has a Trusts section for several trusts: spread and flows per arm, means over replicates', async () => {
    const text = await trustsSection();
    expect(text).toContain("The region's 3 trusts");
    // sepsis-bundle reached northgate and westmoor, never eastfield, in every run.
    expect(text).toMatch(/sepsis-bundle heroic 2\.00 \[2\.00, 2\.00\] n\/a 1\.00 \[1\.00, 1\.00\]/);
    // Movers: (1 + 1) and (3 + 1) for heroic, (2 + 1) and (4 + 1) for collective.
    expect(text).toMatch(/heroic 3\.00 \[/);
    expect(text).toMatch(/collective 4\.00 \[/);
  });

  it('has none for one trust', async () => {
    expect(await trustsSection(['only'])).toBeNull();
  });
});
