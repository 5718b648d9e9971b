// The page side of reading, as one coordinator (hypothesis's annotator/guest.ts plays this role):
//   settings check → cheap article check → extraction → engine (in the background) → anchoring →
//   painting in time slices (the background saves the record when it annotates).
// Every pass carries a generation number and an AbortSignal: a newer pass (mutation, navigation,
// settings change) or the script's invalidation makes older ones stop at their next await, so
// two passes never paint over each other (hypothesis/h#2651).
import { buildArticleRecord, quoteSelector } from '../engine/record';
import {
  type AnnotateResult,
  type ArticleRecord,
  CATEGORIES,
  type Category,
  type Claim,
} from '../engine/types';
import type { PageState, ReplyOf, Request, RequestOf } from '../messages';
import { isActiveOn, type Settings } from '../settings';
import { rangesFor, reanchor } from './anchor';
import { createHighlighter, type Highlighter, type PaintItem } from './highlight';
import { colourCss, createStyleLayer, MANIFEST_COLOURS, type StyleLayer, schemeOf } from './highlight-style';
import { TimeSlicer } from './schedule';
import { isIntact } from './textmap';
import type { TextMap } from './types';

export interface Extraction {
  isProbablyArticle(doc: Document): boolean;
  extractArticle(doc: Document): TextMap | null;
  /** The same, yielding between stages via `pause` (see extract.ts); extractArticle when absent. */
  extractArticleInSlices?(doc: Document, pause: () => Promise<boolean>): Promise<TextMap | null>;
}

/** Sends a request to the background and resolves with its unwrapped reply (rejects on error). */
export type Send = <T extends Request['type']>(request: RequestOf<T>) => Promise<ReplyOf<T>>;

export interface ReaderOptions {
  doc: Document;
  /** The content script's lifetime (WXT ctx.signal). */
  signal: AbortSignal;
  extraction: Extraction;
  send: Send;
  settings: Settings;
}

/** What the engine said about the text last painted, kept so highlights return without it. */
interface Annotated extends AnnotateResult {
  text: string;
}

/** Claims painted per slice before the budget is checked; anchoring one costs microseconds. */
const CHUNK = 10;
/** Times the text may change under one pass before it paints what it has. */
const MAX_RETRIES = 2;
/**
 * Cheap re-checks of a page judged not an article, as content arrives: enough for an article a
 * script renders late, then the page is left alone until it navigates.
 */
const MAX_LATE_CHECKS = 5;

export class Reader {
  private readonly doc: Document;
  /** Made on first paint: a page with nothing to show gets no highlights registered at all. */
  private painter: Highlighter | null = null;
  private readonly styles: StyleLayer;
  private settings: Settings;
  private state: PageState;
  /** pageState()'s answer until the state changes: callers only read it (messages clone it). */
  private snapshot: PageState | null = null;
  private map: TextMap | null = null;
  private annotated: Annotated | null = null;
  private generation = 0;
  private pass: AbortController | null = null;
  /** The tab's own show/hide switch (keyboard command), independent of the settings. */
  private shown = true;
  private focused: string | null = null;
  /** Mutations arrived during a pass; looked at again when it ends. */
  private dirty = false;
  private lateChecks = 0;
  private version = 0;
  /** The root being read while the engine runs, so mutations inside it mark the pass dirty. */
  private pendingRoot: Element | null = null;

