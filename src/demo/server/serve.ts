/**
 * Serve the workshop page on this machine
 * =======================================
 *
 * `npm run demo`: builds the page, then serves the folder on localhost only
 * and prints the address. A plain static server: any other one works too.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LeadsimError } from '../../errors.ts';
import { DEFAULT_OUT, buildDemo } from './build.ts';

const DEFAULT_PORT = 8080;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves `folder` on 127.0.0.1 (port 0: any free port). */
export function serveFolder(folder: string, port = 0): Promise<Served> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '\0'; // malformed escapes: as bad as a NUL
    }
    // No file name holds a NUL, and the file system calls throw on one: refuse it, keep serving.
    if (path.includes('\0')) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    // Nothing outside the folder, whatever the path says.
    const isFile = file.startsWith(root + sep) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!isFile) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      // A server listening on a TCP port has an address with a port (a string only for a pipe).
      if (address === null || typeof address === 'string') {
        server.close();
        fail(new Error(`the demo's server is listening on ${String(address)}, not on a port`));
        return;
      }
      const bound = address.port;
      done({ url: `http://localhost:${bound}/`, close: () => new Promise((closed) => server.close(() => { closed(); })) });
    });
  });
}

/** The port PORT names (unset or empty: 8080; 0: any free port). */
export function portFromEnvironment(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!(/^\d+$/.test(text) && port <= 65535)) throw new LeadsimError(`PORT: expected a port number from 0 to 65535 (0 for any free port), found ${JSON.stringify(text)}.`);
  return port;
}

/** serveFolder on the port PORT named, a port it cannot have told as PORT's fault, in one line. */
export async function serveOnPort(folder: string, port: number): Promise<Served> {
  try {
    return await serveFolder(folder, port);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') throw new LeadsimError(`PORT: expected a free port, found ${port} in use by another program; stop it or give another port (PORT=${port === 65535 ? 8080 : port + 1} npm run demo).`);
    if (code === 'EACCES') throw new LeadsimError(`PORT: expected a port this user may open, found ${port} (below 1024 needs more rights); give another port (PORT=${DEFAULT_PORT} npm run demo).`);
    throw error;
  }
}

const script = process.argv.at(1);
if (script !== undefined && resolve(script) === fileURLToPath(import.meta.url)) {
  let served: Served | undefined;
  try {
    // Listening before the build: a port that cannot be had is told at once, not after it.
    served = await serveOnPort(DEFAULT_OUT, portFromEnvironment(process.env.PORT));
    process.stderr.write('building the demo…\n');
    const folder = await buildDemo(DEFAULT_OUT);
    process.stdout.write(`leadsim workshop demo: ${served.url}  (serving ${folder}; Ctrl-C to stop)\n`);
  } catch (error) {
    await served?.close();
    // Our own errors are for the user: one line, not a stack.
    if (!(error instanceof LeadsimError)) throw error;
    process.stderr.write(`leadsim demo: ${error.message}\n`);
    process.exitCode = 1;
  }
}
