// Export from the popup, as a reader does it: open a corpus article, open the popup for its tab,
// pick each format and press "Export this page", then read the file the browser saved. Chromium
// reports the download to playwright; Firefox is told (prefs) to save downloads into a folder
// without asking, and the file is read from there.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/engine/types';
import { EXPORT_FORMATS, type ExportFormat, parseExport } from '../../lib/export';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { parseCsv } from '../../lib/export/csv-read';
import type { PageState } from '../../lib/messages';
import {
  BROWSERS,
  type ExtensionBrowser,
  type HarnessPage,
  launch,
  type StaticServer,
  startServer,
} from './harness';
import { settledState } from './reading.helpers';

const SLUG = 'palisade-nobody-owns-the-model';

/** What each format's file must show about the page: its claims, in that format's terms. */
const CHECKS: Record<ExportFormat, (text: string, state: PageState) => void> = {
  json: (text, state) => {
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]!.url).toBe(state.url);
    expect(parsed.records[0]!.claims.map((c) => c.text)).toEqual(state.claims.map((c) => c.text));
  },
  csv: (text, state) => {
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1).filter((r) => r.length > 1);
    expect(body).toHaveLength(state.claims.length);
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length);
    const texts = body.map((r) => r[CSV_COLUMNS.indexOf('text')]!.replace(/^'/, ''));
    expect(texts).toEqual(state.claims.map((c) => c.text));
  },
  w3c: (text, state) => {
    const collection = JSON.parse(text) as {
      type: string;
      total: number;
      first?: {
        items: { type: string; target: { source: string; selector: { type: string; exact?: string }[] } }[];
      };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(state.claims.length);
    const items = collection.first?.items ?? [];
    expect(items).toHaveLength(state.claims.length);
    for (const a of items) expect(a.type).toBe('Annotation');
    expect(items.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact)).toEqual(
      state.claims.map((c) => c.text),
    );
  },
  md: (text, state) => {
    // Punctuation is escaped for Markdown; unescaped, the heading links the title to the page and
    // every claim is quoted under its category.
    const plain = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    const heading = plain.split('\n').find((l) => l.startsWith('## '));
    expect(heading).toBe(`## [${state.title}](${state.url})`);
    for (const claim of state.claims) expect(plain).toContain(`> ${claim.text}`);
  },
};

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s', (kind) => {
  let browser: ExtensionBrowser;
  let popup: HarnessPage;
  let state: PageState;
  let tabId: number;
  const downloads = mkdtempSync(join(tmpdir(), `claimscope-downloads-${kind}-`));

  beforeAll(async () => {
    browser = await launch(kind, {
      firefoxPrefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
    const control = await browser.openExtensionPage('options.html');
    const article = await browser.openPage(server.url(`/corpus/${SLUG}.html`));
    const settled = await settledState(control, article.openedUrl);
    state = settled.state;
    tabId = settled.tabId;
    expect(state.claims.length).toBeGreaterThan(0);
    popup = await browser.openExtensionPage(`popup.html?tab=${settled.tabId}`);
    await popup.waitFor(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Export'));
      return button && !button.disabled;
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  /** Picks the format in the popup, presses Export, and returns the saved file's name and text. */
  async function exportAs(format: ExportFormat): Promise<{ name: string; text: string }> {
    const choose = (f: string) => {
      const select = document.querySelector<HTMLSelectElement>('#format')!;
      select.value = f;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const press = () =>
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent?.includes('Export this page'))!
        .click();
    await popup.evaluate(choose, format);
    const raw = popup.raw;
    if (raw.kind === 'chromium') {
      const [download] = await Promise.all([raw.page.waitForEvent('download'), popup.evaluate(press)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    }
    const before = new Set(readdirSync(downloads));
    await popup.evaluate(press);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const fresh = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
      if (fresh.length === 1) {
        // Firefox writes the file then renames it; give the write a moment to finish.
        await new Promise((done) => setTimeout(done, 200));
        return { name: fresh[0]!, text: readFileSync(join(downloads, fresh[0]!), 'utf8') };
      }
      if (Date.now() > deadline)
        throw new Error(`no download in ${downloads}: ${readdirSync(downloads).join(', ')}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  test.each(EXPORT_FORMATS)('%s: the downloaded file holds the page’s claims', async (format) => {
    const { name, text } = await exportAs(format);
    expect(name).toMatch(/^claimscope-[a-z0-9-]+\.[a-z.]+$/);
    CHECKS[format](text, state);
    expect(await popup.errors()).toEqual([]);
  });

  // Chromium only: playwright reports the panel's download directly; Firefox would need its folder.
  test.runIf(kind === 'chromium')(
    'side panel: a category filter, then Export, saves only that category’s claims',
    async () => {
      // The category with the fewest claims here (at least one), so the filter visibly narrows.
      const present = CATEGORIES.map((c) => ({
        c,
        ids: state.claims.filter((claim) => claim.labels.some((l) => l.category === c)).map((x) => x.id),
      })).filter((x) => x.ids.length > 0);
      const { c: category, ids } = present.sort((a, b) => a.ids.length - b.ids.length)[0]!;
      const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.waitFor(
        (n) => document.querySelectorAll('[data-claim-id]').length === n,
        state.claims.length,
      );
      await panel.evaluate(
        (c) => document.querySelector<HTMLButtonElement>(`.toggle.cat-${c}`)!.click(),
        category,
      );
      await panel.waitFor((n) => document.querySelectorAll('[data-claim-id]').length === n, ids.length);
      const raw = panel.raw;
      if (raw.kind !== 'chromium') throw new Error('chromium only');
      const [download] = await Promise.all([
        raw.page.waitForEvent('download'),
        panel.evaluate(() =>
          document.querySelector<HTMLButtonElement>('button[aria-label="Export these claims"]')!.click(),
        ),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/^claimscope-[a-z0-9-]*filtered[a-z0-9-]*\.claimscope\.json$/);
      const parsed = parseExport(readFileSync((await download.path())!, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.records).toHaveLength(1);
      expect(parsed.records[0]!.url).toBe(state.url);
      const saved = parsed.records[0]!.claims;
      expect(saved.map((c) => c.id)).toEqual(ids);
      for (const claim of saved) expect(claim.labels.map((l) => l.category)).toContain(category);
      expect(await panel.errors()).toEqual([]);
      await panel.close();
    },
  );

  test('no extension errors', async () => {
    expect(await browser.extensionErrors()).toEqual([]);
  });
});
