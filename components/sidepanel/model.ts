// The side panel's state as signals, and the logic that keeps it in step with the tab. The view
// (SidePanel.tsx) only reads these signals and calls the methods.
import { batch, computed, signal } from '@preact/signals';
import { actorKey } from '../../lib/engine/link';
import { CATEGORIES, type Category, type Claim, type Direction, type Link } from '../../lib/engine/types';
import type { ExportFormat } from '../../lib/export';
import type { CrossLink, PageState } from '../../lib/messages';
import { exportPage } from '../export-page';
import type { PanelApi } from './api';

export interface Filters {
  /** Categories shown; empty means all. */
  categories: Category[];
  direction: Direction | null;
  /** An actor key (see actorKey), or null for any. */
  actor: string | null;
}

export const NO_FILTERS: Filters = { categories: [], direction: null, actor: null };

/** Whether any filter narrows the list (an empty category list means every category). */
export function isFiltered(f: Filters): boolean {
  return f.categories.length > 0 || f.direction !== null || f.actor !== null;
}

export interface ClaimGroup {
  category: Category;
  claims: Claim[];
}

/** Whether a claim passes the filters, and under which of its categories it is listed. */
export function placeClaim(claim: Claim, f: Filters): Category | null {
  if (f.actor && !claim.actors.some((a) => actorKey(a) === f.actor)) return null;
  const label = claim.labels.find(
    (l) =>
      (f.categories.length === 0 || f.categories.includes(l.category)) &&
      (!f.direction || l.direction === f.direction),
  );
  return label ? label.category : null;
}

/** Claims grouped by category in a fixed order, each claim once, document order within a group. */
export function groupClaims(claims: readonly Claim[], f: Filters): ClaimGroup[] {
  const groups = new Map<Category, Claim[]>(CATEGORIES.map((c) => [c, []]));
  for (const claim of claims) {
    const category = placeClaim(claim, f);
    if (category) groups.get(category)!.push(claim);
  }
  return CATEGORIES.map((category) => ({ category, claims: groups.get(category)! })).filter(
    (g) => g.claims.length > 0,
  );
}

