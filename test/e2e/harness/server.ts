// A static file server on 127.0.0.1 for the pages the extension reads in e2e tests.
//   /corpus/<slug>.html          ../shared/corpus
//   /pages/<name>/source.html    ../shared/pages
//   /fixtures/<file>             test/fixtures (hand-made pages)
// The content script matches http(s) pages only, so pages must come from a server, not file://.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { CORPUS_DIR, FIXTURES_DIR, PAGES_DIR } from './paths';

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a served path: `url('/corpus/foo.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

const ROOTS: Record<string, string> = { corpus: CORPUS_DIR, pages: PAGES_DIR, fixtures: FIXTURES_DIR };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
};

/** Maps a request path to a file inside one of the roots, or null (also for `..` escapes). */
export function resolveServedPath(pathname: string): string | null {
  const [, top, ...rest] = decodeURIComponent(pathname).split('/');
  const root = top ? ROOTS[top] : undefined;
  if (!root || rest.length === 0) return null;
  const file = resolve(root, rest.join('/'));
  return file.startsWith(root + sep) ? file : null;
}

export async function startServer(): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Browsers ask for a favicon; a 404 would show up as a console error in every test.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = resolveServedPath(pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
