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

/** What a candidate needs once chosen; the hot loops read the typed columns instead. */
interface Entry {
  url: string;
  claimId: string;
  category: Category;
  direction: Direction;
  /** Actor keys, kept so the index can be compacted without reading the database again. */
  keys: string[];
}

interface CategoryIndex {
  postings: Map<string, number[]>;
  /** Entry ids in ascending time while `sorted`; walked from the end for "newest first". */
  byTime: number[];
  sorted: boolean;
}

export const DEFAULT_CAP = 20;

export class CrossLinkIndex {
  private entries: Entry[] = [];
  // Columns per entry, so ranking touches typed arrays rather than scattered objects.
  private time = new Float64Array(1024);
  private alive = new Uint8Array(1024);
  /** Which put() an entry came from: compared with the excluded page's put in one integer test. */
  private putOf = new Int32Array(1024);
  private puts = 0;
  private byUrl = new Map<string, { put: number; ids: number[] }>();
  private categories = new Map<Category, CategoryIndex>();
  private dead = 0;
  // Scratch space reused across queries: per-entry counts, and stamps marking which entries the
  // current label (or the current page actor) has touched, so nothing is cleared between claims.
  private counts = new Int32Array(1024);
  private labelStamp = new Int32Array(1024);
  private actorStamp = new Int32Array(1024);
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

  private ensureCapacity(n: number): void {
    if (n <= this.time.length) return;
    const size = Math.max(n, this.time.length * 2);
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.time = grow(this.time, (k) => new Float64Array(k));
    this.alive = grow(this.alive, (k) => new Uint8Array(k));
    this.putOf = grow(this.putOf, (k) => new Int32Array(k));
    this.counts = new Int32Array(size);
    this.labelStamp = new Int32Array(size);
    this.actorStamp = new Int32Array(size);
    this.stamp = 0;
  }

  /** Adds or replaces one article's claims. */
  put(summary: ArticleSummary): void {
    this.remove(summary.url);
    const put = ++this.puts;
    const ids: number[] = [];
    for (const claim of summary.claims) {
      const keys = [...new Set(claim.actors.map(actorKey))];
      for (const [category, direction] of claim.labels) {
        const id = this.entries.length;
        this.ensureCapacity(id + 1);
        this.entries.push({ url: summary.url, claimId: claim.id, category, direction, keys });
        this.time[id] = summary.savedAtMs;
        this.alive[id] = 1;
        this.putOf[id] = put;
        ids.push(id);
        const index = this.category(category);
        for (const key of keys) {
          const list = index.postings.get(key);
          if (list) list.push(id);
          else index.postings.set(key, [id]);
        }
        const last = index.byTime[index.byTime.length - 1];
        if (last !== undefined && this.time[last]! > summary.savedAtMs) index.sorted = false;
        index.byTime.push(id);
      }
    }
    this.byUrl.set(summary.url, { put, ids });
  }

  remove(url: string): void {
    const article = this.byUrl.get(url);
    if (!article) return;
    for (const id of article.ids) this.alive[id] = 0;
    this.dead += article.ids.length;
    this.byUrl.delete(url);
    // Dead entries cost time in every walk: rebuild once they are half of the index.
    if (this.dead > 1000 && this.dead * 2 > this.entries.length) this.compact();
  }

  private compact(): void {
    const live = new Map<string, ArticleSummary>();
    this.entries.forEach((e, id) => {
      if (!this.alive[id]) return;
      let summary = live.get(e.url);
      if (!summary) {
        summary = { url: e.url, savedAtMs: this.time[id]!, claims: [] };
        live.set(e.url, summary);
      }
      summary.claims.push({ id: e.claimId, labels: [[e.category, e.direction]], actors: e.keys });
    });
    this.entries = [];
    this.byUrl.clear();
    this.categories.clear();
    this.dead = 0;
    for (const summary of live.values()) this.put(summary);
  }

  /** Entry ids sorted by time (oldest first), for the zero-shared-actor fill. */
  private timeOrder(index: CategoryIndex): number[] {
    if (!index.sorted) {
      index.byTime = index.byTime.filter((id) => this.alive[id]);
      index.byTime.sort((a, b) => this.time[a]! - this.time[b]! || a - b);
      index.sorted = true;
    }
    return index.byTime;
  }

