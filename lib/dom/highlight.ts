// Painting claims on the page. Where the browser has the CSS Custom Highlight API (Chrome 105+,
// Firefox 140+) the page's DOM is never touched: ranges go into one `Highlight` per category in
// `CSS.highlights` (names fixed by design.md), styled by `::highlight(claimscope-…)` rules shipped as
// the content script's manifest CSS. Elsewhere, pieces are wrapped in <mark data-claimscope>
// elements, each wrap recorded so clear() puts the text nodes back as they were.
import { CATEGORIES, type Category } from '../engine/types';

export const HIGHLIGHT_NAMES: Record<Category, string> = {
  moat: 'claimscope-moat',
  consolidation: 'claimscope-consolidation',
  open_source_parity: 'claimscope-open_source_parity',
};
export const FOCUS_HIGHLIGHT = 'claimscope-focus';

export interface PaintItem {
  id: string;
  categories: readonly Category[];
  ranges: readonly Range[];
}

export interface Highlighter {
  readonly mode: 'css' | 'mark';
  /** Paint claims; painting an id again replaces its earlier paint (so running twice is a no-op). */
  add(items: readonly PaintItem[]): void;
  /** Show only these categories; hidden ones keep their ranges and come back without re-anchoring. */
  show(categories: ReadonlySet<Category>): void;
  /** Emphasise one claim (null: none); returns its first range, for scrolling, or null. */
  focus(id: string | null): Range | null;
  has(id: string): boolean;
  /** Remove everything this highlighter painted. */
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const view = doc.defaultView;
  const registry = view?.CSS?.highlights;
  const HighlightCtor = (view as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (registry && HighlightCtor) return new CssHighlighter(registry, HighlightCtor);
  return new MarkHighlighter(doc);
}

class CssHighlighter implements Highlighter {
  readonly mode = 'css';
  private readonly items = new Map<string, PaintItem>();
  private readonly byCategory: Record<Category, Highlight>;
  /** Made and registered on the first focus: most readings never focus a claim. */
  private focusLayer: Highlight | null = null;
  private visible: ReadonlySet<Category> = new Set(CATEGORIES);

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly Ctor: typeof Highlight,
  ) {
    this.byCategory = {
      moat: new Ctor(),
      consolidation: new Ctor(),
      open_source_parity: new Ctor(),
    };
    this.register();
  }

  /**
   * (Re)claim our names; a previous instance of the script may have left its own objects there.
   * Only names that are not already ours are set: each set invalidates the page's highlight
   * painting, and this runs on every paint and settings change.
   */
  private register(): void {
    for (const category of CATEGORIES) {
      const name = HIGHLIGHT_NAMES[category];
      const ours = this.registry.get(name) === this.byCategory[category];
      if (this.visible.has(category)) {
        if (!ours) this.registry.set(name, this.byCategory[category]);
      } else if (ours) this.registry.delete(name);
    }
    if (this.focusLayer && this.registry.get(FOCUS_HIGHLIGHT) !== this.focusLayer)
      this.registry.set(FOCUS_HIGHLIGHT, this.focusLayer);
  }

  add(items: readonly PaintItem[]): void {
    for (const item of items) {
      this.remove(item.id);
      this.items.set(item.id, item);
      for (const category of item.categories) {
        for (const range of item.ranges) this.byCategory[category].add(range);
      }
    }
    // A registry emptied by a page (or by clear()) gets our layers back on the next paint.
    this.register();
  }

  private remove(id: string): void {
    const old = this.items.get(id);
    if (!old) return;
    for (const category of old.categories) {
      for (const range of old.ranges) this.byCategory[category].delete(range);
    }
    for (const range of old.ranges) this.focusLayer?.delete(range);
    this.items.delete(id);
  }

  show(categories: ReadonlySet<Category>): void {
    this.visible = new Set(categories);
    this.register();
  }

  focus(id: string | null): Range | null {
    this.focusLayer?.clear();
    const item = id === null ? undefined : this.items.get(id);
    if (!item) return null;
    if (!this.focusLayer) {
      this.focusLayer = new this.Ctor();
      // Above every category, so the focused claim stands out where two categories overlap.
      this.focusLayer.priority = 1;
      this.register();
    }
    for (const range of item.ranges) this.focusLayer.add(range);
    return item.ranges[0] ?? null;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  clear(): void {
    this.items.clear();
    for (const category of CATEGORIES) {
      this.byCategory[category].clear();
      const name = HIGHLIGHT_NAMES[category];
      if (this.registry.get(name) === this.byCategory[category]) this.registry.delete(name);
    }
    this.focusLayer?.clear();
    if (this.focusLayer && this.registry.get(FOCUS_HIGHLIGHT) === this.focusLayer)
      this.registry.delete(FOCUS_HIGHLIGHT);
  }
}

/** One wrapped piece: the <mark> and the text nodes splitText created around it. */
interface Wrap {
  mark: HTMLElement;
  created: Text[];
}

/**
 * Fallback for browsers without CSS.highlights. Marks are built with createElement and text-node
 * moves only (never markup), and each wrap is undone in reverse order, re-joining split nodes so
 * the page's own references to its text nodes stay valid.
 */
class MarkHighlighter implements Highlighter {
  readonly mode = 'mark';
  private readonly wraps = new Map<string, Wrap[]>();
  private readonly categoriesOf = new Map<string, readonly Category[]>();
  private visible: ReadonlySet<Category> = new Set(CATEGORIES);
  private focused: string | null = null;

