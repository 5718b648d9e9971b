// The foundation every other e2e test stands on, in both browsers: the built extension loads, its
// background answers, its content script runs on a served article, and its pages render cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtensionBrowser,
  findTabId,
  type HarnessPage,
  launch,
  type StaticServer,
  sendToBackground,
  sendToTab,
  startServer,
} from './harness';
import { extensionDir } from './harness/paths';

const ARTICLE = '/corpus/semianalysis-google-no-moat.html';
const EXTENSION_PAGES = ['popup.html', 'sidepanel.html', 'options.html'];

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s', (kind) => {
  let browser: ExtensionBrowser;
  let article: HarnessPage;
  let control: HarnessPage;
  let started = 0;
  let launchMs = 0;

  beforeAll(async () => {
    started = Date.now();
    browser = await launch(kind);
    launchMs = Date.now() - started;
    article = await browser.openPage(server.url(ARTICLE));
    control = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
    console.log(
      `[e2e timing] ${kind}: launch ${launchMs} ms, launch + checks + close ${Date.now() - started} ms`,
    );
  });

  test('the background started and answers ping', async () => {
    if (browser.raw.kind === 'chromium') expect(browser.raw.serviceWorker.url()).toMatch(/background\.js$/);
    expect(await sendToBackground(control, { type: 'ping' })).toEqual({ ok: true, value: { pong: true } });
  });

  test('the content script runs on a served article and reports its page', async () => {
    // It is the build that carries V8's compile hint (wxt.config.ts), which other engines ignore.
    const built = readFileSync(join(extensionDir(kind), 'content-scripts/content.js'), 'utf8');
    expect(built.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    const tabId = await findTabId(control, article.openedUrl);
    const reply = await sendToTab(control, tabId, { type: 'get-page-state' });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.url).toBe(article.openedUrl);
    expect(await article.errors()).toEqual([]);
  });

  test.each(EXTENSION_PAGES)('%s renders without errors', async (path) => {
    const page = await browser.openExtensionPage(path);
    await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  test('the extension raised no errors in any of its pages or its background', async () => {
    expect(await browser.extensionErrors()).toEqual([]);
  });

  // The checks above are only worth something if the harness really sees errors (last: it makes some).
  test('the harness collects console errors and uncaught errors', async () => {
    const page = await browser.openPage(server.url('/fixtures/harness-errors.html'));
    await expect.poll(() => page.errors(), { timeout: 10_000 }).toHaveLength(2);
    expect((await page.errors()).join('\n')).toMatch(/fixture console error[\s\S]*fixture uncaught error/);
    await page.close();
    const extensionPage = await browser.openExtensionPage('options.html');
    await extensionPage.evaluate(() => {
      console.error('extension page console error');
      setTimeout(() => Promise.reject(new Error('extension page rejection')), 0);
    });
    await expect.poll(() => extensionPage.errors(), { timeout: 10_000 }).toHaveLength(2);
    await expect
      .poll(async () => (await browser.extensionErrors()).join('\n'), { timeout: 10_000 })
      .toContain('extension page rejection');
    await extensionPage.close();
  });
});
