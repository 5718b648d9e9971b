// The W3C export of each corpus article re-anchors: for every annotation, its TextQuoteSelector
// (exact with prefix and suffix) is found in the article text, extracted afresh from the page
// (lib/dom/extract on linkedom), exactly where its TextPositionSelector says. This is what lets
// a saved claim find its sentence again on the live page (or in any W3C-aware tool).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotatePage, parsePage } from '../../lib/cli/page';
import { extractArticle } from '../../lib/dom/extract';
import { buildArticleRecord } from '../../lib/engine/record';
import { formatRecords } from '../../lib/export';

const CORPUS_DIR = join(process.cwd(), '../shared/corpus');
const SLUGS = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Collection {
  total: number;
  first?: { items: { target: { source: string; selector: Selector[] } }[] };
}

describe('W3C export re-anchors in the extracted article text', () => {
  test.each(SLUGS)('%s', (slug) => {
    const html = readFileSync(join(CORPUS_DIR, `${slug}.html`), 'utf8');
    const url = `https://news.example.com/${slug}`;
    const page = annotatePage(html, url);
    const record = buildArticleRecord({ url, title: page.title, text: page.text, claims: page.claims });
    const collection = JSON.parse(formatRecords('w3c', [record])) as Collection;
    const items = collection.first?.items ?? [];
    expect(collection.total).toBe(page.claims.length);
    expect(items).toHaveLength(page.claims.length);

    // Extracted again from a fresh parse: the text a re-anchoring reader would have.
    const text = extractArticle(parsePage(html))?.text ?? '';
    expect(text).toBe(page.text);
    for (const item of items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const { exact = '', prefix = '', suffix = '' } = quote;
      const { start = -1, end = -1 } = position;
      expect(exact.length).toBeGreaterThan(0);
      expect(text.slice(start, end)).toBe(exact);
      expect(text.slice(start - prefix.length, start)).toBe(prefix);
      expect(text.slice(end, end + suffix.length)).toBe(suffix);
      // Found by what it says: the quote with its context occurs in the text at that position.
      const hits: number[] = [];
      for (
        let at = text.indexOf(prefix + exact + suffix);
        at !== -1;
        at = text.indexOf(prefix + exact + suffix, at + 1)
      )
        hits.push(at + prefix.length);
      expect(hits).toContain(start);
    }
  });
});
