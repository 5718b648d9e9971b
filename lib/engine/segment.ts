// Sentence segmentation of article text: one linear scan, no regex over the whole input.
// compromise's own splitter is accurate but far too slow on a whole article, so this follows its
// rules (abbreviations, initials, decimals, quotes, ellipses) in a single pass over the characters.
import type { Sentence } from './types';

/** Words that end with a period without ending the sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt ' +
    'inc ltd co corp llc plc bros dept univ assn est approx vs v etc al cf ca viz fig figs no nos vol vols ' +
    'pp p ed eds op jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);
/** Abbreviations that do end the sentence when a capitalised word follows ("… and so on, etc. The …"). */
const SOFT_ABBREVIATIONS = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc']);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '*']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f']);

const QUOTE_CLOSERS = new Set(['"', '\u201d', '\u2019', "'"]);
/** A speaker tag after a closing quote: "Vermeer said.", "Jane Doe told reporters.", "said Doe." */
const SPEAKER_TAG =
  /^(?:(?:[A-Z][\w'\u2019-]+ ){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|argued|argues)\b|(?:Said|Asked|Added|He said|She said|They said)\b)/;

function isSpace(c: string): boolean {
  return (
    c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\f' || c === '\u2009' || c === '\u202f'
  );
}
function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The word just before a period at `dot` (letters, digits, dots, hyphens), at most 24 characters back. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  const stop = Math.max(0, dot - 24);
  while (i > stop) {
    const c = text[i - 1]!;
    if (isSpace(c) || c === '\n' || c === '(' || c === '"' || c === '\u201c' || c === '\u2018') break;
    i--;
  }
  return text.slice(i, dot);
}

/**
 * Whether a period at `dot`, followed by whitespace and then `next`, ends a sentence.
 * Abbreviations, initials ("J. R. Smith") and dotted acronyms ("U.S.") do not, unless what follows
 * reads like a new sentence.
 */
function periodEnds(text: string, dot: number, next: string, start: number): boolean {
  const word = wordBefore(text, dot);
  // a list number ("1. First item") at the start of a sentence
  if (/^\d{1,3}$/.test(word) && text.slice(start, dot - word.length).trim() === '') return false;
  const bare = word.replace(/^[^A-Za-z0-9]+/, '');
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return SOFT_ABBREVIATIONS.has(lower) && !isLower(next) && !isDigit(next);
  // e.g. / i.e. / U.S. / a.m.: letters separated by dots
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return false;
  // an initial: a single capital letter ("John F. Kennedy")
  if (/^[A-Z]$/.test(bare)) return false;
  return true;
}

/**
 * Splits `text` into sentences with offsets into `text`. Newlines always end a sentence; so do
 * . ! ? … followed (after any closing quotes or brackets) by whitespace and a word that does not
 * start in lower case. Linear in the length of the input.
 */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;

  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && (isSpace(text[a]!) || text[a] === '\n')) a++;
    while (b > a && (isSpace(text[b - 1]!) || text[b - 1] === '\n')) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };

  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    // swallow a run of terminators ("?!", "...") and then closing quotes/brackets
    let j = i;
    while (j < n && (TERMINATORS.has(text[j]!) || text[j] === '.')) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    // CJK full stops end a sentence without needing whitespace
    if (c === '\u3002' || c === '\uff01' || c === '\uff1f') {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k]!)) k++;
    if (k === j && k < n) {
      // no whitespace after the mark: a decimal, a URL, "a16z.com", "?!" inside a word
      i = j;
      continue;
    }
    if (k >= n || text[k] === '\n') {
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    const next = text[k]!;
    let ends = !isLower(next);
    // "...," and "?,": punctuation continuing the sentence
    if (
      next === ',' ||
      next === ';' ||
      next === ':' ||
      next === '-' ||
      next === '\u2013' ||
      next === '\u2014'
    ) {
      ends = false;
    }
    if (ends && c === '.' && j - i === 1) ends = periodEnds(text, i, next, start);
    // a quotation ending in ? or ! keeps its speaker tag: "…?” Vermeer said." is one sentence
    if (ends && c !== '.' && j > i + 1 && QUOTE_CLOSERS.has(text[j - 1]!))
      ends = !SPEAKER_TAG.test(text.slice(k, k + 60));
    if (ends) {
      push(start, j);
      start = j;
    }
    i = j;
  }
  push(start, n);
  return out;
}

/** A sentence's text as a reader sees it: runs of whitespace collapsed to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