  /** Index keys that "one name inside the other" matches with page actor key `q`, as sharedActors does. */
  private matchingKeys(index: CategoryIndex, q: string): string[] {
    const keys: string[] = [];
    for (const k of index.postings.keys()) if (k === q || k.includes(q) || q.includes(k)) keys.push(k);
    return keys;
  }

  /**
   * For each page claim, the `cap` saved claims of other articles it relates to most strongly.
   * `exclude` is the page's own URL: its saved copy is the same article, not another one.
   */
  query(exclude: string, claims: readonly Claim[], cap = DEFAULT_CAP): Candidate[] {
    const out: Candidate[] = [];
    if (this.stamp > 2 ** 30) {
      // Stamps only need to differ from the last use; start over long before Int32 overflows.
      this.labelStamp.fill(0);
      this.actorStamp.fill(0);
      this.stamp = 0;
    }
    const excludePut = this.byUrl.get(exclude)?.put ?? -1;
    const { time, alive, putOf, counts, labelStamp, actorStamp } = this;
    const matchCache = new Map<string, string[]>();
    for (const claim of claims) {
      // The best candidates so far, best first, as parallel arrays (no allocation per offer);
      // (worstShared, worstTime) describe the last one once the list is full.
      const topIds: number[] = [];
      const topShared: number[] = [];
      const topCategory: Category[] = [];
      let worstShared = -1;
      let worstTime = -Infinity;
      const beats = (shared: number, t: number) =>
        shared > worstShared || (shared === worstShared && t > worstTime);
      const offer = (id: number, shared: number, category: Category) => {
        const t = time[id]!;
        let i = topIds.length;
        while (
          i > 0 &&
          (shared > topShared[i - 1]! || (shared === topShared[i - 1]! && t > time[topIds[i - 1]!]!))
        )
          i--;
        topIds.splice(i, 0, id);
        topShared.splice(i, 0, shared);
        topCategory.splice(i, 0, category);
        if (topIds.length > cap) {
          topIds.pop();
          topShared.pop();
          topCategory.pop();
        }
        if (topIds.length === cap) {
          worstShared = topShared[cap - 1]!;
          worstTime = time[topIds[cap - 1]!]!;
        }
      };
      const pageKeys = claim.actors.map(actorKey);
      for (const label of claim.labels) {
        const index = this.categories.get(label.category);
        if (!index) continue;
        const thisLabel = ++this.stamp;
        const touched: number[] = [];
        for (const q of pageKeys) {
          const thisActor = ++this.stamp;
          const cacheKey = `${label.category}\u0000${q}`;
          let keys = matchCache.get(cacheKey);
          if (!keys) {
            keys = this.matchingKeys(index, q);
            matchCache.set(cacheKey, keys);
          }
          for (const k of keys) {
            for (const id of index.postings.get(k)!) {
              if (actorStamp[id] === thisActor) continue;
              actorStamp[id] = thisActor;
              if (labelStamp[id] !== thisLabel) {
                labelStamp[id] = thisLabel;
                counts[id] = 0;
                touched.push(id);
              }
              counts[id]!++;
            }
          }
        }
        // Postings grow in save order, so walking back meets newer entries first and most older
        // ones with an equal count fail `beats` without any work.
        for (let i = touched.length - 1; i >= 0; i--) {
          const id = touched[i]!;
          if (!alive[id] || putOf[id] === excludePut) continue;
          if (beats(counts[id]!, time[id]!)) offer(id, counts[id]!, label.category);
        }
        // Claims sharing only the category still relate (strength linkStrength(0)): newest first.
        const order = this.timeOrder(index);
        for (let i = order.length - 1; i >= 0; i--) {
          const id = order[i]!;
          if (!beats(0, time[id]!)) break;
          if (!alive[id] || putOf[id] === excludePut || labelStamp[id] === thisLabel) continue;
          offer(id, 0, label.category);
        }
      }
      topIds.forEach((id, i) => {
        const e = this.entries[id]!;
        out.push({
          from: claim,
          url: e.url,
          claimId: e.claimId,
          category: topCategory[i]!,
          direction: e.direction,
          shared: topShared[i]!,
          savedAtMs: time[id]!,
        });
      });
    }
    return out;
  }
}

/** The strength a candidate's link will have: what relate() computes for the same pair. */
export const candidateStrength = (c: Candidate): number => linkStrength(c.shared);
