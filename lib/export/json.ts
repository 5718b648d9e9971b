// Claimscope's own export: lossless, versioned, and the format the importer reads back.
// Keys are written in one fixed order whatever order the record's object had, and nothing
// time-dependent goes in, so export → import → export is byte-equal and diffs stay readable.
import type { ArticleRecord, Claim, SavedClaim } from '../engine/types';

export const EXPORT_FORMAT = 'claimscope';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  articles: ArticleRecord[];
}

/** A claim's engine fields rebuilt one by one, in the order of the Claim type (and the CLI's JSON). */
export function canonicalClaimFields(c: Claim): Claim {
  return {
    id: c.id,
    text: c.text,
    start: c.start,
    end: c.end,
    labels: c.labels.map((l) => ({ category: l.category, direction: l.direction })),
    certainty: c.certainty,
    attribution: c.attribution,
    actors: [...c.actors],
    score: c.score,
    rules: [...c.rules],
  };
}

/** A saved claim rebuilt field by field, in the order of the SavedClaim type. */
function canonicalClaim(c: SavedClaim): SavedClaim {
  return {
    ...canonicalClaimFields(c),
    quote: { exact: c.quote.exact, prefix: c.quote.prefix, suffix: c.quote.suffix },
    position: { start: c.position.start, end: c.position.end },
  };
}

export function canonicalRecord(r: ArticleRecord): ArticleRecord {
  return {
    url: r.url,
    title: r.title,
    site: r.site,
    savedAt: r.savedAt,
    claims: r.claims.map(canonicalClaim),
  };
}

export function toJson(records: readonly ArticleRecord[]): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    articles: records.map(canonicalRecord),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
