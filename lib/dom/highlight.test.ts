import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { rangesFor } from './anchor';
import { createHighlighter, HIGHLIGHT_NAMES, type PaintItem } from './highlight';
import type { TextMap } from './types';

const HTML =
  '<article><p>Giants have <a href="#">deep moats</a> today. Startups do not.</p>' +
  '<p>Open models catch up with closed ones.</p></article>';

function setup() {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = HTML;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (text && n.parentElement?.closest('p') !== nodes.at(-1)?.parentElement?.closest('p')) text += '\n\n';
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  const map: TextMap = { root: doc.body.firstElementChild!, text, nodes, starts };
  const item = (id: string, sentence: string, categories: PaintItem['categories']): PaintItem => {
    const start = map.text.indexOf(sentence);
    return { id, categories, ranges: rangesFor(map, start, start + sentence.length) };
  };
  return { window, doc, map, item };
}

describe('mark fallback (no CSS.highlights)', () => {
  test('paints whole sentences, undoes to the identical DOM, and running twice changes nothing', () => {
    const { doc, item } = setup();
    const textNodesBefore = [...doc.body.querySelectorAll('p')].map((p) => p.firstChild);
    const h = createHighlighter(doc);
    expect(h.mode).toBe('mark');
    const items = [
      item('a', 'Giants have deep moats today.', ['moat']),
      item('b', 'Open models catch up with closed ones.', ['open_source_parity', 'moat']),
    ];
    h.add(items);
    const marked = doc.body.innerHTML;
    const marks = [...doc.querySelectorAll('mark[data-claimscope]')];
    expect(marks.map((m) => m.textContent).join('|')).toBe(
      'Giants have |deep moats| today.|Open models catch up with closed ones.',
    );
    expect(marks.at(-1)!.getAttribute('data-claimscope')).toBe('open_source_parity moat');
    h.add(items); // again: replaces, does not nest
    expect(doc.body.innerHTML).toBe(marked);
    h.clear();
    expect(doc.body.innerHTML).toBe(HTML);
    // The page's own text nodes survive (frameworks hold references to them).
    expect([...doc.body.querySelectorAll('p')].map((p) => p.firstChild)).toEqual(textNodesBefore);
  });

  test.each([
    { shown: ['moat'], hidden: [] as string[] },
    { shown: ['consolidation'], hidden: ['a', 'b'] },
    { shown: ['open_source_parity'], hidden: ['a'] },
  ])('showing only $shown hides claims $hidden', ({ shown, hidden }) => {
    const { doc, item } = setup();
    const h = createHighlighter(doc);
    h.add([
      item('a', 'Giants have deep moats today.', ['moat']),
      item('b', 'Open models catch up with closed ones.', ['open_source_parity', 'moat']),
    ]);
    h.show(new Set(shown as PaintItem['categories']));
    const hiddenIds = [...doc.querySelectorAll('mark[data-claimscope-hidden]')].map(
      (m) => (m as HTMLElement).dataset.claimscopeId,
    );
    expect([...new Set(hiddenIds)]).toEqual(hidden);
  });

  test('focus marks one claim and returns a range over it', () => {
    const { doc, item } = setup();
    const h = createHighlighter(doc);
    h.add([item('a', 'Giants have deep moats today.', ['moat']), item('b', 'Startups do not.', ['moat'])]);
    expect(h.focus('b')?.toString()).toBe('Startups do not.');
    expect([...doc.querySelectorAll('mark[data-claimscope-focus]')].map((m) => m.textContent)).toEqual([
      'Startups do not.',
    ]);
    expect(h.focus('missing')).toBeNull();
    expect(doc.querySelectorAll('mark[data-claimscope-focus]').length).toBe(0);
  });
});

describe('CSS Custom Highlight API', () => {
  /** A minimal registry and Highlight, as the browser provides them. */
  function withHighlightApi(doc: Document) {
    class FakeHighlight extends Set<AbstractRange> {
      priority = 0;
    }
    const registry = new Map<string, FakeHighlight>();
    const view = doc.defaultView!;
    Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(view, 'Highlight', { value: FakeHighlight, configurable: true });
    return registry;
  }

  test('registers one highlight per category under the contract names, never touching the DOM', () => {
    const { doc, item } = setup();
    const registry = withHighlightApi(doc);
    const h = createHighlighter(doc);
    expect(h.mode).toBe('css');
    h.add([
      item('a', 'Giants have deep moats today.', ['moat']),
      item('b', 'Open models catch up with closed ones.', ['open_source_parity']),
    ]);
    h.add([item('a', 'Giants have deep moats today.', ['moat'])]);
    expect(doc.body.innerHTML).toBe(HTML);
    const read = (name: string) => [...(registry.get(name) ?? [])].map(String);
    expect(read(HIGHLIGHT_NAMES.moat)).toEqual(['Giants have deep moats today.']);
    expect(read(HIGHLIGHT_NAMES.open_source_parity)).toEqual(['Open models catch up with closed ones.']);
    expect(read(HIGHLIGHT_NAMES.consolidation)).toEqual([]);

    h.show(new Set(['open_source_parity']));
    expect(registry.has(HIGHLIGHT_NAMES.moat)).toBe(false);
    h.show(new Set(['moat', 'open_source_parity']));
    expect(read(HIGHLIGHT_NAMES.moat)).toEqual(['Giants have deep moats today.']);

    expect(h.focus('b')?.toString()).toBe('Open models catch up with closed ones.');
    expect(read('claimscope-focus')).toEqual(['Open models catch up with closed ones.']);

    h.clear();
    expect([...registry.keys()]).toEqual([]);
  });
});
