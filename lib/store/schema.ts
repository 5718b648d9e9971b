// The database layout and its history. Two version numbers move independently:
// - DB_VERSION: the IndexedDB layout (object stores and indexes); bumping it runs `upgrade`.
// - SCHEMA_VERSION: the shape of one stored article, kept on each record, so a record written by
//   an older release is migrated (migrate.ts) when the database is upgraded or when it is read.
//
// Layout history:
//   DB 1 — "articles" keyed by url; records had no schemaVersion (record schema 0).
//   DB 2 — articles gain schemaVersion + savedAtMs (indexed, for date ranges), and three stores:
//          "summaries" (what the cross-link index needs, small, read once per background
//          lifetime), "quarantine" (records that failed validation, kept for the reader) and
//          "meta" (a change counter telling one store instance another one wrote).
import type { ArticleRecord, Category, Direction } from '../engine/types';

export const DEFAULT_DB_NAME = 'claimscope';
export const DB_VERSION = 2;
export const SCHEMA_VERSION = 1;

export const ARTICLES = 'articles';
export const SUMMARIES = 'summaries';
export const QUARANTINE = 'quarantine';
export const META = 'meta';
export const BY_SAVED_AT = 'bySavedAt';
export const CHANGES_KEY = 'changes';

/** An article as stored: the exported record plus its schema version and a sortable time. */
export interface StoredArticle extends ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** savedAt in epoch ms: ISO strings with different offsets do not sort as text. */
  savedAtMs: number;
}

/** Per claim, only what cross-linking reads: which categories it takes a side on, and who it names. */
export interface ClaimSummary {
  id: string;
  labels: [Category, Direction][];
  actors: string[];
}

export interface ArticleSummary {
  url: string;
  savedAtMs: number;
  claims: ClaimSummary[];
}

/** A record that could not be read or migrated; kept so nothing is silently lost. */
export interface QuarantineEntry {
  key?: number;
  url: string | null;
  reason: string;
  quarantinedAt: string;
  raw: unknown;
}

export function summarize(record: ArticleRecord): ArticleSummary {
  return {
    url: record.url,
    savedAtMs: Date.parse(record.savedAt),
    claims: record.claims.map((c) => ({
      id: c.id,
      labels: c.labels.map((l) => [l.category, l.direction]),
      actors: [...c.actors],
    })),
  };
}

export function toStored(record: ArticleRecord): StoredArticle {
  return { ...record, schemaVersion: SCHEMA_VERSION, savedAtMs: Date.parse(record.savedAt) };
}

/** Creates whatever stores and indexes an older database lacks; data migration is separate. */
export function createLayout(db: IDBDatabase, tx: IDBTransaction): void {
  const articles = db.objectStoreNames.contains(ARTICLES)
    ? tx.objectStore(ARTICLES)
    : db.createObjectStore(ARTICLES, { keyPath: 'url' });
  if (!articles.indexNames.contains(BY_SAVED_AT)) articles.createIndex(BY_SAVED_AT, 'savedAtMs');
  if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'url' });
  if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
  if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
}
