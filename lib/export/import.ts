// Reading a Claimscope JSON export back in. The file came from outside (a reader picked it, maybe
// someone sent it), so it is parsed defensively: a size cap before parsing, keys that could
// pollute prototypes refused while parsing, then every article checked by the shared schema.
// Errors are sentences a reader can act on, naming the article and field at fault.
import { z } from 'zod';
import type { ArticleRecord, SavedClaim } from '../engine/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json';
import { articleRecordSchema, describeIssues, LIMITS } from './schema';

/** 200 MB of text: about 20,000 annotated articles, far above what one reader saves. */
export const MAX_IMPORT_CHARS = 200_000_000;

export type ParseResult = { ok: true; records: ArticleRecord[] } | { ok: false; error: string };

/** Keys that reach Object.prototype (or a constructor) when copied by naive code downstream. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {}

const envelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  articles: z.array(z.unknown()).max(LIMITS.articles),
});

const megabytes = (chars: number) => `${Math.round(chars / 1_000_000)} MB`;

/** `maxChars` lets a caller (or a test) set a lower cap than the default. */
export function parseExport(text: string, { maxChars = MAX_IMPORT_CHARS } = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'Nothing to import: the file is not text.' };
  if (text.length > maxChars) {
    return {
      ok: false,
      error: `The file is too large to import (${megabytes(text.length)}; the limit is ${megabytes(maxChars)}).`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (err) {
    if (err instanceof ForbiddenKeyError) {
      return { ok: false, error: `The file contains a forbidden key "${err.message}"; it was not imported.` };
    }
    return { ok: false, error: `The file is not valid JSON (${(err as Error).message}).` };
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'This is not a Claimscope export: expected a JSON object.' };
  }
  const head = data as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Claimscope export: "format" should be "claimscope".' };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer Claimscope (format version ${head.version}); update the extension to import it.`,
    };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    return { ok: false, error: `The export is malformed: ${describeIssues(envelope.error)}.` };
  }

  const records: ArticleRecord[] = [];
  for (const [i, raw] of envelope.data.articles.entries()) {
    const checked = articleRecordSchema.safeParse(raw);
    if (!checked.success) {
      const url = (raw as { url?: unknown } | null)?.url;
      const which = typeof url === 'string' ? ` (${url.slice(0, 200)})` : '';
      return {
        ok: false,
        error: `Article ${i + 1}${which} is invalid: ${describeIssues(checked.error)}. Nothing was imported.`,
      };
    }
    records.push(checked.data);
  }
  return { ok: true, records };
}

const time = (r: ArticleRecord) => Date.parse(r.savedAt);

/** Claims in reading order; the id breaks ties so the order never depends on input order. */
function byPosition(a: SavedClaim, b: SavedClaim): number {
  return (
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** One article from two versions of it: the newer one's fields, claims united by id (newer wins). */
function mergeArticle(older: ArticleRecord, newer: ArticleRecord): ArticleRecord {
  const claims = new Map<string, SavedClaim>();
  for (const c of older.claims) claims.set(c.id, c);
  for (const c of newer.claims) claims.set(c.id, c);
  return { ...newer, claims: [...claims.values()].sort(byPosition) };
}

/**
 * Imported records merged into saved ones: one article per URL, the more recently saved version
 * winning each field and each claim id, claims from both kept. A tie keeps the existing record.
 * Order: newest first, then by URL, so the result does not depend on the order of the inputs.
 */
export function mergeRecords(
  existing: readonly ArticleRecord[],
  incoming: readonly ArticleRecord[],
): ArticleRecord[] {
  const byUrl = new Map<string, ArticleRecord>();
  for (const record of [...existing, ...incoming]) {
    const have = byUrl.get(record.url);
    if (!have) byUrl.set(record.url, record);
    else
      byUrl.set(
        record.url,
        time(record) > time(have) ? mergeArticle(have, record) : mergeArticle(record, have),
      );
  }
  return [...byUrl.values()].sort(
    (a, b) => time(b) - time(a) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
}
