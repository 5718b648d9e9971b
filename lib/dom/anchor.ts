// Anchoring: engine offsets (into TextMap.text) ⇄ live DOM positions.
// The engine sees one string; the page has many text nodes with block separators between them
// that belong to no node. A claim therefore becomes one or more pieces, each inside one text node,
// and pieces that touch in the DOM are joined back into one Range per claim where possible.
import type { TextPositionSelector, TextQuoteSelector } from '../engine/types';
import { matchQuote, type QuoteMatch } from './match-quote';
import type { TextMap } from './types';

/** A stretch of one text node. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** Index of the last node whose text begins at or before `offset` (binary search on starts). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The text-node pieces covering [start, end) of `map.text`, in document order. Separators
 * between blocks fall outside every node and are skipped; empty pieces are dropped.
 */
export function piecesFor(map: TextMap, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  if (end <= start) return pieces;
  for (let i = Math.max(0, nodeIndexAt(map, start)); i < map.nodes.length; i++) {
    const node = map.nodes[i]!;
    const nodeStart = map.starts[i]!;
    if (nodeStart >= end) break;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    if (to > from) pieces.push({ node, start: from, end: to });
  }
  return pieces;
}

/**
 * True when nothing a reader sees lies between the end of `a` and the start of `b`: then one
 * Range can span both without painting text the article map skipped (an inline ad, a hidden
 * footnote marker).
 */
function touching(a: Piece, b: Piece): boolean {
  if (a.end !== a.node.data.length || b.start !== 0) return false;
  const doc = a.node.ownerDocument;
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = a.node;
  // Only a few nodes are ever between two pieces of one sentence; cap the walk anyway.
  for (let steps = 0; steps < 16; steps++) {
    const next = walker.nextNode();
    if (next === null) return false;
    if (next === b.node) return true;
    if ((next as Text).data.trim() !== '') return false;
  }
  return false;
}

/** Pieces as Ranges: one per run of touching pieces, so usually one per claim. */
export function rangesFor(map: TextMap, start: number, end: number): Range[] {
  const pieces = piecesFor(map, start, end);
  const ranges: Range[] = [];
  let run: Piece | null = null;
  let range: Range | null = null;
  for (const piece of pieces) {
    if (range && run && touching(run, piece)) {
      range.setEnd(piece.node, piece.end);
    } else {
      range = piece.node.ownerDocument.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, piece.end);
      ranges.push(range);
    }
    run = piece;
  }
  return ranges;
}

/** Where a saved claim is now, in `map.text` offsets, or null when it is gone. */
export function reanchor(
  map: TextMap,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): QuoteMatch | null {
  return matchQuote(map.text, quote, position);
}
