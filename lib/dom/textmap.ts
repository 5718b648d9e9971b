// The article's text map: walk a subtree, keep the text a reader reads as the story, and remember
// where each text node's data sits in the joined string so engine offsets map back to the DOM.
// Read-only: the live page is never touched.
import { BLOCK_TAGS, isExcluded } from './boilerplate';
import type { TextMap } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface WalkOptions {
  /**
   * Only these children of the root are walked (an article split over sibling containers).
   * Absent: the whole root.
   */
  include?: ReadonlySet<Element>;
  /** Extra per-element veto, e.g. link-dense blocks judged by the root finder. */
  reject?: (el: Element) => boolean;
}

const WHITESPACE_ONLY = /^\s*$/;

/**
 * Walk `root` in document order and build its TextMap. The root itself is never judged (a caller
 * re-extracting a known article root after a mutation gets its text even if its class says "post").
 *
 * A hand-rolled walk over firstChild/nextSibling rather than a TreeWalker with a NodeFilter:
 * it skips rejected subtrees the same way, costs nothing per node beyond the visit, and behaves
 * identically in browsers and in linkedom (whose TreeWalker ignores filters).
 */
export function buildTextMap(root: Element, options: WalkOptions = {}): TextMap {
  const { include, reject } = options;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  // Separator owed before the next kept text: 0 none, 1 "\n" (<br>), 2 "\n\n" (block edge).
  let pending = 0;

  // A blank node inside a line is held back until text follows it on the same line, so the
  // source's indentation before a block edge never lands in the text.
  let heldBlank: Text | null = null;
  const push = (node: Text): void => {
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  };
  const emit = (node: Text): void => {
    // Whitespace between blocks is markup formatting, not text; inside a line it separates words.
    if (WHITESPACE_ONLY.test(node.data)) {
      if (length > 0 && pending === 0 && heldBlank === null) heldBlank = node;
      return;
    }
    if (pending > 0) {
      heldBlank = null;
      if (length > 0) {
        const sep = pending === 1 ? '\n' : '\n\n';
        parts.push(sep);
        length += sep.length;
      }
      pending = 0;
    } else if (heldBlank) {
      push(heldBlank);
      heldBlank = null;
    }
    push(node);
  };

  const accepts = (el: Element): boolean => !isExcluded(el) && !reject?.(el);

  let node: Node | null = root.firstChild;
  if (include) {
    // Skip leading children not in the article; the loop below handles later siblings.
    while (node && !(node.nodeType === ELEMENT_NODE && include.has(node as Element))) node = node.nextSibling;
  }
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      emit(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        if (length > 0) pending = Math.min(2, pending + 1);
      } else if (accepts(el)) {
        if (BLOCK_TAGS.has(tag) && length > 0) pending = 2;
        descend = el.firstChild !== null;
      } else if (BLOCK_TAGS.has(tag) && length > 0) {
        // A dropped block (ad, caption) still separates the paragraphs around it.
        pending = 2;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, closing blocks on the way up.
    while (node && node !== root) {
      const parent: Node | null = node.parentNode;
      let next: Node | null = node.nextSibling;
      if (include && parent === root) {
        while (next && !(next.nodeType === ELEMENT_NODE && include.has(next as Element))) {
          next = next.nextSibling;
        }
      }
      if (node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
        if (length > 0) pending = 2;
      }
      if (next) {
        node = next;
        break;
      }
      node = parent;
    }
    if (node === root) break;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/**
 * The DOM position of a text offset, by binary search over `starts`. An offset that falls in a
 * separator (between blocks) snaps to the start of the following node, or — for the end of a range,
 * `end: true` — to the end of the preceding one, so a range never spills into the dropped gap.
 * Returns null for an empty map.
 */
export function locate(map: TextMap, offset: number, end = false): { node: Text; offset: number } | null {
  const { nodes, starts } = map;
  const n = nodes.length;
  if (n === 0) return null;
  // Last i with starts[i] <= offset (for an end position: < offset, so a boundary belongs left).
  let lo = 0;
  let hi = n - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    if (end ? s < offset : s <= offset) {
      i = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (i < 0) return { node: nodes[0]!, offset: 0 };
  const node = nodes[i]!;
  const within = offset - starts[i]!;
  if (within <= node.data.length) return { node, offset: within };
  // In the separator after nodes[i].
  if (end || i + 1 >= n) return { node, offset: node.data.length };
  return { node: nodes[i + 1]!, offset: 0 };
}

/**
 * Whether `map` still describes the page: every mapped text node is in the document and holds the
 * text it held when mapped. One string comparison per node — far cheaper than extracting again,
 * which is what confirming the text after the engine's round trip used to cost. Text added between
 * mapped nodes is not seen here; the mutation watcher reports it.
 */
export function isIntact(map: TextMap): boolean {
  const { nodes, starts, text } = map;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!node.isConnected || !text.startsWith(node.data, starts[i]!)) return false;
  }
  return true;
}
