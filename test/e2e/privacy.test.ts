// Privacy: the extension makes no network request, in Chromium and Firefox. Every request the
// browser makes, from any context (pages, the extension's pages, its service worker / event page),
// is routed through a logging proxy on 127.0.0.1 while we browse every corpus article and a few
// saved real pages with the extension. The same pages are then loaded in the same browser without
// the extension. A request seen only with the extension would be the extension's: there must be
// none. Requests to other hosts (the saved pages' images, fonts, ads) are answered 204 by the proxy
// and never leave the machine. Chromium also reports every chrome-extension:// load: each must be
// a file of the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type BrowserKind,
  browserBinary,
  CHROMIUM_FLAGS,
  CORPUS_DIR,
  extensionDir,
  type LaunchOptions,
  launch,
  REPO_ROOT,
  type StaticServer,
  startServer,
} from './harness';
import { settledState } from './reading.helpers';

const CORPUS = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/corpus/${f}`);
const PAGES = ['nytimes-3', 'quanta-1', 'theverge', 'guardian-1'].map((p) => `/pages/${p}/source.html`);
const PATHS = [...CORPUS, ...PAGES];
/** Every host the pages' own HTML names (links, sources, preconnect hints). */
const PAGE_HOSTS = new Set(
  PATHS.flatMap((path) =>
    [
      ...readFileSync(resolve(CORPUS_DIR, '..', path.slice(1)), 'utf8').matchAll(
        /(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi,
      ),
    ].map((m) => m[1]!.toLowerCase()),
  ),
);

/**
 * Chromium's extension updater (Omaha protocol, POST …/service/update2/json): the browser asks
 * about installed extensions whenever any is loaded. Our manifest has no update_url and our code
 * never makes it (the service worker's own fetches are checked separately below).
 */
const BROWSER_OWN = /^POST http:\/\/update\.googleapis\.com\/service\/update2\//;

/** Fetched by the test itself from an extension page, to prove extension traffic is seen. */
const CONTROL_URL = 'http://control.invalid/claimscope-privacy-control';

interface Proxy {
  port: number;
  /** Every request seen, as "METHOD url" (CONNECT for https: "CONNECT host:port"). */
  log: string[];
  close(): Promise<void>;
}

/** A forward proxy that logs everything, serves 127.0.0.1 from the test server and answers 204 elsewhere. */
async function startProxy(server: StaticServer): Promise<Proxy> {
  const log: string[] = [];
  const origin = new URL(server.origin);
  const proxy: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push(`${req.method} ${url}`);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return void res.writeHead(400).end();
    }
    if (target.host !== origin.host) return void res.writeHead(204).end();
    const upstream = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (reply) => {
        // The saved real pages keep their sites' scripts (analytics, lazy loaders), whose requests
        // depend on timing; a CSP that stops page scripts (content scripts are exempt) makes the
        // pages' own requests the same in both runs.
        const headers = target.pathname.startsWith('/pages/')
          ? { ...reply.headers, 'content-security-policy': "script-src 'none'; manifest-src 'none'" }
          : reply.headers;
        res.writeHead(reply.statusCode ?? 502, headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  return {
    port,
    log,
    close: () =>
      new Promise<void>((done) => {
        proxy.closeAllConnections();
        proxy.close(() => done());
      }),
  };
}

/** Browser settings that send every request, 127.0.0.1 included, through the proxy. */
function proxied(
  port: number,
): LaunchOptions & { chromiumArgs: string[]; firefoxPrefs: Record<string, unknown> } {
  return {
    chromiumArgs: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
    },
  };
}

/** The same pages in the same browser without the extension: the requests the pages make themselves. */
async function baseline(kind: BrowserKind, server: StaticServer, port: number): Promise<void> {
  const options = proxied(port);
  if (kind === 'chromium') {
    const browser = await chromium.launch({
      executablePath: browserBinary('chromium'),
      headless: true,
      args: [...CHROMIUM_FLAGS, ...options.chromiumArgs],
    });
    const context = await browser.newContext();
    for (const path of PATHS) {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.close();
    }
    await browser.close();
  } else {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserBinary('firefox'),
      headless: true,
      extraPrefsFirefox: options.firefoxPrefs,
    });
    for (const path of PATHS) {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, 300));
      await page.close();
    }
    await browser.close();
  }
}

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s', (kind) => {
  const withExtension: Proxy[] = [];
  const extensionLoads: string[] = [];
  let claimsSeen = 0;
  let controlSeen = false;

  afterAll(async () => {
    for (const p of withExtension) await p.close();
  });

  test('browsing corpus articles and real pages with the extension makes no request of its own', async () => {
    const proxy = await startProxy(server);
    withExtension.push(proxy);
    const browser = await launch(kind, proxied(proxy.port));
    try {
      if (browser.raw.kind === 'chromium') {
        // Every request the context sees, service worker included, with where it came from.
        browser.raw.context.on('request', (r) => {
          if (r.url().startsWith('chrome-extension://')) extensionLoads.push(r.url());
          else if (r.serviceWorker()) extensionLoads.push(`service worker fetched ${r.url()}`);
        });
      }
      const control = await browser.openExtensionPage('options.html');
      for (const path of PATHS) {
        const page = await browser.openPage(server.url(path));
        const { state } = await settledState(control, page.openedUrl, undefined, 30_000);
        claimsSeen += state.claims.length;
        // The side panel and popup of each page too: they read the store and draw, all locally.
        if (path === CORPUS[0]) {
          const { tabId } = await settledState(control, page.openedUrl);
          for (const ui of [`sidepanel.html?tab=${tabId}`, `popup.html?tab=${tabId}`]) {
            const p = await browser.openExtensionPage(ui);
            await new Promise((done) => setTimeout(done, 500));
            await p.close();
          }
        }
        await page.close();
      }
      expect(await browser.extensionErrors()).toEqual([]);
      // Control: a request made from an extension context does reach the proxy (Firefox's BiDi
      // cannot see extension contexts; the proxy can). Made last, and taken out of the log below.
      const seen = proxy.log.length;
      await control.evaluate(async (url) => {
        await fetch(url).catch(() => undefined);
      }, CONTROL_URL);
      controlSeen = proxy.log.slice(seen).includes(`GET ${CONTROL_URL}`);
    } finally {
      await browser.close();
    }
    expect(claimsSeen).toBeGreaterThan(0);

    const reference = await startProxy(server);
    await baseline(kind, server, reference.port);
    await reference.close();

    const pageOwn = new Set(reference.log);
    const browserOwn = proxy.log.filter((r) => BROWSER_OWN.test(r));
    if (browserOwn.length)
      console.log(`[privacy ${kind}] the browser's own requests: ${browserOwn.join(', ')}`);
    // A CONNECT (https, nothing sent) to a host the page itself names is the browser acting on the
    // page's <link rel=preconnect> hints, which it follows or not depending on timing.
    const preconnect = (r: string) =>
      r.startsWith('CONNECT ') && PAGE_HOSTS.has(r.slice(8).replace(/:\d+$/, ''));
    expect(controlSeen).toBe(true);
    const extra = [...new Set(proxy.log)].filter(
      (r) => !pageOwn.has(r) && !BROWSER_OWN.test(r) && !preconnect(r) && r !== `GET ${CONTROL_URL}`,
    );
    const local = proxy.log.filter((r) => r.includes(`//${new URL(server.origin).host}/`)).length;
    console.log(
      `[privacy ${kind}] requests through the proxy: ${proxy.log.length} with the extension (${local} to the test server), ` +
        `${reference.log.length} without; only with the extension: ${extra.length}`,
    );
    expect(extra).toEqual([]);
    // Nothing went anywhere but 127.0.0.1 as http; external page resources were answered locally.
    expect(proxy.log.filter((r) => r.startsWith('CONNECT') && !pageOwn.has(r) && !preconnect(r))).toEqual([]);
  });

  test.runIf(kind === 'chromium')('every chrome-extension:// load is a file of the build', () => {
    const dir = extensionDir('chromium');
    const foreign = extensionLoads.filter((u) => {
      if (u.startsWith('service worker')) return true;
      const path = decodeURIComponent(new URL(u).pathname).split('?')[0]!;
      return !existsSync(join(dir, path));
    });
    console.log(
      `[privacy chromium] extension-origin loads: ${extensionLoads.length}, outside the build: ${foreign.length}`,
    );
    expect(extensionLoads.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});

// ---- static checks of what ships (run here, after `npm run build:all`, not before it) ----------

/** Every file of a build, relative to its root. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)],
  );
}

/**
 * Code generation that is in the bundle but never runs: zod's JIT (`compile(){let e=Function…}`)
 * and its probe for eval support (`Function(``)`), both off because lib/export/schema.ts sets
 * `z.config({ jitless: true })` before any schema is built. Anything else matching is a failure.
 */
const DISABLED_ZOD_CODEGEN = [
  /try\{return Function\(``\),!0\}catch\{return!1\}/g,
  /compile\(\)\{let \w+=Function,/g,
];

describe.each(['chromium', 'firefox'] as const)('%s build, statically', (kind) => {
  const dir = extensionDir(kind);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const scripts = files(dir).filter((f) => f.endsWith('.js'));
  const pages = files(dir).filter((f) => f.endsWith('.html'));
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');

  test('no eval, no Function constructor that can run, no remote script', () => {
    for (const f of scripts) {
      let code = read(f);
      for (const known of DISABLED_ZOD_CODEGEN) code = code.replace(known, '');
      expect({ f, evals: code.match(/(?<![\w$.])eval\s*\(/g) ?? [] }).toEqual({ f, evals: [] });
      expect({
        f,
        fn: code.match(/\bnew Function\s*\(|(?<![\w$.])Function\s*\(|=\s*Function\s*[,;]/g) ?? [],
      }).toEqual({
        f,
        fn: [],
      });
      expect({ f, remote: code.match(/importScripts\s*\(|import\(\s*[`'"]https?:/g) ?? [] }).toEqual({
        f,
        remote: [],
      });
      // No way to reach the network: the one fetch( is Vite's modulepreload polyfill, which fetches
      // the page's own <link rel=modulepreload> (relative, checked below).
      expect({ f, net: code.match(/XMLHttpRequest|WebSocket|EventSource|sendBeacon/g) ?? [] }).toEqual({
        f,
        net: [],
      });
    }
    for (const f of pages) {
      const html = read(f);
      const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"' >]+)/gi)].map(
        (m) => m[1]!,
      );
      expect(refs.filter((r) => /^(?:[a-z]+:)?\/\//i.test(r))).toEqual([]);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
    }
  });

  test('zod runs jitless, so its disabled code generation stays disabled', async () => {
    await import('../../lib/export/schema');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });

  test('strict CSP and only the permissions the README lists', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'",
    });
    expect(manifest.permissions).toEqual(kind === 'chromium' ? ['storage', 'sidePanel'] : ['storage']);
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'web_accessible_resources',
      'update_url',
    ])
      expect(manifest[key]).toBeUndefined();
    const content = manifest.content_scripts as { matches: string[]; all_frames?: boolean }[];
    expect(content.map((c) => c.matches)).toEqual([['http://*/*', 'https://*/*']]);
    const readme = readFileSync(resolve(REPO_ROOT, 'README.md'), 'utf8');
    for (const permission of manifest.permissions as string[]) expect(readme).toContain(`\`${permission}\``);
  });
});
