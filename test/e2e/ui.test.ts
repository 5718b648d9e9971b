// The extension's own pages against a real article, in Chromium and Firefox: the popup's switches
// turn the page's highlights off and on at once, and the side panel lists the page's claims and
// focuses one in the page when clicked, and follows the claim the reader steps to in the page. The pages are opened as tabs pinned with ?tab=<id>.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import {
  BROWSERS,
  type ExtensionBrowser,
  type HarnessPage,
  launch,
  type StaticServer,
  sendToTab,
  startServer,
} from './harness';
import { settledState, writeSettings } from './reading.helpers';

const ARTICLE = '/corpus/semianalysis-google-no-moat.html';

/** Ranges in the page's claimscope-<category> highlights (the focus highlight excluded). */
function paintedRanges(page: HarnessPage): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    let n = 0;
    registry?.forEach((h, name) => {
      if (name.startsWith('claimscope-') && name !== 'claimscope-focus') n += h.size;
    });
    return n;
  });
}

/** Clicks the switch whose text contains `label` (DOM click: works the same in both drivers). */
function clickSwitch(page: HarnessPage, label: string): Promise<string | null> {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((b) =>
      b.textContent?.includes(label),
    );
    button?.click();
    // Preact re-renders on its next tick: read the switch once it has.
    await new Promise((done) => setTimeout(done, 50));
    return button ? button.getAttribute('aria-checked') : null;
  }, label);
}

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s', (kind) => {
  let browser: ExtensionBrowser;
  let control: HarnessPage;
  let article: HarnessPage;
  let tabId: number;
  let claimCount: number;

  beforeAll(async () => {
    browser = await launch(kind);
    control = await browser.openExtensionPage('options.html');
    article = await browser.openPage(server.url(ARTICLE));
    const settled = await settledState(control, article.openedUrl);
    tabId = settled.tabId;
    claimCount = settled.state.claims.length;
  });
  afterEach(async () => {
    await writeSettings(control, DEFAULT_SETTINGS);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['the global switch', 'Highlights'],
    ['the site switch', 'On 127.0.0.1'],
  ])('popup: %s turns highlights off and back on in the open page', async (_name, label) => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('[role="switch"]').length > 0);
    const before = await paintedRanges(article);
    expect(before > 0).toBe(claimCount > 0);
    await popup.waitFor((label) => {
      const b = [...document.querySelectorAll('[role="switch"]')].find((s) => s.textContent?.includes(label));
      return b && !(b as HTMLButtonElement).disabled;
    }, label);

    expect(await clickSwitch(popup, label)).toBe('false');
    await article.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      return [...registry.keys()].every(
        (name) => !name.startsWith('claimscope-') || registry.get(name)!.size === 0,
      );
    });

    expect(await clickSwitch(popup, label)).toBe('true');
    await article.waitFor(
      (want) => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        let n = 0;
        registry.forEach((h, name) => {
          if (name.startsWith('claimscope-') && name !== 'claimscope-focus') n += h.size;
        });
        return n === want;
      },
      before,
      20_000,
    );
    expect(await popup.errors()).toEqual([]);
    await popup.close();
  });

  test('side panel lists the page’s claims and a click focuses one in the page', async () => {
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor(
      (n) =>
        document.querySelectorAll('[data-claim-id]').length === n ||
        (n === 0 && !!document.querySelector('.empty')),
      claimCount,
      20_000,
    );
    const listed = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-claim-id]')].map((b) => b.dataset.claimId!),
    );
    // Each claim once, whatever categories it carries.
    expect(new Set(listed).size).toBe(claimCount);
    expect(await panel.errors()).toEqual([]);
    if (claimCount === 0) return; // nothing to click until the engine finds claims here

    const target = await panel.evaluate(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('[data-claim-id]');
      const button = buttons[Math.min(2, buttons.length - 1)]!;
      button.click();
      return button.textContent ?? '';
    });
    await article.waitFor(
      (text) => {
        const focus = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(
          'claimscope-focus',
        );
        const ranges = focus ? ([...focus] as Range[]) : [];
        const squash = (s: string) => s.replace(/\s+/g, '');
        return ranges.length > 0 && squash(ranges.map((r) => r.toString()).join('')) === squash(text);
      },
      target,
      10_000,
    );
    await panel.close();
  });

  test('side panel selects the claim the reader steps to with the page’s shortcut', async () => {
    if (claimCount === 0) return; // nothing to step through until the engine finds claims here
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor((n) => document.querySelectorAll('[data-claim-id]').length === n, claimCount, 20_000);
    // What the next-claim command sends (entrypoints/background/commands.ts), twice: the second
    // step moves a selection the panel already shows.
    for (const _ of [1, 2]) {
      const reply = await sendToTab(control, tabId, { type: 'step-claim', delta: 1 });
      expect(reply.ok).toBe(true);
      const focused = reply.ok ? reply.value.focused : null;
      expect(focused).not.toBeNull();
      // The panel polls the page version: the stepped-to card becomes the one selected.
      await panel.waitFor(
        (id) => {
          const current = [...document.querySelectorAll<HTMLElement>('[aria-current="true"]')];
          return current.length === 1 && current[0]!.dataset.claimId === id;
        },
        focused,
        10_000,
      );
    }
    expect(await panel.errors()).toEqual([]);
    await panel.close();
  });
});
