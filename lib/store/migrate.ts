// Bringing a stored record up to the current schema, then checking it. A record that cannot be
// migrated or fails the shared schema (lib/export/schema.ts, the importer's rules) is reported as
// a reason so the caller can quarantine it: never silently dropped, never shown half-broken.
import type { ArticleRecord } from '../engine/types';
import { articleRecordSchema, describeIssues } from '../export/schema';
import { SCHEMA_VERSION } from './schema';

type Raw = Record<string, unknown>;

/**
 * Schema 0 (before release): no schemaVersion, no site, savedAt in epoch ms, and one flat
 * category/direction per claim with no selectors, rule ids or score.
 */
function from0(r: Raw): Raw {
  const claims = Array.isArray(r.claims) ? (r.claims as Raw[]) : r.claims;
  let site = '';
  try {
    site = new URL(String(r.url)).hostname;
  } catch {
    // Left empty; validation reports the bad URL.
  }
  return {
    url: r.url,
    title: r.title ?? '',
    site,
    savedAt: typeof r.savedAt === 'number' ? new Date(r.savedAt).toISOString() : r.savedAt,
    claims: Array.isArray(claims)
      ? claims.map((c) => ({
          id: c.id,
          text: c.text,
          start: c.start,
          end: c.end,
          labels: Array.isArray(c.labels) ? c.labels : [{ category: c.category, direction: c.direction }],
          certainty: c.certainty ?? 'asserted',
          attribution: c.attribution ?? null,
          actors: c.actors ?? [],
          score: c.score ?? 0,
          rules: c.rules ?? [],
          quote: c.quote ?? { exact: c.text, prefix: '', suffix: '' },
          position: c.position ?? { start: c.start, end: c.end },
        }))
      : claims,
    schemaVersion: 1,
  };
}

/** MIGRATIONS[n] turns a schema-n record into a schema-(n+1) one. */
const MIGRATIONS: Record<number, (r: Raw) => Raw> = { 0: from0 };

export type MigrateResult =
  | { ok: true; record: ArticleRecord; migrated: boolean }
  | { ok: false; reason: string };

export function migrateRecord(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an object' };
  }
  let record = raw as Raw;
  const start = record.schemaVersion ?? 0;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
    return { ok: false, reason: `unknown schemaVersion ${JSON.stringify(start)}` };
  }
  if (start > SCHEMA_VERSION) {
    return { ok: false, reason: `written by a newer Claimscope (schema ${start})` };
  }
  try {
    for (let v = start; v < SCHEMA_VERSION; v++) record = MIGRATIONS[v]!(record);
  } catch (error) {
    return { ok: false, reason: `migration from schema ${start} failed: ${(error as Error).message}` };
  }
  const { schemaVersion: _v, savedAtMs: _t, ...rest } = record;
  const checked = articleRecordSchema.safeParse(rest);
  if (!checked.success) return { ok: false, reason: describeIssues(checked.error) };
  return { ok: true, record: checked.data, migrated: start !== SCHEMA_VERSION };
}
