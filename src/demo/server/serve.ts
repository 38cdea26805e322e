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

import { DEFAULT_OUT, buildDemo } from './build.ts';

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

const script = process.argv.at(1);
if (script !== undefined && resolve(script) === fileURLToPath(import.meta.url)) {
  process.stderr.write('building the demo…\n');
  const folder = await buildDemo(DEFAULT_OUT);
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serveFolder(folder, port);
  process.stdout.write(`leadsim workshop demo: ${url}  (serving ${folder}; Ctrl-C to stop)\n`);
}
