// An annotated article as it is saved and exported: each claim keeps what it says (a text-quote
// selector with 32 characters of context either side) and where it was (a text-position
// selector), the W3C Web Annotation pair, so it re-anchors after the page changes.
import type { ArticleRecord, Claim, SavedClaim, TextQuoteSelector } from './types';

/** Context kept either side of a quote: enough to tell repeated sentences apart. */
export const QUOTE_CONTEXT = 32;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

export function saveClaim(text: string, claim: Claim): SavedClaim {
  return {
    ...claim,
    quote: quoteSelector(text, claim.start, claim.end),
    position: { start: claim.start, end: claim.end },
  };
}

/** The record's key: the URL without its fragment, so #comments and #top are one article. */
export function canonicalUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export interface RecordInput {
  url: string;
  title: string;
  /** The article text the claims' offsets point into. */
  text: string;
  claims: readonly Claim[];
  /** Injected so records are reproducible in tests; defaults to now. */
  savedAt?: Date;
}

export function buildArticleRecord(input: RecordInput): ArticleRecord {
  return {
    url: canonicalUrl(input.url),
    title: input.title,
    site: siteOf(input.url),
    savedAt: (input.savedAt ?? new Date()).toISOString(),
    claims: input.claims.map((claim) => saveClaim(input.text, claim)),
  };
}
