import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { quoteSelector } from '../engine/record';
import { piecesFor, rangesFor, reanchor } from './anchor';
import { extractArticle } from './extract';
import type { TextMap } from './types';

function page(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A TextMap by hand: every non-blank text node of `root`, blocks separated by "\n\n". */
function mapOf(root: Element): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.trim() === '') continue;
    const block = n.parentElement?.closest('p,li,h1,h2,blockquote') ?? null;
    if (lastBlock && block !== lastBlock) text += '\n\n';
    lastBlock = block;
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  return { root, text, nodes, starts };
}

const doc = page(
  '<article><p>Giants have <a href="#">deep moats</a> today. Startups do not.</p>' +
    '<p>Open <span class="ad">AD</span>models catch up.</p></article>',
);
const article = doc.querySelector('article')!;
const ad = doc.querySelector('.ad')!;
// The map skips the inline ad, as extraction would.
const map = mapOf(article);
map.nodes.splice(map.nodes.indexOf(ad.firstChild as Text), 1);
{
  let text = '';
  map.starts.length = 0;
  let prevBlock: Element | null = null;
  for (const n of map.nodes) {
    const block = n.parentElement!.closest('p');
    if (prevBlock && block !== prevBlock) text += '\n\n';
    prevBlock = block;
    map.starts.push(text.length);
    text += n.data;
  }
  map.text = text;
}

describe('rangesFor', () => {
  test.each([
    { sentence: 'Giants have deep moats today.', ranges: ['Giants have deep moats today.'] },
    { sentence: 'Startups do not.', ranges: ['Startups do not.'] },
    // The ad sits between two pieces: they must not be joined, or the ad would be painted.
    { sentence: 'Open models catch up.', ranges: ['Open ', 'models catch up.'] },
    // Across a paragraph break the separator is skipped; nothing visible lies between the two
    // pieces, so one range spans the break.
    { sentence: 'Startups do not.\n\nOpen models', ranges: ['Startups do not.Open ', 'models'] },
  ])('$sentence → $ranges', ({ sentence, ranges }) => {
    const start = map.text.indexOf(sentence);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rangesFor(map, start, start + sentence.length).map(String)).toEqual(ranges);
  });

  test('empty and out-of-range spans give nothing', () => {
    expect(piecesFor(map, 5, 5)).toEqual([]);
    expect(piecesFor(map, map.text.length + 10, map.text.length + 20)).toEqual([]);
  });
});

describe('on real corpus pages', () => {
  const slugs = [
    'lumenpost-open-source-paradox',
    'semianalysis-google-no-moat',
    'bytewire-ai-startup-shopping-spree',
  ];
  test.each(slugs)('%s: every gold claim found in the text anchors to a range reading the same', (slug) => {
    const d = page(readFileSync(`../shared/corpus/${slug}.html`, 'utf8'));
    const m = extractArticle(d);
    expect(m).not.toBeNull();
    const gold = JSON.parse(readFileSync(`../shared/corpus/${slug}.json`, 'utf8')) as {
      claims: { text: string }[];
    };
    const flat = m!.text.replace(/\s+/g, ' ');
    let anchored = 0;
    for (const { text } of gold.claims) {
      // Gold text has whitespace collapsed: find it through the folded matcher.
      const match = reanchor(m!, { exact: text, prefix: '', suffix: '' });
      if (!match) continue;
      anchored++;
      const read = rangesFor(m!, match.start, match.end).map(String).join(' ').replace(/\s+/g, ' ').trim();
      expect(read).toBe(text);
    }
    // Extraction may still miss a sentence or two; anchoring must not lose any it was given.
    expect(anchored).toBeGreaterThan(gold.claims.length * 0.8);
    expect(flat.length).toBeGreaterThan(0);
  });

  test('a saved claim re-anchors after a paragraph is inserted above it', () => {
    const d = page(readFileSync('../shared/corpus/lumenpost-open-source-paradox.html', 'utf8'));
    const before = extractArticle(d)!;
    const start = before.text.indexOf('.', 200) + 2;
    const end = before.text.indexOf('.', start) + 1;
    const quote = quoteSelector(before.text, start, end);
    const p = d.createElement('p');
    p.textContent = 'An editor’s note added after publication.';
    before.nodes[0]!.parentElement!.closest('p')!.before(p);
    const after = extractArticle(d)!;
    const match = reanchor(after, quote, { start, end })!;
    expect(match.kind).toBe('exact');
    expect(after.text.slice(match.start, match.end)).toBe(quote.exact);
  });
});
