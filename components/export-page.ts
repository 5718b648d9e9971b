// Exporting one page's claims as a file, shared by the popup ("this page") and the side panel
// ("the claims shown"): the full record from the content script (quotes with their context), or
// one rebuilt from the page state when the content script cannot give it, then formatted and saved.
import type { ArticleRecord } from '../lib/engine/types';
import { type ExportFormat, fileNameFor, formatRecords, mimeTypeFor } from '../lib/export';
import type { PageState, Result } from '../lib/messages';
import { recordFromState } from './page-record';

export const FORMAT_NAMES: Record<ExportFormat, string> = {
  json: 'JSON',
  w3c: 'W3C Web Annotations',
  md: 'Markdown',
  csv: 'CSV',
};

/** The extension calls an export needs; each UI's api object provides them. */
export interface PageExportApi {
  getArticleRecord(tabId: number): Promise<Result<ArticleRecord>>;
  download(fileName: string, mimeType: string, text: string): void;
}

export interface PageExportOptions {
  /** Only these claims, in the record's order; all of them when absent. */
  claimIds?: ReadonlySet<string>;
  /** What the file name says is exported; the site and title when absent. */
  scope?: string;
}

/** The record restricted to some claims (same order); the rest of the record unchanged. */
export function restrictRecord(record: ArticleRecord, claimIds: ReadonlySet<string>): ArticleRecord {
  return { ...record, claims: record.claims.filter((c) => claimIds.has(c.id)) };
}

/** Saves the page's claims in a format; returns the file name, for a "Saved …" message. */
export async function exportPage(
  api: PageExportApi,
  tabId: number,
  state: PageState,
  format: ExportFormat,
  options: PageExportOptions = {},
): Promise<string> {
  const full = await api.getArticleRecord(tabId).catch((e) => ({ ok: false as const, error: String(e) }));
  const whole = full.ok ? full.value : recordFromState(state);
  const record = options.claimIds ? restrictRecord(whole, options.claimIds) : whole;
  const name = fileNameFor(format, options.scope ?? `${state.site} ${state.title}`);
  api.download(name, mimeTypeFor(format), formatRecords(format, [record]));
  return name;
}
