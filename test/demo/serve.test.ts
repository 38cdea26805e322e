/**
 * The demo's static server answers bad requests with 400 and keeps serving;
 * `npm run demo` tells a PORT it cannot use in one line, before building.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { portFromEnvironment, serveFolder } from '../../src/demo/server/serve.ts';
import type { Served } from '../../src/demo/server/serve.ts';

let folder: string;
let served: Served;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'leadsim-serve-'));
  writeFileSync(join(folder, 'index.html'), '<p>hello</p>');
  served = await serveFolder(folder);
});
afterAll(async () => {
  await served.close();
  rmSync(folder, { recursive: true, force: true });
});

/** GET a raw path (not normalised by a URL parser, as a hostile client sends it). */
function get(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(served.url);
  return new Promise((done, fail) => {
    const sent = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    // A server whose handler threw never answers.
    sent.setTimeout(3000, () => sent.destroy(new Error(`no answer to GET ${path}`)));
    sent.on('error', fail).end();
  });
}

describe('serveFolder', () => {
  it('answers 400 to a NUL or a malformed escape in the path, and keeps serving', async () => {
    expect((await get('/a%00b')).status).toBe(400);
    expect((await get('/%00')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(await get('/')).toEqual({ status: 200, body: '<p>hello</p>' });
  });

  it('serves nothing outside the folder', async () => {
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});

describe('npm run demo: PORT', () => {
  /** The script `npm run demo` runs, with PORT set; stopped if it serves (which these PORTs must not let it). */
  const demo = (port: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/demo/server/serve.ts'], { env: { ...process.env, PORT: port }, encoding: 'utf8', timeout: 120_000 });

  it('is 8080 unset, or the port it names (0: any free port)', () => {
    expect(portFromEnvironment(undefined)).toBe(8080);
    expect(portFromEnvironment('')).toBe(8080);
    expect(portFromEnvironment('8731')).toBe(8731);
    expect(portFromEnvironment('0')).toBe(0);
  });

  it.each(['abc', '-1', '65536', '1.5', ' 80'])('refuses PORT=%s in one line, naming PORT and what it expected', (port) => {
    const { status, stdout, stderr } = demo(port);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`leadsim demo: PORT: expected a port number from 0 to 65535 (0 for any free port), found ${JSON.stringify(port)}.\n`);
  });

  it('a port in use is told in one line, before building', () => {
    const { port } = new URL(served.url);
    const { status, stdout, stderr } = demo(port);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`leadsim demo: PORT: expected a free port, found ${port} in use by another program; stop it or give another port (PORT=${Number(port) + 1} npm run demo).\n`);
  });
});