  constructor(private readonly options: ReaderOptions) {
    this.doc = options.doc;
    this.settings = options.settings;
    this.styles = createStyleLayer(this.doc);
    this.state = this.freshState('idle');
    options.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  // ── Queries ────────────────────────────────────────────────────────────────────────────────

  /** Changes whenever pageState() would answer differently (see the get-page-version message). */
  pageVersion(): number {
    return this.version;
  }

  private setState(state: PageState): void {
    this.state = state;
    this.snapshot = null;
    this.version++;
  }

  /** The state as the side panel sees it; the same object until it changes (do not modify it). */
  pageState(): PageState {
    this.snapshot ??= {
      ...this.state,
      claims: [...this.state.claims],
      links: [...this.state.links],
      focused: this.focused,
    };
    return this.snapshot;
  }

  private get highlighter(): Highlighter {
    this.painter ??= createHighlighter(this.doc);
    return this.painter;
  }

  /** The current article root, for the mutation watcher. */
  articleRoot(): Element | null {
    return this.map?.root ?? this.pendingRoot;
  }

  /** Whether page mutations are worth looking at now (see MAX_LATE_CHECKS). */
  watching(): boolean {
    if (this.state.status === 'disabled') return false;
    return this.state.status !== 'not-article' || this.lateChecks < MAX_LATE_CHECKS;
  }

  isOwnNode(node: Node): boolean {
    return node.nodeName === 'MARK' && (node as Element).hasAttribute('data-claimscope');
  }

  private get active(): boolean {
    return isActiveOn(this.settings, this.doc.location?.hostname ?? '');
  }

  private freshState(status: PageState['status']): PageState {
    const loc = this.doc.location;
    return {
      url: loc?.href ?? '',
      title: this.doc.title,
      site: loc?.hostname ?? '',
      status,
      claims: [],
      links: [],
      counts: { moat: 0, consolidation: 0, open_source_parity: 0 },
    };
  }

  // ── Scanning ───────────────────────────────────────────────────────────────────────────────

  /** Starts a new pass, superseding any running one; resolves with the state it ends in. */
  async scan(): Promise<PageState> {
    const { signal, generation } = this.beginPass();
    this.unpaint();
    this.annotated = null;
    this.map = null;
    this.pendingRoot = null;
    if (!this.active) return this.finish(generation, this.freshState('disabled'));
    const { extraction, send } = this.options;
    if (!extraction.isProbablyArticle(this.doc))
      return this.finish(generation, this.freshState('not-article'));

    this.setState(this.freshState('scanning'));
    try {
      // Each stage of a long article's first reading is a task of its own (≤ the slice budget
      // where it can be), and so is sending its text.
      const slicer = new TimeSlicer(signal);
      const pause = () => slicer.checkpoint();
      let map = extraction.extractArticleInSlices
        ? await extraction.extractArticleInSlices(this.doc, pause)
        : extraction.extractArticle(this.doc);
      if (signal.aborted) return this.pageState();
      for (let attempt = 0; ; attempt++) {
        if (!map) return this.finish(generation, this.freshState('not-article'));
        this.pendingRoot = map.root;
        if (!(await pause())) return this.pageState();
        const result = await send({
          type: 'annotate',
          text: map.text,
          url: this.state.url,
          title: this.state.title,
          save: true,
        });
        if (signal.aborted) return this.pageState();
        // The page may have changed while the engine ran: offsets are only good for the same text.
        // Checking the mapped nodes costs a string compare each; a full extraction (tens of ms on a
        // long article) only when they changed. Text added between them arrives as a mutation
        // (the watcher sees the pending root) and is compared once this pass ends.
        if (!isIntact(map)) {
          const now = extraction.extractArticle(this.doc);
          if (now?.text !== map.text && attempt < MAX_RETRIES) {
            map = now;
            continue;
          }
          if (now) map = now;
        }
        this.map = map;
        this.annotated = { ...result, text: map.text };
        break;
      }
      await this.paint(this.map, this.annotated.claims, signal);
      if (signal.aborted) return this.pageState();
      return this.finish(generation, this.doneState(this.annotated));
    } catch (error) {
      if (signal.aborted) return this.pageState();
      const failed = this.freshState('error');
      failed.error = error instanceof Error ? error.message : String(error);
      return this.finish(generation, failed);
    }
  }

  private beginPass(): { signal: AbortSignal; generation: number } {
    this.pass?.abort();
    const pass = new AbortController();
    this.pass = pass;
    // The pass also ends with the script.
    if (this.options.signal.aborted) pass.abort();
    else
      this.options.signal.addEventListener('abort', () => pass.abort(), { once: true, signal: pass.signal });
    return { signal: pass.signal, generation: ++this.generation };
  }

  private finish(generation: number, state: PageState): PageState {
    if (generation === this.generation) {
      this.setState(state);
      if (this.dirty) {
        this.dirty = false;
        // Let the caller's await settle first; the check itself is cheap when nothing changed.
        setTimeout(() => void this.onMutation(), 0);
      }
    }
    return this.pageState();
  }

  private doneState(annotated: AnnotateResult): PageState {
    const state = this.freshState('done');
    state.claims = annotated.claims;
    state.links = annotated.links;
    for (const claim of annotated.claims) {
      for (const category of categoriesOf(claim)) state.counts[category]++;
    }
    return state;
  }

  /** This page's claims as a saved record (quotes with context), or null before a finished scan. */
  record(): ArticleRecord | null {
    const annotated = this.annotated;
    if (!annotated || this.state.status !== 'done') return null;
    return buildArticleRecord({
      url: this.state.url,
      title: this.state.title,
      text: annotated.text,
      claims: annotated.claims,
    });
  }

  // ── Painting ───────────────────────────────────────────────────────────────────────────────

  /**
   * Anchor claims a chunk at a time (yielding whenever a slice's budget is spent), then hand every
   * range to the highlighter at once. Chromium re-validates all of a page's highlight ranges on
   * each change to any Highlight, so ranges added over several frames cost the whole set's
   * rendering in every one of them; one add costs it once.
   */
  private async paint(map: TextMap, claims: readonly Claim[], signal: AbortSignal): Promise<void> {
    // Nothing to show: leave the page's styles alone (a new stylesheet restyles the whole page).
    if (claims.length === 0) return;
    if (this.applyLook(map)) {
      // Let the page restyle for the new colours in a frame of its own, before the ranges arrive.
      await nextFrame(this.doc);
      if (signal.aborted) return;
    }
    const slicer = new TimeSlicer(signal);
    const items: PaintItem[] = [];
    for (let i = 0; i < claims.length; i += CHUNK) {
      if (!(await slicer.checkpoint())) return;
      for (const claim of claims.slice(i, i + CHUNK)) {
        const categories = categoriesOf(claim);
        if (categories.length === 0) continue;
        items.push({ id: claim.id, categories, ranges: rangesFor(map, claim.start, claim.end) });
      }
    }
    // The page may have changed during a yield; ranges then follow the DOM as live Ranges do.
    if (signal.aborted) return;
    this.highlighter.add(items);
  }

  /** Colours for the page's scheme and the categories that are on; true when the colours changed. */
  private applyLook(map: TextMap | null): boolean {
    const scheme = map ? schemeOf(map.root) : 'light';
    const colours: Partial<Record<Category, string>> = {};
    for (const category of CATEGORIES) colours[category] = this.settings.colours[category]?.[scheme];
    const changed = this.styles.set(colourCss(colours, scheme === 'light' ? MANIFEST_COLOURS : {}));
    const visible = new Set(CATEGORIES.filter((c) => this.shown && this.settings.categories[c]));
    this.highlighter.show(visible);
    return changed;
  }

  private unpaint(): void {
    this.painter?.clear();
    this.setFocused(null);
  }

  /** The focused claim is part of the page state: a change is a new version, so the panel follows. */
  private setFocused(id: string | null): void {
    if (id === this.focused) return;
    this.focused = id;
    this.snapshot = null;
    this.version++;
  }

  /**
   * Paint the claims we already have on today's DOM, without the engine: the same text maps
   * offsets straight through; changed text re-anchors each claim by its quote.
   */
  private async restore(): Promise<PageState> {
    const annotated = this.annotated;
    const map = this.options.extraction.extractArticle(this.doc);
    if (!annotated || !map) return this.scan();
    const { signal, generation } = this.beginPass();
    this.unpaint();
    let claims = annotated.claims;
    if (map.text !== annotated.text) {
      claims = [];
      for (const claim of annotated.claims) {
        const quote = quoteSelector(annotated.text, claim.start, claim.end);
        const found = reanchor(map, quote, { start: claim.start, end: claim.end });
        if (found) claims.push({ ...claim, start: found.start, end: found.end });
      }
    }
    this.map = map;
    this.annotated = { ...annotated, claims, text: map.text };
    await this.paint(map, claims, signal);
    return this.finish(generation, this.doneState(this.annotated));
  }

  // ── Reacting to the page and the reader ───────────────────────────────────────────────────

  /** Mutations settled: re-scan only if the article's text changed, re-anchor if only nodes did. */
  async onMutation(): Promise<void> {
    if (!this.active) return;
    if (this.state.status === 'scanning') {
      this.dirty = true;
      return;
    }
    const { extraction } = this.options;
    if (!this.map) {
      // Not an article yet: a late-rendered one may have arrived.
      if (this.state.status !== 'not-article' || this.lateChecks >= MAX_LATE_CHECKS) return;
      this.lateChecks++;
      if (extraction.isProbablyArticle(this.doc)) await this.scan();
      return;
    }
    const now = extraction.extractArticle(this.doc);
    if (!now) {
      await this.scan();
      return;
    }
    if (now.text !== this.annotated?.text) await this.scan();
    else if (this.map.nodes.some((node) => !node.isConnected)) await this.restore();
  }

  /** In-page navigation (history.pushState): a different article, or none. */
  async onNavigation(): Promise<void> {
    this.lateChecks = 0;
    await this.scan();
  }

  async applySettings(next: Settings): Promise<void> {
    const before = this.settings;
    const wasActive = this.active;
    this.settings = next;
    const nowActive = this.active;
    if (!nowActive) {
      if (wasActive || this.state.status !== 'disabled') {
        this.beginPass(); // stops a pass in flight
        this.unpaint();
        this.setState({ ...this.freshState('disabled') });
      }
      return;
    }
    const groupsChanged = before.disabledGroups.join('\u0000') !== next.disabledGroups.join('\u0000');
    if (!wasActive) await (groupsChanged || !this.annotated ? this.scan() : this.restore());
    else if (groupsChanged) await this.scan();
    else this.applyLook(this.map);
  }

  /** Show or hide this tab's highlights; returns whether they are now shown. */
  toggle(): boolean {
    this.shown = !this.shown;
    this.applyLook(this.map);
    return this.shown;
  }

  /** Emphasise a claim and bring it into view; false when it is not painted. */
  focus(id: string): boolean {
    const range = this.highlighter.focus(id);
    this.setFocused(range ? id : null);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'center' });
    return true;
  }

  /** Move the focus to the next (1) or previous (-1) claim in reading order, wrapping around. */
  step(delta: 1 | -1): string | null {
    const visible = new Set(CATEGORIES.filter((c) => this.settings.categories[c]));
    const order = [...this.state.claims]
      .filter((c) => this.highlighter.has(c.id) && categoriesOf(c).some((cat) => visible.has(cat)))
      .sort((a, b) => a.start - b.start);
    if (order.length === 0) return null;
    const at = order.findIndex((c) => c.id === this.focused);
    const next =
      at === -1 ? (delta === 1 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
    const id = order[next]!.id;
    return this.focus(id) ? id : null;
  }

  dispose(): void {
    this.pass?.abort();
    this.unpaint();
    this.styles.remove();
  }
}

/**
 * After the page's next rendering: a timer queued from an animation frame runs once that frame
 * has been styled and painted. A hidden tab runs no frames, so a plain timer stands in after 100 ms.
 */
function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    const raf = doc.defaultView?.requestAnimationFrame;
    if (!raf) return;
    raf.call(doc.defaultView, () => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

function categoriesOf(claim: Claim): Category[] {
  return [...new Set(claim.labels.map((label) => label.category))];
}