/** The actors named on the page, most mentioned first, for the actor filter. */
export function actorsOf(claims: readonly Claim[]): { key: string; name: string; count: number }[] {
  const byKey = new Map<string, { key: string; name: string; count: number }>();
  for (const claim of claims) {
    for (const name of new Set(claim.actors)) {
      const key = actorKey(name);
      const entry = byKey.get(key) ?? { key, name, count: 0 };
      entry.count++;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Links within the article that touch a claim, as (other claim, link), strongest first. */
export function linksOf(id: string, links: readonly Link[], claims: readonly Claim[]) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    links
      .filter((l) => l.from === id || l.to === id)
      .map((link) => ({ link, other: byId.get(link.from === id ? link.to : link.from) }))
      .filter((x): x is { link: Link; other: Claim } => x.other !== undefined)
      // Disagreements first at equal strength: they are what a reader most needs to see.
      .sort(
        (a, b) =>
          b.link.strength - a.link.strength ||
          Number(b.link.relation === 'contradicts') - Number(a.link.relation === 'contradicts'),
      )
  );
}

/** What changed enough to re-render: polling returns a fresh object each time. */
function signature(s: PageState): string {
  return JSON.stringify([s.url, s.status, s.error, s.claims.map((c) => c.id), s.links.length, s.focused]);
}

export type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unavailable'; error: string }
  | { kind: 'page'; state: PageState };

export class PanelModel {
  readonly tabId = signal<number | null>(null);
  readonly view = signal<View>({ kind: 'loading' });
  readonly crossLinks = signal<CrossLink[]>([]);
  readonly filters = signal<Filters>(NO_FILTERS);
  /** The claim last sent to the page or stepped to in it, shown as selected. */
  readonly selectedId = signal<string | null>(null);
  /** Polite announcements for screen readers (the live region). */
  readonly announcement = signal('');

  readonly state = computed(() => (this.view.value.kind === 'page' ? this.view.value.state : null));
  readonly claims = computed(() => this.state.value?.claims ?? []);
  readonly groups = computed(() => groupClaims(this.claims.value, this.filters.value));
  /** The visible claims in display order: the order keyboard navigation walks. */
  readonly order = computed(() => this.groups.value.flatMap((g) => g.claims));
  readonly actors = computed(() => actorsOf(this.claims.value));

  private lastSignature = '';
  /** The page version the shown state was read at (null: unknown, fetch on the next poll). */
  private lastVersion: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unlisten: (() => void) | undefined;
  private generation = 0;

  constructor(
    private readonly api: PanelApi,
    /** Poll interval: the content script has no push channel to the panel; a message is cheap. */
    private readonly pollMs = 1500,
  ) {}

  async start(): Promise<void> {
    this.unlisten = this.api.onTabChange((tabId) => void this.show(tabId));
    await this.show(await this.api.activeTab());
    if (this.pollMs > 0) {
      this.timer = setInterval(() => {
        // A closed sidebar or a hidden panel has no reader: skip the message until it shows again.
        if (typeof document === 'undefined' || !document.hidden) void this.poll();
      }, this.pollMs);
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    this.unlisten?.();
  }

  /** Switch to a tab (or re-read the same one after it navigated). */
  async show(tabId: number | null): Promise<void> {
    batch(() => {
      this.tabId.value = tabId;
      this.view.value = tabId === null ? { kind: 'no-tab' } : { kind: 'loading' };
      this.crossLinks.value = [];
      this.selectedId.value = null;
    });
    this.lastSignature = '';
    await this.refresh();
  }

  /** A periodic check: the whole state only when the page's version moved since the last one. */
  async poll(): Promise<void> {
    const tabId = this.tabId.value;
    if (tabId === null || !this.api.getPageVersion) return this.refresh();
    const generation = this.generation;
    const reply = await this.api.getPageVersion(tabId).catch(() => null);
    if (generation !== this.generation || tabId !== this.tabId.value) return;
    // An older content script (no such message) or an error: fall back to the full state.
    if (reply?.ok && this.lastSignature !== '' && reply.value === this.lastVersion) return;
    return this.refresh(reply?.ok ? reply.value : null);
  }

  /** Re-read the tab's state; `version` is the page version asked just before, if any. */
  async refresh(version: number | null = null): Promise<void> {
    const tabId = this.tabId.value;
    if (tabId === null) return;
    // Recorded before the state is asked: a change in between only makes the next poll fetch again.
    this.lastVersion = version;
    const generation = ++this.generation;
    let reply: Awaited<ReturnType<PanelApi['getPageState']>>;
    try {
      reply = await this.api.getPageState(tabId);
    } catch (error) {
      reply = { ok: false, error: String(error) };
    }
    // A newer refresh or a tab switch overtook this one: its answer is stale.
    if (generation !== this.generation || tabId !== this.tabId.value) return;
    if (!reply.ok) {
      if (this.view.value.kind !== 'unavailable')
        this.view.value = { kind: 'unavailable', error: reply.error };
      this.lastSignature = '';
      return;
    }
    this.apply(reply.value);
  }

  async rescan(): Promise<void> {
    const tabId = this.tabId.value;
    if (tabId === null) return;
    this.announcement.value = 'Reading the page again…';
    const reply = await this.api.rescan(tabId).catch((e) => ({ ok: false as const, error: String(e) }));
    if (reply.ok) this.apply(reply.value);
    else this.view.value = { kind: 'unavailable', error: reply.error };
  }

  private apply(state: PageState): void {
    const sig = signature(state);
    if (sig === this.lastSignature) return;
    const claimsChanged =
      JSON.stringify(this.claims.value.map((c) => c.id)) !== JSON.stringify(state.claims.map((c) => c.id));
    const focusMoved = (state.focused ?? null) !== (this.state.value?.focused ?? null);
    this.lastSignature = sig;
    batch(() => {
      this.view.value = { kind: 'page', state };
      // The reader stepped through claims with the page's shortcuts: the selection follows.
      if (focusMoved && state.focused && state.claims.some((c) => c.id === state.focused))
        this.selectedId.value = state.focused;
    });
    if (state.status === 'done') this.announcement.value = `${state.claims.length} claims on this page`;
    if (claimsChanged) void this.loadCrossLinks(state);
  }

  private async loadCrossLinks(state: PageState): Promise<void> {
    if (state.claims.length === 0) {
      this.crossLinks.value = [];
      return;
    }
    const reply = await this.api.crossLinks(state.url, state.claims).catch(() => null);
    // Cross-links are extra: when the store is unavailable the panel simply shows none.
    if (reply?.ok && this.state.value?.url === state.url) this.crossLinks.value = reply.value;
  }

  async focus(id: string): Promise<void> {
    const tabId = this.tabId.value;
    this.selectedId.value = id;
    if (tabId === null) return;
    const reply = await this.api
      .focusClaim(tabId, id)
      .catch((e) => ({ ok: false as const, error: String(e) }));
    if (!reply.ok || !reply.value.focused) {
      this.announcement.value = 'That claim could not be found in the page any more.';
    }
  }

  describeRule(id: string): string | undefined {
    return this.api.describeRule(id);
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters.value = { ...this.filters.value, ...patch };
    this.announcement.value = `${this.order.value.length} of ${this.claims.value.length} claims shown`;
  }

  /**
   * Saves the page's record with only the claims the filters show (all of them with no filter);
   * the file name says when it is a filtered selection. Returns the file name, or null if nothing
   * was saved.
   */
  async exportShown(format: ExportFormat): Promise<string | null> {
    const tabId = this.tabId.value;
    const state = this.state.value;
    const shown = this.order.value;
    if (tabId === null || !state || shown.length === 0) return null;
    const filtered = isFiltered(this.filters.value);
    const name = await exportPage(this.api, tabId, state, format, {
      claimIds: filtered ? new Set(shown.map((c) => c.id)) : undefined,
      scope: filtered ? `${state.site} filtered ${state.title}` : undefined,
    });
    this.announcement.value = `Saved ${name}`;
    return name;
  }

  toggleCategory(category: Category): void {
    const current = this.filters.value.categories;
    const next = current.includes(category) ? current.filter((c) => c !== category) : [...current, category];
    // Selecting all three is the same as no filter: keep it empty so new claims are not hidden.
    this.setFilters({ categories: next.length === CATEGORIES.length ? [] : next });
  }
}
