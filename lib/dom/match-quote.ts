// Re-anchoring a saved claim in today's text of the article: pure string logic, no DOM
// (hypothesis keeps the same split: anchoring/match-quote.ts vs text-range.ts).
//
// Order of attempts, cheapest and most certain first:
//   1. the exact quote at the saved position;
//   2. every exact occurrence of the quote, ranked by how well its prefix/suffix agree and how
//      close it is to the saved position;
//   3. the quote with whitespace and case folded (pages re-flow whitespace between visits);
//   4. a bounded fuzzy match: the quote's head and tail found separately, accepted only when the
//      span between them is about as long as the quote. Only indexOf scans, so it stays linear in
//      the text: hypothesis/client#189 shows what an unbounded edit-distance search on the main
//      thread does to a page.
import type { TextPositionSelector, TextQuoteSelector } from '../engine/types';

export interface QuoteMatch extends TextPositionSelector {
  /** 1 for an exact match where it was saved, lower for each weaker kind of evidence. */
  score: number;
  kind: 'position' | 'exact' | 'normalized' | 'fuzzy';
}

/** Never collect more occurrences than this of a short quote repeated all over a page. */
const MAX_OCCURRENCES = 200;
/** Head/tail length for the fuzzy pass: rare enough in one article, short enough for a short claim. */
const EDGE = 16;

export function matchQuote(
  text: string,
  quote: TextQuoteSelector,
  hint?: TextPositionSelector,
): QuoteMatch | null {
  const { exact } = quote;
  if (!exact) return null;

  if (hint && text.slice(hint.start, hint.end) === exact) {
    return { start: hint.start, end: hint.end, score: 1, kind: 'position' };
  }

  const exactHit = bestOccurrence(text, exact, quote, hint);
  if (exactHit) return { ...exactHit, kind: 'exact' };

  const normalized = matchNormalized(text, quote, hint);
  if (normalized) return normalized;

  return matchHeadTail(text, exact, hint);
}

/** Occurrences of `needle` in `text`, capped. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; ) {
    found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

/** Rank exact occurrences: context agreement first, then distance to where it was saved. */
function bestOccurrence(
  text: string,
  exact: string,
  quote: TextQuoteSelector,
  hint?: TextPositionSelector,
): { start: number; end: number; score: number } | null {
  let best: { start: number; end: number; score: number } | null = null;
  for (const start of occurrences(text, exact)) {
    const end = start + exact.length;
    const prefix = commonSuffixLength(
      text.slice(Math.max(0, start - quote.prefix.length), start),
      quote.prefix,
    );
    const suffix = commonPrefixLength(text.slice(end, end + quote.suffix.length), quote.suffix);
    const contextMax = quote.prefix.length + quote.suffix.length;
    const context = contextMax === 0 ? 1 : (prefix + suffix) / contextMax;
    const distance = hint ? Math.abs(start - hint.start) / Math.max(text.length, 1) : 0;
    // Context outweighs position: a paragraph inserted above moves every claim down.
    const score = 0.5 + 0.4 * context + 0.1 * (1 - distance);
    if (!best || score > best.score) best = { start, end, score: Math.min(score, 0.99) };
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/**
 * Fold whitespace runs to one space and case to lower, keeping a map from folded offsets back to
 * the original ones so a match is reported in the real text's coordinates.
 */
export function fold(text: string): { folded: string; origin: Int32Array } {
  // Per character, with no regex or string concatenation in the loop: this runs over the whole
  // article when exact matching failed, and must stay a few milliseconds on 5,000 words.
  const chars: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && inSpace) continue;
    inSpace = space;
    // Lower-case per character, keeping the original where lower-casing changes the length
    // ("İ" → "i̇"), so folded offsets stay one-to-one with `origin`.
    const ch = text[i]!;
    const lc = ch.toLowerCase();
    chars.push(space ? ' ' : lc.length === 1 ? lc : ch);
    origin[n++] = i;
  }
  origin[n] = text.length;
  return { folded: chars.join(''), origin: origin.subarray(0, n + 1) };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;
}

function matchNormalized(
  text: string,
  quote: TextQuoteSelector,
  hint?: TextPositionSelector,
): QuoteMatch | null {
  const needle = fold(quote.exact.trim()).folded;
  if (!needle) return null;
  const hay = fold(text);
  const starts = occurrences(hay.folded, needle);
  if (starts.length === 0) return null;
  // Among several, prefer the one nearest the saved position: context is not reliable once
  // whitespace differs.
  const target = hint?.start ?? 0;
  let bestStart = starts[0]!;
  for (const s of starts) {
    if (Math.abs(hay.origin[s]! - target) < Math.abs(hay.origin[bestStart]! - target)) bestStart = s;
  }
  const start = hay.origin[bestStart]!;
  const end = hay.origin[bestStart + needle.length - 1]! + 1;
  return { start, end, score: 0.5, kind: 'normalized' };
}

/** Head and tail of the quote found separately, accepted when the span length is plausible. */
function matchHeadTail(text: string, exact: string, hint?: TextPositionSelector): QuoteMatch | null {
  if (exact.length < EDGE * 2) return null;
  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const target = hint?.start ?? 0;
  let best: QuoteMatch | null = null;
  for (const start of occurrences(text, head)) {
    const tailAt = text.indexOf(tail, start + EDGE);
    if (tailAt === -1) continue;
    const end = tailAt + EDGE;
    const ratio = (end - start) / exact.length;
    if (ratio < 0.7 || ratio > 1.3) continue;
    const score = 0.3 * (1 - Math.abs(1 - ratio));
    if (!best || Math.abs(start - target) < Math.abs(best.start - target)) {
      best = { start, end, score, kind: 'fuzzy' };
    }
  }
  return best;
}
