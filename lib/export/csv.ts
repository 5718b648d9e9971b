// CSV for spreadsheets: one row per claim, RFC 4180 (CRLF between records, every field that holds
// a comma, quote, CR or LF quoted, quotes doubled).
//
// Spreadsheets run a cell that starts with = + - @ (or a tab/CR that some strip first) as a
// formula, so page text could make a reader's spreadsheet fetch URLs or run commands (CSV
// injection). Such cells are prefixed with a single quote ', which spreadsheets show as text;
// a reader of the raw file gets the text back by dropping that one leading quote. Full-width
// lookalikes (＝ ＋ － ＠) are treated the same, as some spreadsheets normalise them.
import type { ArticleRecord, SavedClaim } from '../engine/types';
import { labelTags } from './describe';

export const CSV_COLUMNS = [
  'url',
  'title',
  'site',
  'saved_at',
  'claim_id',
  'text',
  'labels',
  'certainty',
  'attribution',
  'actors',
  'score',
  'rules',
  'start',
  'end',
] as const;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell that no spreadsheet evaluates. */
export function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 field: quoted when it must be, inner quotes doubled. */
export function csvField(value: string): string {
  const safe = neutralize(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(record: ArticleRecord, claim: SavedClaim): string[] {
  return [
    record.url,
    record.title,
    record.site,
    record.savedAt,
    claim.id,
    claim.text,
    labelTags(claim).join('; '),
    claim.certainty,
    claim.attribution ?? '',
    claim.actors.join('; '),
    String(claim.score),
    claim.rules.join(' '),
    String(claim.position.start),
    String(claim.position.end),
  ];
}

export function toCsv(records: readonly ArticleRecord[]): string {
  const rows = [[...CSV_COLUMNS], ...records.flatMap((r) => r.claims.map((c) => row(r, c)))];
  return rows.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
