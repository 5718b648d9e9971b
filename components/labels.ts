// Words and marks the UI uses for the engine's vocabulary, in one place so the side panel, popup
// and options page say the same thing.
import type { Category, Certainty, Direction } from '../lib/engine/types';

export const CATEGORY_NAMES: Record<Category, string> = {
  moat: 'Moats',
  consolidation: 'Consolidation',
  open_source_parity: 'Open-source parity',
};

/** A glyph per direction (decorative: the word is always shown next to it). */
export const DIRECTION_MARKS: Record<Direction, string> = {
  strengthening: '▲',
  eroding: '▼',
  concentrating: '→←',
  fragmenting: '←→',
  closing: '≈',
  lagging: '≫',
};

export const DIRECTION_HINTS: Record<Direction, string> = {
  strengthening: 'a moat exists or widens',
  eroding: 'a moat is shallow or lost',
  concentrating: 'power gathers in a few players',
  fragmenting: 'the market spreads out',
  closing: 'open models catch up',
  lagging: 'closed models keep the lead',
};

export const CERTAINTY_NAMES: Record<Certainty, string> = {
  asserted: 'asserted',
  hedged: 'hedged',
  conditional: 'conditional',
  question: 'question',
};

/** "3 claims", "1 claim", "no claims". */
export function plural(n: number, word: string): string {
  return `${n === 0 ? 'no' : n} ${word}${n === 1 ? '' : 's'}`;
}

/** A saved article's date as readers expect it ("4 May 2023"); the raw value when unparseable. */
export function formatDate(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return time.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * A link that opens the article scrolled to the claim, via a text fragment (Chrome, Firefox 131+);
 * browsers without support just open the page.
 */
export function urlToQuote(url: string, quote: string): string {
  const words = quote.trim().split(/\s+/);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const base = url.replace(/#.*$/, '');
  if (words.length <= 8) return `${base}#:~:text=${enc(words.join(' '))}`;
  return `${base}#:~:text=${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
}
