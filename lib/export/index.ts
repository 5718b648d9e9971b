// One entry point for every export format, used by the extension's export button and the CLI's
// --format flag alike, so both produce the same bytes from the same records.
import type { ArticleRecord } from '../engine/types';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toW3c } from './w3c';

export type ExportFormat = 'json' | 'w3c' | 'md' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'w3c', 'md', 'csv'];

const FORMATTERS: Record<ExportFormat, (records: readonly ArticleRecord[]) => string> = {
  json: toJson,
  w3c: toW3c,
  md: toMarkdown,
  csv: toCsv,
};

export function formatRecords(format: ExportFormat, records: readonly ArticleRecord[]): string {
  return FORMATTERS[format](records);
}

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'claimscope.json',
  w3c: 'annotations.jsonld',
  md: 'md',
  csv: 'csv',
};

const MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  w3c: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

export function mimeTypeFor(format: ExportFormat): string {
  return MIME_TYPES[format];
}

/**
 * A download name such as `claimscope-all-2024-05-01.csv`. `scope` says what is exported (a site,
 * "all", a date range); it is reduced to a safe slug, so a page title cannot make a path.
 */
export function fileNameFor(format: ExportFormat, scope: string): string {
  const slug =
    scope
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'export';
  return `claimscope-${slug}.${EXTENSIONS[format]}`;
}

export { mergeRecords, type ParseResult, parseExport } from './import';
export { canonicalRecord, EXPORT_FORMAT, EXPORT_VERSION, toJson } from './json';
export { articleRecordSchema, isAllowedUrl, LIMITS } from './schema';
export { toCsv, toMarkdown, toW3c };
