// The shape an ArticleRecord must have to be trusted: the importer checks files a reader picked,
// and the store checks what it reads back, with the same rules, so anything the store can hold can
// be exported and imported again. Strict objects (no unknown keys), caps on every string and list,
// and offsets that describe a real span keep a hostile or corrupted file from reaching the UI.
import { z } from 'zod';
import {
  type ArticleRecord,
  CATEGORIES,
  type Category,
  CERTAINTIES,
  DIRECTIONS,
  type Direction,
} from '../engine/types';

// No code generation: zod's JIT builds validators with `new Function`, which the extension pages'
// CSP (script-src 'self') forbids, and even its probe for eval support is reported as a CSP
// violation. Set before any schema is built (it is read when a schema is created).
z.config({ jitless: true });

/** Caps: generous for real pages, small enough that one record cannot exhaust memory. */
export const LIMITS = {
  url: 8_192,
  title: 2_000,
  site: 255,
  /** A claim is one sentence, but a page without punctuation can make a very long one. */
  text: 2_000_000,
  context: 10_000,
  id: 200,
  name: 500,
  actors: 200,
  rules: 200,
  labels: 3,
  claimsPerArticle: 5_000,
  articles: 100_000,
  offset: 100_000_000,
} as const;

/** Control characters have no place in ids and names (they are fine in page text). */
const NO_CONTROL = /^\P{Cc}*$/u;

const name = (max: number) => z.string().max(max).regex(NO_CONTROL, 'contains control characters');
const offset = z.number().int().min(0).max(LIMITS.offset);

/** http(s) pages, and file: for saved pages the CLI annotated; nothing that runs code (javascript:, data:). */
export function isAllowedUrl(value: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const urlSchema = z.string().min(1).max(LIMITS.url).refine(isAllowedUrl, 'must be an http(s) or file URL');

const labelSchema = z
  .strictObject({
    category: z.enum(CATEGORIES),
    direction: z.string().max(40),
  })
  .refine((l) => (DIRECTIONS[l.category] as readonly string[]).includes(l.direction), {
    message: 'direction does not belong to its category',
    path: ['direction'],
  })
  .transform((l) => l as { category: Category; direction: Direction });

export const savedClaimSchema = z
  .strictObject({
    id: name(LIMITS.id).min(1),
    text: z.string().max(LIMITS.text),
    start: offset,
    end: offset,
    labels: z.array(labelSchema).min(1).max(LIMITS.labels),
    certainty: z.enum(CERTAINTIES),
    attribution: name(LIMITS.name).nullable(),
    actors: z.array(name(LIMITS.name)).max(LIMITS.actors),
    score: z.number().min(0).max(1),
    rules: z.array(name(LIMITS.id)).max(LIMITS.rules),
    quote: z.strictObject({
      exact: z.string().max(LIMITS.text),
      prefix: z.string().max(LIMITS.context),
      suffix: z.string().max(LIMITS.context),
    }),
    position: z
      .strictObject({ start: offset, end: offset })
      .refine((p) => p.start <= p.end, { message: 'start is after end', path: ['end'] }),
  })
  .refine((c) => c.start <= c.end, { message: 'start is after end', path: ['end'] })
  .refine((c) => new Set(c.labels.map((l) => l.category)).size === c.labels.length, {
    message: 'a category appears twice',
    path: ['labels'],
  });

export const articleRecordSchema = z
  .strictObject({
    url: urlSchema,
    title: z.string().max(LIMITS.title),
    site: name(LIMITS.site),
    savedAt: z.iso.datetime({ offset: true }),
    claims: z.array(savedClaimSchema).max(LIMITS.claimsPerArticle),
  })
  .refine((r) => new Set(r.claims.map((c) => c.id)).size === r.claims.length, {
    message: 'two claims share an id',
    path: ['claims'],
  });

/** The checked type is the engine's ArticleRecord; this line fails to compile if they drift apart. */
export type CheckedRecord = z.output<typeof articleRecordSchema>;
const _sameShape: (r: CheckedRecord) => ArticleRecord = (r) => r;
void _sameShape;

/** Zod's issues as one line a reader can act on: where, then what. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return first.join('; ') + more;
}
