// Chromium: playwright-core with the unpacked build loaded into a throwaway persistent profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { browserBinary, extensionDir } from './paths';
import type { ExtensionBrowser, HarnessPage, InPage, LaunchOptions } from './types';

function wrapPage(page: Page, openedUrl: string): HarnessPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    kind: 'chromium',
    openedUrl,
    // playwright types `arg` through its own Unboxed<>; our InPage is the plain-JSON subset of it.
    evaluate: <R, A>(fn: InPage<A, R>, arg?: A) => page.evaluate<R, unknown>(fn as InPage<unknown, R>, arg),
    waitFor: async <A>(fn: InPage<A, unknown>, arg?: A, timeoutMs = 10_000) => {
      await page.waitForFunction<unknown, unknown>(fn as InPage<unknown, unknown>, arg, {
        timeout: timeoutMs,
      });
    },
    errors: async () => [...errors],
    close: () => page.close(),
    raw: { kind: 'chromium', page },
  };
}

/** The flags every test Chromium runs with (developers' guide), extension or not. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = browserBinary('chromium');
  const dir = extensionDir('chromium');
  const profile = await mkdtemp(join(tmpdir(), 'claimscope-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.chromiumArgs ?? []),
    ],
  });
  try {
    // The background service worker is how we learn the extension id (and that it started).
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Node's URL gives chrome-extension: URLs an opaque ('null') origin, so build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(serviceWorker.url()).host}`;
    const extensionErrors: string[] = [];
    const fromExtension = (url: string | undefined) => url?.startsWith(`${extensionOrigin}/`) ?? false;
    context.on('console', (message) => {
      const source = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
      if (message.type() === 'error' && fromExtension(source))
        extensionErrors.push(`console.error: ${message.text()}`);
    });
    context.on('weberror', (error) => {
      if (fromExtension(error.page()?.url())) extensionErrors.push(`uncaught: ${error.error().message}`);
    });
    const open = async (url: string) => {
      const page = await context.newPage();
      const wrapped = wrapPage(page, url);
      await page.goto(url, { waitUntil: 'load' });
      return wrapped;
    };
    return {
      kind: 'chromium',
      extensionOrigin,
      openPage: open,
      openExtensionPage: (path) => open(`${extensionOrigin}/${path.replace(/^\//, '')}`),
      extensionErrors: async () => [...extensionErrors],
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
      raw: { kind: 'chromium', context, serviceWorker },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
