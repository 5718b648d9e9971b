import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../engine/types';
import { DEFAULT_COLOURS } from '../settings';
import { HIGHLIGHT_NAMES } from './highlight';
import { colourCss, createStyleLayer, MANIFEST_COLOURS } from './highlight-style';

const MANIFEST_CSS = readFileSync(
  resolve(import.meta.dirname, '../../entrypoints/content/highlights.css'),
  'utf8',
);

/** The background-color a selector's block declares in the manifest CSS. */
function manifestBackground(selector: string): string | undefined {
  const at = MANIFEST_CSS.indexOf(`${selector} {`);
  if (at === -1) return undefined;
  const block = MANIFEST_CSS.slice(at, MANIFEST_CSS.indexOf('}', at));
  return /background-color:\s*([^;]+);/.exec(block)?.[1]?.trim();
}

describe('the manifest CSS paints the default light colours', () => {
  test.each(CATEGORIES)('%s: highlight and <mark> fallback', (category) => {
    expect(manifestBackground(`::highlight(${HIGHLIGHT_NAMES[category]})`)).toBe(MANIFEST_COLOURS[category]);
    expect(manifestBackground(`mark[data-claimscope~="${category}"]`)).toBe(MANIFEST_COLOURS[category]);
    expect(MANIFEST_COLOURS[category]).toBe(DEFAULT_COLOURS[category].light);
  });
});

describe('colourCss writes only what the manifest CSS does not already paint', () => {
  const light = { moat: '#ffe08a', consolidation: '#c7dcff', open_source_parity: '#c8f0cf' };
  test.each<{
    page: string;
    colours: Record<string, string>;
    painted: Record<string, string>;
    rules: string[];
  }>([
    { page: 'light page, default colours', colours: light, painted: MANIFEST_COLOURS, rules: [] },
    {
      page: 'light page, one custom colour',
      colours: { ...light, moat: '#112233' },
      painted: MANIFEST_COLOURS,
      rules: ['claimscope-moat'],
    },
    {
      page: 'dark page, default dark colours',
      colours: { moat: '#6b5200', consolidation: '#24467a', open_source_parity: '#1e5c33' },
      painted: {},
      rules: ['claimscope-moat', 'claimscope-consolidation', 'claimscope-open_source_parity'],
    },
    { page: 'not a hex colour', colours: { moat: 'red; } body { display: none' }, painted: {}, rules: [] },
  ])('$page', ({ colours, painted, rules }) => {
    const css = colourCss(colours, painted);
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      expect(css.includes(`::highlight(${name})`)).toBe(rules.includes(name));
    }
    expect(css.includes('display')).toBe(false);
  });
});

describe('style layer', () => {
  test('adopts no sheet until there is something to override, then keeps it in step', () => {
    const doc = new Window().document as unknown as Document;
    const layer = createStyleLayer(doc);
    expect(layer.set('')).toBe(false);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    const custom = colourCss({ moat: '#112233' });
    expect(layer.set(custom)).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(layer.set(custom)).toBe(false);
    layer.remove();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});
