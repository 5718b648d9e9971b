// Helpers for the reading e2e tests: read what the page shows (CSS.highlights, from the page's own
// world, as any tool would) and match it with what the content script reports.
import type { Category, Claim } from '../../lib/engine/types';
import type { PageState } from '../../lib/messages';
import { findTabId, type HarnessPage, sendToTab } from './harness';

export const CATEGORY_NAMES: Record<Category, string> = {
  moat: 'claimscope-moat',
  consolidation: 'claimscope-consolidation',
  open_source_parity: 'claimscope-open_source_parity',
};

/** One painted range as the page sees it. */
export interface PaintedRange {
  text: string;
  /** The nearest page-chrome ancestor (nav, rail, comments, headline, caption), or null. */
  chrome: string | null;
}

export type Painted = Record<string, PaintedRange[]>;

/** Every claimscope-* highlight's ranges in document order, read in the page's main world. */
export function readHighlights(page: HarnessPage): Promise<Painted> {
  return page.evaluate(() => {
    const CHROME =
      'nav, aside, footer, h1, figcaption, [role="navigation"], [role="complementary"], #comments, ' +
      '#discussion, [class*="comment"], [aria-label*="comment" i], [aria-label*="discussion" i]';
    const out: Record<string, { text: string; chrome: string | null }[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('claimscope-')) return;
      const ranges = [...highlight].filter((r): r is Range => r instanceof Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((range) => {
        const el =
          range.startContainer.nodeType === 1
            ? (range.startContainer as Element)
            : range.startContainer.parentElement;
        const hit = el?.closest(CHROME);
        const chrome = hit && hit !== document.body ? `${hit.tagName.toLowerCase()}.${hit.className}` : null;
        return { text: range.toString(), chrome };
      });
    });
    return out;
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Groups the ranges of one category into claims, following the claims' own boundaries: ranges are
 * taken in document order until their text (whitespace aside) spells the claim's sentence. Returns
 * the grouped texts, or an error naming the first claim the highlights do not reproduce.
 */
export function groupByClaims(
  ranges: readonly PaintedRange[],
  claims: readonly Claim[],
): { texts: string[]; error: string | null } {
  const texts: string[] = [];
  let i = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    const want = squash(claim.text);
    let got = '';
    const parts: string[] = [];
    while (i < ranges.length && got.length < want.length) {
      parts.push(ranges[i]!.text);
      got += squash(ranges[i]!.text);
      i++;
    }
    if (got !== want) return { texts, error: `claim "${claim.text}" painted as "${parts.join(' | ')}"` };
    texts.push(parts.join(' ').replace(/\s+/g, ' ').trim());
  }
  if (i < ranges.length) return { texts, error: `${ranges.length - i} painted ranges belong to no claim` };
  return { texts, error: null };
}

/** Polls the tab until its scan has finished; returns the state it settled in. */
export async function settledState(
  control: HarnessPage,
  url: string,
  accept: (state: PageState) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<{ tabId: number; state: PageState }> {
  const tabId = await findTabId(control, url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // findTabId can match a tab by its URL as soon as navigation commits, before the content
    // script is injected: "Receiving end does not exist" then means "not yet", so ask again.
    const reply = await sendToTab(control, tabId, { type: 'get-page-state' }).catch((error: unknown) => ({
      ok: false as const,
      error: String(error),
    }));
    if (
      reply.ok &&
      reply.value.status !== 'idle' &&
      reply.value.status !== 'scanning' &&
      accept(reply.value)
    ) {
      return { tabId, state: reply.value };
    }
    if (Date.now() > deadline) {
      throw new Error(`page state never settled: ${JSON.stringify(reply).slice(0, 300)}`);
    }
    await new Promise((done) => setTimeout(done, 150));
  }
}

/**
 * How the live document differs from what the server sent (the first difference, with context),
 * or null when head and body are exactly as parsed from the served HTML.
 */
export function domChanges(page: HarnessPage): Promise<string | null> {
  return page.evaluate(async () => {
    const served = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(served, 'text/html');
    for (const part of ['head', 'body'] as const) {
      const want = parsed[part].innerHTML;
      const got = document[part].innerHTML;
      if (want === got) continue;
      let i = 0;
      while (i < want.length && want[i] === got[i]) i++;
      return `${part} differs at ${i}: served …${want.slice(i - 80, i + 80)}… live …${got.slice(i - 80, i + 80)}…`;
    }
    return null;
  });
}

/** Writes the settings object the way lib/settings stores it (storage.local "settings"). */
export function writeSettings(control: HarnessPage, settings: unknown): Promise<void> {
  return control.evaluate(async (value) => {
    const api = ((globalThis as { browser?: unknown }).browser ??
      (globalThis as { chrome?: unknown }).chrome) as {
      storage: { local: { set(items: object): Promise<void> } };
    };
    await api.storage.local.set({ settings: value });
  }, settings);
}
