// Firefox: puppeteer-core over WebDriver BiDi, the build installed as a temporary add-on.
//
// Three Firefox specifics, found the hard way (see README.md in this folder):
// - Extension pages get a per-profile random UUID; the `extensions.webextensions.uuids` pref pins it
//   so pages open at moz-extension://<EXTENSION_UUID>/popup.html.
// - Firefox ≥153 refuses WebDriver navigation to moz-extension:// unless started with
//   --remote-allow-system-access; even then it never reports the load of an extension page
//   (BiDi skips extension contexts, Mozilla bug 1755014), so we navigate without waiting and poll.
// - For the same reason console/error events of extension pages never reach puppeteer: an in-page
//   trap collects them once the page has loaded, and Firefox's own error log on stderr
//   ("JavaScript error: <url>, line N: …") gives every uncaught error from a moz-extension:// URL,
//   load time and background included (extensionErrors()).
// MV3 host permissions: a temporary install grants the content script's http/https matches
// (checked with permissions.getAll() on Firefox ESR 153), so no pref is needed for 127.0.0.1 pages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import puppeteer, { type EvaluateFunc, type Page } from 'puppeteer-core';
import { browserBinary, extensionDir } from './paths';
import type { ExtensionBrowser, HarnessPage, InPage, LaunchOptions } from './types';

/** Fixed moz-extension UUID for the test profile (any valid UUID works). */
export const EXTENSION_UUID = '5f2a3c1e-8b7d-4e6f-9a0b-c1d2e3f4a5b6';

const TRAP_KEY = '__claimscopeHarnessErrors';

/** Installed in a Firefox extension page: records errors where the test can read them. */
function installErrorTrap(key: string): void {
  const store = window as unknown as Record<string, string[] | undefined>;
  if (store[key]) return;
  const list: string[] = [];
  store[key] = list;
  const text = (value: unknown) => (value instanceof Error ? value.message : String(value));
  window.addEventListener('error', (event) => list.push(`uncaught: ${text(event.error ?? event.message)}`));
  window.addEventListener('unhandledrejection', (event) => list.push(`uncaught: ${text(event.reason)}`));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    list.push(`console.error: ${args.map(text).join(' ')}`);
    original(...args);
  };
}

/** puppeteer's BiDi frame exposes its browsing context; not public API, hence the narrow shape. */
interface BidiFrameInternals {
  browsingContext?: { navigate(url: string, wait: 'none'): Promise<void> };
}

async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as BidiFrameInternals).browsingContext;
  if (!context)
    throw new Error('puppeteer-core changed: BidiFrame.browsingContext is gone; update firefox.ts');
  await context.navigate(url, 'none');
}

function wrapPage(page: Page, openedUrl: string, extensionPage: boolean): HarnessPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${(error as Error).message ?? String(error)}`));
  return {
    kind: 'firefox',
    openedUrl,
    evaluate: <R, A>(fn: InPage<A, R>, arg?: A) =>
      page.evaluate(fn as EvaluateFunc<[A]>, arg as A) as Promise<R>,
    waitFor: async <A>(fn: InPage<A, unknown>, arg?: A, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as EvaluateFunc<[A]>, { timeout: timeoutMs, polling: 50 }, arg as A);
    },
    errors: async () => {
      if (!extensionPage) return [...errors];
      const trapped = await page.evaluate((key) => {
        const store = window as unknown as Record<string, string[] | undefined>;
        return store[key] ?? [];
      }, TRAP_KEY);
      return [...errors, ...trapped];
    },
    close: () => page.close(),
    raw: { kind: 'firefox', page },
  };
}

/** Firefox logs each uncaught error as `JavaScript error: <url>, line <n>: <message>` on stderr. */
function collectExtensionErrors(stderr: Readable | null, extensionOrigin: string): string[] {
  const errors: string[] = [];
  if (!stderr) return errors;
  const prefix = `JavaScript error: ${extensionOrigin}/`;
  let pending = '';
  stderr.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(prefix)) errors.push(`uncaught: ${line.slice('JavaScript error: '.length)}`);
    }
  });
  return errors;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = browserBinary('firefox');
  const dir = extensionDir('firefox');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...options.firefoxPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    },
  });
  try {
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
    const extensionErrors = collectExtensionErrors(browser.process()?.stderr ?? null, extensionOrigin);
    await browser.installExtension(dir);
    return {
      kind: 'firefox',
      extensionOrigin,
      openPage: async (url) => {
        const page = await browser.newPage();
        const wrapped = wrapPage(page, url, false);
        await page.goto(url, { waitUntil: 'load' });
        return wrapped;
      },
      openExtensionPage: async (path) => {
        const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
        const page = await browser.newPage();
        await navigateWithoutWaiting(page, url);
        await page.waitForFunction(
          (expected) => location.href === expected && document.readyState === 'complete',
          { timeout: 15_000, polling: 50 },
          new URL(url).href,
        );
        await page.evaluate(installErrorTrap, TRAP_KEY);
        return wrapPage(page, url, true);
      },
      extensionErrors: async () => [...extensionErrors],
      close: () => browser.close(),
      raw: { kind: 'firefox', browser },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