  constructor(private readonly doc: Document) {}

  add(items: readonly PaintItem[]): void {
    for (const item of items) this.unwrap(item.id);
    // Collect every piece before splitting anything, then wrap from the end of the document
    // backwards: splitText only moves text after the split point, so offsets not yet used stay
    // right without relying on live-Range bookkeeping.
    const pending: { item: PaintItem; piece: TextPiece }[] = [];
    for (const item of items) {
      for (const range of item.ranges) for (const piece of textPieces(range)) pending.push({ item, piece });
    }
    pending.sort((a, b) => compareDocumentOrder(b.piece, a.piece));
    const wrapsOf = new Map<string, Wrap[]>(items.map((item) => [item.id, []]));
    for (const { item, piece } of pending) wrapsOf.get(item.id)!.unshift(this.wrapPiece(piece, item));
    for (const item of items) {
      this.wraps.set(item.id, wrapsOf.get(item.id)!);
      this.categoriesOf.set(item.id, item.categories);
    }
  }

  private wrapPiece(piece: TextPiece, item: PaintItem): Wrap {
    const created: Text[] = [];
    let node = piece.node;
    if (piece.end < node.data.length) created.push(node.splitText(piece.end));
    if (piece.start > 0) {
      node = node.splitText(piece.start);
      created.push(node);
    }
    const mark = this.doc.createElement('mark');
    mark.dataset.claimscope = item.categories.join(' ');
    mark.dataset.claimscopeId = item.id;
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    this.style(mark, item.id, item.categories);
    return { mark, created };
  }

  private style(mark: HTMLElement, id: string, categories: readonly Category[]): void {
    const shown = categories.some((c) => this.visible.has(c));
    // A hidden category keeps its <mark> (cheap to show again) but paints nothing.
    if (shown) delete mark.dataset.claimscopeHidden;
    else mark.dataset.claimscopeHidden = 'true';
    if (this.focused === id) mark.dataset.claimscopeFocus = 'true';
    else delete mark.dataset.claimscopeFocus;
  }

  private unwrap(id: string): void {
    const wraps = this.wraps.get(id);
    if (!wraps) return;
    for (const { mark, created } of [...wraps].reverse()) {
      const parent = mark.parentNode;
      if (parent) {
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
      // Join the split-off nodes back into the text node they came from.
      for (const text of [...created].reverse()) {
        const prev = text.previousSibling;
        if (prev && prev.nodeType === 3 /* TEXT_NODE */) {
          (prev as Text).appendData(text.data);
          text.remove();
        }
      }
    }
    this.wraps.delete(id);
    this.categoriesOf.delete(id);
  }

  show(categories: ReadonlySet<Category>): void {
    this.visible = new Set(categories);
    this.restyle();
  }

  private restyle(): void {
    for (const [id, wraps] of this.wraps) {
      const categories = this.categoriesOf.get(id) ?? [];
      for (const { mark } of wraps) this.style(mark, id, categories);
    }
  }

  focus(id: string | null): Range | null {
    this.focused = id;
    this.restyle();
    const first = id === null ? undefined : this.wraps.get(id)?.[0];
    if (!first) return null;
    const range = this.doc.createRange();
    range.selectNodeContents(first.mark);
    return range;
  }

  has(id: string): boolean {
    return this.wraps.has(id);
  }

  clear(): void {
    for (const id of [...this.wraps.keys()].reverse()) this.unwrap(id);
    this.focused = null;
  }
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** Negative when `a` comes before `b` in the document. */
function compareDocumentOrder(a: TextPiece, b: TextPiece): number {
  if (a.node === b.node) return a.start - b.start;
  // 4 = DOCUMENT_POSITION_FOLLOWING: b follows a.
  return a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1;
}

/** The text-node stretches a Range covers. */
function textPieces(range: Range): TextPiece[] {
  const pieces: TextPiece[] = [];
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    if (endOffset > startOffset)
      pieces.push({ node: startContainer as Text, start: startOffset, end: endOffset });
    return pieces;
  }
  const doc = startContainer.ownerDocument ?? (startContainer as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === startContainer ? startOffset : 0;
    const end = node === endContainer ? endOffset : node.data.length;
    if (end > start && node.data.slice(start, end).trim() !== '') pieces.push({ node, start, end });
  }
  return pieces;
}
