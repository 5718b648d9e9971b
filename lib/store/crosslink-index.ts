// Finding, for the claims of one page, the claims of OTHER saved articles they relate to
// (claims.md "Cross-references": a shared category; agreeing directions corroborate, opposing
// ones contradict; shared actors make the link stronger), fast enough for 10,000 saved articles.
//
// Scanning every saved claim for every claim on the page is ~100,000 × 30 comparisons. Instead
// the index keeps, per category, a posting list of entries (one per saved claim and category) for
// each actor key, and the entries of each category in time order:
// - a page claim's shared-actor count with every saved claim comes from walking the postings of
//   the actor keys that match its own (the same "one name inside the other" test as
//   sharedActors), counting each page actor at most once per entry: exactly sharedActors(a, b);
// - the strongest links are the highest counts (linkStrength grows with the count); ties go to
//   the more recently saved article; claims that share no actor fill up to the cap, newest first.
// The final links are made by relate() on the chosen pairs, so strengths are the library's own.
import { actorKey, linkStrength } from '../engine/link';
import type { Category, Claim, Direction } from '../engine/types';
import type { ArticleSummary } from './schema';

/** A chosen pair: page claim `from` with saved claim `claimId` of `url`, in `category`. */
export interface Candidate {
  from: Claim;
  url: string;
  claimId: string;
  category: Category;
  direction: Direction;
  shared: number;
  savedAtMs: number;
}

interface Entry {
  url: string;
  claimId: string;
  category: Category;
  direction: Direction;
  /** Actor keys, kept so the index can be compacted without reading the database again. */
  keys: string[];
  savedAtMs: number;
  alive: boolean;
}

interface CategoryIndex {
  postings: Map<string, number[]>;
  /** Entry ids in ascending savedAtMs while `sorted`; walked from the end for "newest first". */
  byTime: number[];
  sorted: boolean;
}

export const DEFAULT_CAP = 20;

export class CrossLinkIndex {
  private entries: Entry[] = [];
  private byUrl = new Map<string, number[]>();
  private categories = new Map<Category, CategoryIndex>();
  private dead = 0;
  // Scratch space reused across queries: per-entry counts, and stamps marking which entries the
  // current label (or the current page actor) has touched, so nothing is cleared between claims.
  private counts = new Int32Array(0);
  private labelStamp = new Int32Array(0);
  private actorStamp = new Int32Array(0);
  private stamp = 0;

  get size(): number {
    return this.byUrl.size;
  }

  private category(c: Category): CategoryIndex {
    let index = this.categories.get(c);
    if (!index) {
      index = { postings: new Map(), byTime: [], sorted: true };
      this.categories.set(c, index);
    }
    return index;
  }

  /** Adds or replaces one article's claims. */
  put(summary: ArticleSummary): void {
    this.remove(summary.url);
    const ids: number[] = [];
    for (const claim of summary.claims) {
      const keys = [...new Set(claim.actors.map(actorKey))];
      for (const [category, direction] of claim.labels) {
        const id = this.entries.length;
        this.entries.push({
          url: summary.url,
          claimId: claim.id,
          category,
          direction,
          keys,
          savedAtMs: summary.savedAtMs,
          alive: true,
        });
        ids.push(id);
        const index = this.category(category);
        for (const key of keys) {
          const list = index.postings.get(key);
          if (list) list.push(id);
          else index.postings.set(key, [id]);
        }
        const last = index.byTime[index.byTime.length - 1];
        if (last !== undefined && this.entries[last]!.savedAtMs > summary.savedAtMs) index.sorted = false;
        index.byTime.push(id);
      }
    }
    this.byUrl.set(summary.url, ids);
  }

  remove(url: string): void {
    const ids = this.byUrl.get(url);
    if (!ids) return;
    for (const id of ids) this.entries[id]!.alive = false;
    this.dead += ids.length;
    this.byUrl.delete(url);
    // Dead entries cost time in every walk: rebuild once they are half of the index.
    if (this.dead > 1000 && this.dead * 2 > this.entries.length) this.compact();
  }

