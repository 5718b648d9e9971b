// A static file server on 127.0.0.1 for the benchmark pages: nothing leaves the machine.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** `mounts` maps a URL prefix (e.g. `/corpus/`) to a directory, or an exact path to a file. */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file: string | null = null;
    for (const [prefix, target] of Object.entries(mounts)) {
      if (url === prefix) file = target;
      else if (prefix.endsWith('/') && url.startsWith(prefix)) {
        const resolved = path.resolve(target, `.${url.slice(prefix.length - 1)}`);
        // Never serve outside the mounted folder.
        if (resolved.startsWith(path.resolve(target) + path.sep)) file = resolved;
      }
      if (file) break;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
