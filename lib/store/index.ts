// Local storage of annotated articles in IndexedDB, usable from the background (Chrome's service
// worker, Firefox's event page) and from extension pages. Every write is one transaction, so two
// tabs saving at once both land; a write that hits the quota aborts whole (StorageFullError) and
// leaves what was saved before intact. Records are validated on the way in and on the way out;
// a stored record that fails is moved to a quarantine store, never dropped (see quarantined()).
import { relate } from '../engine/link';
import type { ArticleRecord, Claim } from '../engine/types';
import { canonicalRecord } from '../export/json';
import { articleRecordSchema, describeIssues } from '../export/schema';
import type { CrossLink } from '../messages';
import { CrossLinkIndex, DEFAULT_CAP } from './crosslink-index';
import { InvalidRecordError, StorageFullError, storageError } from './errors';
import { request, transact } from './idb';
import { migrateRecord } from './migrate';
import {
  ARTICLES,
  type ArticleSummary,
  BY_SAVED_AT,
  CHANGES_KEY,
  createLayout,
  DB_VERSION,
  DEFAULT_DB_NAME,
  META,
  QUARANTINE,
  type QuarantineEntry,
  SCHEMA_VERSION,
  type StoredArticle,
  SUMMARIES,
  summarize,
  toStored,
} from './schema';

export { InvalidRecordError, StorageFullError } from './errors';
export type { QuarantineEntry } from './schema';

export interface DateRange {
  /** Inclusive bounds on savedAt: a Date, an ISO string or epoch ms. */
  from?: Date | string | number;
  to?: Date | string | number;
}

export interface Store {
  /** Upsert by url. An older save never replaces a newer one of the same article. */
  saveArticle(record: ArticleRecord): Promise<void>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  /** Newest first. */
  listArticles(range?: DateRange): Promise<ArticleRecord[]>;
  deleteAll(): Promise<void>;
  count(): Promise<number>;
  estimateUsage(): Promise<{ usage: number; quota: number } | null>;
  quarantined(): Promise<{ count: number; items: QuarantineEntry[] }>;
  /** Claims of other saved articles that corroborate or contradict these, strongest first. */
  findCrossLinks(
    url: string,
    claims: readonly Claim[],
    options?: { perClaim?: number },
  ): Promise<CrossLink[]>;
  close(): void;
}

export interface OpenOptions {
  /** Another IndexedDB implementation (tests pass fake-indexeddb's IDBFactory). */
  factory?: IDBFactory;
}

function openDb(name: string, factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, DB_VERSION);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      const tx = req.transaction!;
      createLayout(db, tx);
      if (event.oldVersion > 0) migrateAll(tx);
    };
    req.onsuccess = () => {
      const db = req.result;
      // A newer release upgrading the database waits for every open connection: let go of ours.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(storageError(req.error));
    // `blocked` means an older connection is still closing; the open completes when it does.
  });
}

const quarantineEntry = (raw: unknown, reason: string): QuarantineEntry => ({
  url: typeof (raw as { url?: unknown } | null)?.url === 'string' ? (raw as { url: string }).url : null,
  reason,
  quarantinedAt: new Date().toISOString(),
  raw,
});

/** During an upgrade: every article to the current schema, its summary rebuilt, failures quarantined. */
function migrateAll(tx: IDBTransaction): void {
  const articles = tx.objectStore(ARTICLES);
  const summaries = tx.objectStore(SUMMARIES);
  const quarantine = tx.objectStore(QUARANTINE);
  const cursorReq = articles.openCursor();
  cursorReq.onsuccess = () => {
    const cursor = cursorReq.result;
    if (!cursor) return;
    const result = migrateRecord(cursor.value);
    if (result.ok) {
      cursor.update(toStored(result.record));
      summaries.put(summarize(result.record));
    } else {
      quarantine.add(quarantineEntry(cursor.value, result.reason));
      cursor.delete();
    }
    cursor.continue();
  };
}

const RECENT_ARTICLES = 1000;

/**
 * A cheap shape check for records read on the hot cross-link path. Everything in the store was
 * fully validated on the way in; this catches a record damaged since, which then goes through
 * the full check (and quarantine) in readBack.
 */
function looksCurrent(raw: unknown): raw is StoredArticle {
  const r = raw as Partial<StoredArticle> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.schemaVersion === SCHEMA_VERSION &&
    typeof r.url === 'string' &&
    typeof r.title === 'string' &&
    typeof r.site === 'string' &&
    typeof r.savedAt === 'string' &&
    Array.isArray(r.claims) &&
    r.claims.every(
      (c) =>
        typeof c === 'object' &&
        c !== null &&
        typeof c.id === 'string' &&
        typeof c.text === 'string' &&
        typeof c.start === 'number' &&
        typeof c.end === 'number' &&
        typeof c.score === 'number' &&
        typeof c.certainty === 'string' &&
        (c.attribution === null || typeof c.attribution === 'string') &&
        Array.isArray(c.labels) &&
        Array.isArray(c.actors) &&
        Array.isArray(c.rules),
    )
  );
}