  private compact(): void {
    const live = new Map<string, ArticleSummary>();
    for (const e of this.entries) {
      if (!e.alive) continue;
      let summary = live.get(e.url);
      if (!summary) {
        summary = { url: e.url, savedAtMs: e.savedAtMs, claims: [] };
        live.set(e.url, summary);
      }
      summary.claims.push({ id: e.claimId, labels: [[e.category, e.direction]], actors: e.keys });
    }
    this.entries = [];
    this.byUrl.clear();
    this.categories.clear();
    this.dead = 0;
    for (const summary of live.values()) this.put(summary);
  }

  private grow(): void {
    if (this.counts.length >= this.entries.length) return;
    const size = Math.max(1024, this.entries.length * 2);
    this.counts = new Int32Array(size);
    this.labelStamp = new Int32Array(size);
    this.actorStamp = new Int32Array(size);
  }

  /** Entries ids sorted newest first, for the zero-shared-actor fill. */
  private newestFirst(index: CategoryIndex): number[] {
    if (!index.sorted) {
      index.byTime = index.byTime.filter((id) => this.entries[id]!.alive);
      index.byTime.sort((a, b) => this.entries[a]!.savedAtMs - this.entries[b]!.savedAtMs || a - b);
      index.sorted = true;
    }
    return index.byTime;
  }

  /**
   * For each page claim, the `cap` saved claims of other articles it relates to most strongly.
   * `exclude` is the page's own URL: its saved copy is the same article, not another one.
   */
  query(exclude: string, claims: readonly Claim[], cap = DEFAULT_CAP): Candidate[] {
    this.grow();
    const out: Candidate[] = [];
    const matchCache = new Map<string, string[]>();
    for (const claim of claims) {
      const top: Candidate[] = [];
      const worst = () => top[top.length - 1]!;
      const better = (shared: number, savedAtMs: number, than: Candidate) =>
        shared > than.shared || (shared === than.shared && savedAtMs > than.savedAtMs);
      const offer = (c: Candidate) => {
        if (top.length >= cap && !better(c.shared, c.savedAtMs, worst())) return;
        let i = top.length;
        while (i > 0 && better(c.shared, c.savedAtMs, top[i - 1]!)) i--;
        top.splice(i, 0, c);
        if (top.length > cap) top.pop();
      };
      const pageKeys = claim.actors.map(actorKey);
      for (const label of claim.labels) {
        const index = this.categories.get(label.category);
        if (!index) continue;
        const labelStamp = ++this.stamp;
        const touched: number[] = [];
        for (const q of pageKeys) {
          const actorStamp = ++this.stamp;
          const cacheKey = `${label.category}\u0000${q}`;
          let keys = matchCache.get(cacheKey);
          if (!keys) {
            keys = [];
            for (const k of index.postings.keys())
              if (k === q || k.includes(q) || q.includes(k)) keys.push(k);
            matchCache.set(cacheKey, keys);
          }
          for (const k of keys) {
            for (const id of index.postings.get(k)!) {
              if (this.actorStamp[id] === actorStamp) continue;
              this.actorStamp[id] = actorStamp;
              if (this.labelStamp[id] !== labelStamp) {
                this.labelStamp[id] = labelStamp;
                this.counts[id] = 0;
                touched.push(id);
              }
              this.counts[id]!++;
            }
          }
        }
        const candidate = (id: number, shared: number): Candidate => {
          const e = this.entries[id]!;
          return {
            from: claim,
            url: e.url,
            claimId: e.claimId,
            category: label.category,
            direction: e.direction,
            shared,
            savedAtMs: e.savedAtMs,
          };
        };
        for (const id of touched) {
          const e = this.entries[id]!;
          if (!e.alive || e.url === exclude) continue;
          const shared = this.counts[id]!;
          if (top.length < cap || better(shared, e.savedAtMs, worst())) offer(candidate(id, shared));
        }
        // Claims sharing only the category still relate (strength linkStrength(0)): newest first.
        const order = this.newestFirst(index);
        for (let i = order.length - 1; i >= 0; i--) {
          const id = order[i]!;
          const e = this.entries[id]!;
          if (top.length >= cap && !better(0, e.savedAtMs, worst())) break;
          if (!e.alive || e.url === exclude || this.labelStamp[id] === labelStamp) continue;
          offer(candidate(id, 0));
        }
      }
      out.push(...top);
    }
    return out;
  }
}

/** The strength a candidate's link will have: what relate() computes for the same pair. */
export const candidateStrength = (c: Candidate): number => linkStrength(c.shared);
