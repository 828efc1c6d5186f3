// A static file server for the built app (dist/), on loopback only. Used by the end-to-end tests and the
// benchmark; `node tests/e2e/server.mjs [dir] [port]` runs it by hand.
//
// Options, for the hosting tests: `prefix` serves the folder under a deeper path (`/a/b/skills-radar/`) and
// nothing else; `headers` adds response headers (a Content-Security-Policy); `log` receives every path
// requested; `dir` may be changed while the server runs (a new release). Every response carries
// `cache-control: no-store`, so nothing but the service worker keeps a copy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export function startServer(dir, port = 0, { prefix = '/', headers = {}, log = null } = {}) {
  const state = { root: resolve(dir) };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      log?.push(path);
      if (!path.startsWith(prefix)) throw new Error('outside the app');
      let file = normalize(join(state.root, path.slice(prefix.length - 1)));
      if (!file.startsWith(state.root)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  /** Serves another folder from now on: a new release. */
  server.serve = (next) => {
    state.root = resolve(next);
  };
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const server = await startServer(dir, Number(process.argv[3] ?? 8080));
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