const toMs = (t: Date | string | number): number =>
  t instanceof Date ? t.getTime() : typeof t === 'string' ? Date.parse(t) : t;

export async function openStore(name = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<Store> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here.');
  const db = await openDb(name, factory);
  // Another instance (an extension page, a second background) may write: the change counter in
  // META tells the in-memory cross-link index when it must be rebuilt rather than updated.
  let index: CrossLinkIndex | null = null;
  let indexChanges = -1;
  let building: Promise<CrossLinkIndex> | null = null;
  // Articles read for cross-links, so stepping through claims or reopening the panel does not
  // read them again. Entries go when their article is written; everything goes on a rebuild.
  const recent = new Map<string, ArticleRecord>();
  const remember = (record: ArticleRecord) => {
    recent.delete(record.url);
    recent.set(record.url, record);
    if (recent.size > RECENT_ARTICLES) recent.delete(recent.keys().next().value as string);
  };

  /** Reads a record back: migrated if old, quarantined (and reported null) if broken. */
  async function readBack(raw: unknown): Promise<ArticleRecord | null> {
    const result = migrateRecord(raw);
    if (!result.ok) {
      // Quarantining is a write: on a full disk it fails, and the record stays where it is (not
      // shown, not lost) until a later read can move it. Reading the others must not fail for it.
      await quarantine(raw, result.reason).catch(() => undefined);
      return null;
    }
    if (result.migrated) await write(result.record, { force: true }).catch(() => undefined);
    return result.record;
  }

  async function quarantine(raw: unknown, reason: string): Promise<void> {
    const url = (raw as { url?: unknown } | null)?.url;
    await transact(db, [ARTICLES, SUMMARIES, QUARANTINE, META], 'readwrite', (tx) => {
      tx.objectStore(QUARANTINE).add(quarantineEntry(raw, reason));
      // The record's key is whatever its url field holds: a damaged one may be a number, a Date or
      // an array. Delete by that key, or the record is quarantined again on every read.
      if (url !== undefined) {
        try {
          tx.objectStore(ARTICLES).delete(url as IDBValidKey);
          tx.objectStore(SUMMARIES).delete(url as IDBValidKey);
        } catch {
          // Not a valid key, so it cannot be the key of a stored article either.
        }
      }
      bumpChanges(tx);
    });
    if (typeof url === 'string') recent.delete(url);
    index = null;
  }

  /** Increments the change counter inside `tx`; resolves with the new value. */
  function bumpChanges(tx: IDBTransaction): Promise<number> {
    const meta = tx.objectStore(META);
    return request(meta.get(CHANGES_KEY)).then((value) => {
      const next = (typeof value === 'number' ? value : 0) + 1;
      meta.put(next, CHANGES_KEY);
      return next;
    });
  }

  async function write(record: ArticleRecord, { force = false } = {}): Promise<void> {
    const clean = canonicalRecord(record);
    const summary = summarize(clean);
    const outcome = await transact(db, [ARTICLES, SUMMARIES, META], 'readwrite', async (tx) => {
      const articles = tx.objectStore(ARTICLES);
      const existing = (await request(articles.get(clean.url))) as { savedAtMs?: unknown } | undefined;
      if (!force && typeof existing?.savedAtMs === 'number' && existing.savedAtMs > summary.savedAtMs) {
        return null;
      }
      articles.put(toStored(clean));
      tx.objectStore(SUMMARIES).put(summary);
      return bumpChanges(tx);
    });
    if (outcome === null) return;
    recent.delete(clean.url);
    // Our own write, the next in sequence: update the index in place; otherwise rebuild on demand.
    if (index && outcome === indexChanges + 1) {
      index.put(summary);
      indexChanges = outcome;
    } else if (!building) index = null;
  }

  async function currentChanges(): Promise<number> {
    const value = await transact(db, META, 'readonly', (tx) =>
      request(tx.objectStore(META).get(CHANGES_KEY)),
    );
    return typeof value === 'number' ? value : 0;
  }

  async function buildIndex(): Promise<CrossLinkIndex> {
    const fresh = new CrossLinkIndex();
    const { summaries, changes } = await transact(db, [SUMMARIES, META], 'readonly', async (tx) => {
      const [all, value] = await Promise.all([
        request(tx.objectStore(SUMMARIES).getAll()),
        request(tx.objectStore(META).get(CHANGES_KEY)),
      ]);
      return { summaries: all as ArticleSummary[], changes: typeof value === 'number' ? value : 0 };
    });
    // In save order, so the index's postings run oldest to newest (its queries rely on it for speed).
    const valid = summaries.filter(
      (s) => s && typeof s.url === 'string' && typeof s.savedAtMs === 'number' && Array.isArray(s.claims),
    );
    valid.sort((a, b) => a.savedAtMs - b.savedAtMs);
    for (const summary of valid) fresh.put(summary);
    index = fresh;
    indexChanges = changes;
    recent.clear();
    return fresh;
  }

  async function crossLinkIndex(): Promise<CrossLinkIndex> {
    if (index && (await currentChanges()) === indexChanges) return index;
    building ??= buildIndex().finally(() => {
      building = null;
    });
    return building;
  }

  const store: Store = {
    async saveArticle(record) {
      const checked = articleRecordSchema.safeParse(record);
      if (!checked.success) throw new InvalidRecordError(describeIssues(checked.error));
      await write(checked.data);
    },

    async getArticle(url) {
      const raw = await transact(db, ARTICLES, 'readonly', (tx) =>
        request(tx.objectStore(ARTICLES).get(url)),
      );
      return raw === undefined ? null : readBack(raw);
    },

    async listArticles(range = {}) {
      const from = range.from === undefined ? undefined : toMs(range.from);
      const to = range.to === undefined ? undefined : toMs(range.to);
      const keys =
        from !== undefined && to !== undefined
          ? from > to
            ? null
            : IDBKeyRange.bound(from, to)
          : from !== undefined
            ? IDBKeyRange.lowerBound(from)
            : to !== undefined
              ? IDBKeyRange.upperBound(to)
              : undefined;
      if (keys === null) return [];
      // Unbounded, read the store itself, not the savedAt index: a damaged record without a
      // numeric savedAtMs is missing from the index and would be silently left out of every
      // export; read, it is migrated or quarantined like any other.
      const raws = await transact(db, ARTICLES, 'readonly', (tx) => {
        const articles = tx.objectStore(ARTICLES);
        return request(keys ? articles.index(BY_SAVED_AT).getAll(keys) : articles.getAll());
      });
      const records: ArticleRecord[] = [];
      for (const raw of raws) {
        const record = await readBack(raw);
        if (record) records.push(record);
      }
      // Newest first; equal times by url, descending, as the index order reversed gave before.
      const time = (r: ArticleRecord) => Date.parse(r.savedAt);
      return records.sort((a, b) => time(b) - time(a) || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0));
    },

    async deleteAll() {
      await transact(db, [ARTICLES, SUMMARIES, QUARANTINE, META], 'readwrite', (tx) => {
        for (const name of [ARTICLES, SUMMARIES, QUARANTINE]) tx.objectStore(name).clear();
        return bumpChanges(tx);
      });
      index = null;
      recent.clear();
    },

    count: () => transact(db, ARTICLES, 'readonly', (tx) => request(tx.objectStore(ARTICLES).count())),

    async estimateUsage() {
      const storage = (globalThis.navigator as Navigator | undefined)?.storage;
      if (!storage?.estimate) return null;
      const { usage = 0, quota = 0 } = await storage.estimate();
      return { usage, quota };
    },

    async quarantined() {
      const items = await transact(db, QUARANTINE, 'readonly', async (tx) => {
        const q = tx.objectStore(QUARANTINE);
        const [values, keys] = await Promise.all([request(q.getAll()), request(q.getAllKeys())]);
        return (values as QuarantineEntry[]).map((v, i) => ({ ...v, key: keys[i] as number }));
      });
      return { count: items.length, items };
    },

    async findCrossLinks(url, claims, { perClaim = DEFAULT_CAP } = {}) {
      const candidates = (await crossLinkIndex()).query(url, claims, perClaim);
      if (!candidates.length) return [];
      // The index holds only what ranking needs; the full claims come from the chosen articles.
      const records = new Map<string, ArticleRecord>();
      const missing: string[] = [];
      for (const u of new Set(candidates.map((c) => c.url))) {
        const cached = recent.get(u);
        if (cached) records.set(u, cached);
        else missing.push(u);
      }
      const raws = missing.length
        ? await transact(db, ARTICLES, 'readonly', (tx) => {
            const articles = tx.objectStore(ARTICLES);
            return Promise.all(missing.map((u) => request(articles.get(u))));
          })
        : [];
      for (const raw of raws) {
        if (raw === undefined) continue;
        let record: ArticleRecord | null;
        if (looksCurrent(raw)) {
          const { schemaVersion: _v, savedAtMs: _t, ...rest } = raw;
          record = rest;
        } else record = await readBack(raw);
        if (record) {
          records.set(record.url, record);
          remember(record);
        }
      }
      const links: (CrossLink & { order: number; savedAtMs: number })[] = [];
      candidates.forEach((c, order) => {
        const record = records.get(c.url);
        const other = record?.claims.find((claim) => claim.id === c.claimId);
        if (!record || !other) return;
        const link = relate(c.from, other).find((l) => l.category === c.category);
        if (!link) return;
        const { quote: _q, position: _p, ...claim } = other;
        links.push({
          ...link,
          article: { url: record.url, title: record.title, site: record.site, savedAt: record.savedAt },
          claim,
          order,
          savedAtMs: c.savedAtMs,
        });
      });
      links.sort((a, b) => b.strength - a.strength || b.savedAtMs - a.savedAtMs || a.order - b.order);
      return links.map(({ order: _o, savedAtMs: _s, ...link }) => link);
    },

    close() {
      db.close();
    },
  };
  return store;
}

/** For the UI: a message to show for a failed save. */
export function describeStorageError(error: unknown): string {
  if (error instanceof StorageFullError || error instanceof InvalidRecordError) return error.message;
  return `Could not save: ${(error as Error)?.message ?? String(error)}`;
}
