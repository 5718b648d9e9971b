// Screenshots of the side panel, popup and options page, light and dark, at realistic sizes, from
// the built extension in headless Chromium. Writes screenshots/*.png. Run: npm run screenshots.
//
// Two kinds of shot:
// - "live": the pages as they are, next to a corpus article in a real tab;
// - "populated": the same built pages, with the extension's messaging answered from test fixtures
//   (test/fixtures/ui/data.ts) by a script injected before the page loads — so the populated look
//   can be checked before the engine lands, without any demo mode in the shipped UI.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { findTabId, launch, REPO_ROOT, startServer } from '../test/e2e/harness';
import { CROSS_LINKS, PAGE_STATE } from '../test/fixtures/ui/data';

const OUT = resolve(REPO_ROOT, 'screenshots');
const ARTICLE = '/corpus/semianalysis-google-no-moat.html';
const SIZES = {
  sidepanel: { width: 400, height: 900 },
  popup: { width: 360, height: 560 },
  options: { width: 900, height: 1100 },
} as const;
type PageName = keyof typeof SIZES;
type Scheme = 'light' | 'dark';

interface Fixture {
  state: unknown;
  cross: unknown;
  storage: unknown;
}

/**
 * Runs in the extension page before its scripts: answers page and background messages from the
 * fixture, passing anything else to the real API. Chromium ≥148 has a native `browser`, which
 * wxt/browser hands out as it is, so patching it (and `chrome`, for older builds) is enough.
 */
function injectFixture(fixture: Fixture) {
  type Send = (...args: unknown[]) => unknown;
  const reply = (value: unknown) => ({ ok: true, value });
  const patch = (
    ns: Record<string, Record<string, Send>> | undefined,
    area: string,
    answer: (m: { type: string }) => unknown,
  ) => {
    const target = ns?.[area];
    if (!target?.sendMessage) return;
    const real = target.sendMessage.bind(target);
    target.sendMessage = (...args: unknown[]) => {
      const callback = typeof args.at(-1) === 'function' ? (args.pop() as (r: unknown) => void) : null;
      const message = args[area === 'tabs' ? 1 : 0] as { type: string };
      const answered = answer(message);
      const result = answered === undefined ? Promise.resolve(real(...args)) : Promise.resolve(answered);
      if (callback) {
        void result.then(callback);
        return undefined;
      }
      return result;
    };
  };
  const page = (m: { type: string }) => {
    if (m.type === 'get-page-state' || m.type === 'rescan') return reply(fixture.state);
    if (m.type === 'focus-claim') return reply({ focused: true });
    return undefined;
  };
  const background = (m: { type: string }) => {
    if (m.type === 'cross-links') return reply(fixture.cross);
    if (m.type === 'storage-info') return reply(fixture.storage);
    return undefined;
  };
  for (const ns of [
    (globalThis as { browser?: unknown }).browser,
    (globalThis as { chrome?: unknown }).chrome,
  ]) {
    patch(ns as never, 'tabs', page);
    patch(ns as never, 'runtime', background);
  }
}

async function shoot(
  context: BrowserContext,
  origin: string,
  name: string,
  page: PageName,
  scheme: Scheme,
  query: string,
  options: { fixture?: Fixture; prepare?: (p: import('playwright-core').Page) => Promise<void> } = {},
) {
  const tab = await context.newPage();
  await tab.setViewportSize(SIZES[page]);
  await tab.emulateMedia({ colorScheme: scheme });
  if (options.fixture) {
    // tsx (esbuild keepNames) wraps nested functions in __name(); the page has no such helper.
    const content = `globalThis.__name ??= (f) => f; (${injectFixture.toString()})(${JSON.stringify(options.fixture)});`;
    await tab.addInitScript({ content });
  }
  await tab.goto(`${origin}/${page}.html${query}`);
  await tab.waitForFunction(() => (document.getElementById('app')?.textContent ?? '').length > 0);
  await tab.waitForTimeout(400);
  await options.prepare?.(tab);
  const file = resolve(OUT, `${name}-${scheme}.png`);
  // The side panel is a fixed viewport, as in the browser; the popup and options page show whole.
  await tab.screenshot({ path: file, fullPage: page !== 'sidepanel' });
  await tab.close();
  console.log(`wrote ${file}`);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launch('chromium');
  try {
    if (browser.raw.kind !== 'chromium') throw new Error('screenshots use Chromium');
    const { context } = browser.raw;
    const article = await browser.openPage(server.url(ARTICLE));
    const control = await browser.openExtensionPage('options.html');
    const tabId = await findTabId(control, article.openedUrl);
    const fixture: Fixture = {
      state: PAGE_STATE,
      cross: CROSS_LINKS,
      storage: { articles: 12, bytes: 2_400_000 },
    };
    // A settings object with site rules, so the options page shows its list.
    await control.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { storage: { local: { set(o: object): Promise<void> } } } }
      ).browser;
      await api.storage.local.set({
        settings: {
          enabled: true,
          mode: 'all',
          sites: { 'example.com': 'deny', 'news.example.com': 'allow' },
          categories: { moat: true, consolidation: true, open_source_parity: false },
          colours: {},
          disabledGroups: [],
        },
        settings$: { v: 1 },
      });
    });
    const q = `?tab=${tabId}`;
    // An extension page's own tab has no content script: the "can't read this page" state.
    const ownTab = await control.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id?: number }> } } })
        .browser;
      return (await api.tabs.getCurrent()).id ?? -1;
    });
    for (const scheme of ['light', 'dark'] as const) {
      await shoot(context, browser.extensionOrigin, 'sidepanel-populated', 'sidepanel', scheme, q, {
        fixture,
      });
      await shoot(context, browser.extensionOrigin, 'sidepanel-expanded', 'sidepanel', scheme, q, {
        fixture,
        prepare: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
            document.querySelectorAll<HTMLElement>('.claim-text')[1]?.click();
          });
          await p.evaluate(() => window.scrollTo(0, 0));
        },
      });
      await shoot(context, browser.extensionOrigin, 'sidepanel-filtered', 'sidepanel', scheme, q, {
        fixture,
        prepare: async (p) => {
          await p.click('.toggle.cat-moat');
          await p.selectOption('select >> nth=0', 'eroding');
        },
      });
      await shoot(context, browser.extensionOrigin, 'sidepanel-live', 'sidepanel', scheme, q);
      await shoot(context, browser.extensionOrigin, 'sidepanel-live-expanded', 'sidepanel', scheme, q, {
        prepare: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
        },
      });
      await shoot(
        context,
        browser.extensionOrigin,
        'sidepanel-unreadable',
        'sidepanel',
        scheme,
        `?tab=${ownTab}`,
      );
      await shoot(context, browser.extensionOrigin, 'popup-populated', 'popup', scheme, q, { fixture });
      await shoot(context, browser.extensionOrigin, 'popup-live', 'popup', scheme, q);
      await shoot(context, browser.extensionOrigin, 'options', 'options', scheme, '', { fixture });
    }
    const errors = await article.errors();
    if (errors.length) console.warn('errors in the article tab:', errors);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
