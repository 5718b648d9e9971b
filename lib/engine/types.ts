// The engine's vocabulary, shared by every layer. Field names follow ../shared/spec/claims.md
// and the CLI contract in design.md, so a Claim serialises straight to the CLI's JSON.

export const CATEGORIES = ['moat', 'consolidation', 'open_source_parity'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The two directions each category can take; the first is the "positive" pole. */
export const DIRECTIONS = {
  moat: ['strengthening', 'eroding'],
  consolidation: ['concentrating', 'fragmenting'],
  open_source_parity: ['closing', 'lagging'],
} as const satisfies Record<Category, readonly [string, string]>;
export type Direction = (typeof DIRECTIONS)[Category][number];

export interface Label {
  category: Category;
  direction: Direction;
}

export const CERTAINTIES = ['asserted', 'hedged', 'conditional', 'question'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** A sentence of the article text; `start`/`end` are UTF-16 offsets into that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Claim {
  /** Stable within one article: derived from the sentence's offset and text. */
  id: string;
  text: string;
  start: number;
  end: number;
  labels: Label[];
  certainty: Certainty;
  /** The source the sentence credits, as named in the text; null when the writer asserts it. */
  attribution: string | null;
  /** Organisations, models and groups named in the sentence, normalised ("Meta's" → "Meta"). */
  actors: string[];
  /** 0..1: how strongly the rules that fired support the sentence being a claim. */
  score: number;
  /** Ids of the rules that fired, so the UI can say why this is a claim. */
  rules: string[];
}

export type Relation = 'corroborates' | 'contradicts';

export interface Link {
  from: string;
  to: string;
  relation: Relation;
  category: Category;
  /** Grows with the actors the two claims share; 0..1. */
  strength: number;
}

export interface AnnotateResult {
  claims: Claim[];
  links: Link[];
}

/** W3C Web Annotation selectors, kept with each saved claim so it re-anchors by what it says. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}
/** Offsets into the article text produced by extraction (lib/dom), not the whole document. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface SavedClaim extends Claim {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** One annotated article as stored locally and as exported. */
export interface ArticleRecord {
  /** Canonical page URL (fragment removed); also the record's key. */
  url: string;
  title: string;
  /** Host name shown to readers, e.g. "www.example.com". */
  site: string;
  /** ISO 8601 time the article was last annotated. */
  savedAt: string;
  claims: SavedClaim[];
}
