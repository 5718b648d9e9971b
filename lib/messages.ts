// Every message between the page (content script), the background and the extension pages,
// declared once. A request names its `type`; its reply type is looked up in `Replies`.
import type { AnnotateResult, ArticleRecord, Category, Claim, Link } from './engine/types';

/** A claim linked to one in another saved article. */
export interface CrossLink extends Link {
  /** The other article, so the side panel can show title, site, date and link. */
  article: Pick<ArticleRecord, 'url' | 'title' | 'site' | 'savedAt'>;
  claim: Claim;
}

/** What the content script knows about its tab, for the side panel and popup. */
export interface PageState {
  url: string;
  title: string;
  site: string;
  /** 'idle' before a scan, 'not-article' when the page was judged not worth reading. */
  status: 'idle' | 'scanning' | 'done' | 'not-article' | 'disabled' | 'error';
  error?: string;
  claims: Claim[];
  links: Link[];
  counts: Record<Category, number>;
  /** The claim last focused in the page (side panel click or keyboard step), so the panel follows. */
  focused?: string | null;
}

export type Request =
  // content script → background: run the engine on the article text
  // (save: the background also saves the article when it has claims, so the page never builds
  // and sends the record a second time)
  | { type: 'annotate'; text: string; url: string; title: string; save?: boolean }
  // content script → background: persist the annotated article
  | { type: 'save-article'; record: ArticleRecord }
  // side panel → background: links from these claims to claims in other saved articles
  | { type: 'cross-links'; url: string; claims: Claim[] }
  // side panel / popup / background → content script
  // anyone → background: liveness check
  | { type: 'ping' }
  | { type: 'get-page-state' }
  // side panel → content script: a number that changes whenever the page state does, so polling
  // sends the whole state (every claim and link) only after a change
  | { type: 'get-page-version' }
  | { type: 'focus-claim'; id: string }
  | { type: 'step-claim'; delta: 1 | -1 }
  | { type: 'rescan' }
  // background (keyboard command) / popup → content script: show or hide this tab's highlights
  | { type: 'toggle-highlights' }
  // popup → content script: this page's claims as a saved record (quotes with their context), to export
  | { type: 'get-article-record' }
  // options page → background: the local history (lib/store)
  | { type: 'storage-info' }
  // saved articles in a date range (ISO dates, inclusive; absent = unbounded), newest first
  | { type: 'export-records'; from?: string; to?: string }
  // records already validated by parseExport in the page; merged into the store (mergeRecords)
  | { type: 'import-records'; records: ArticleRecord[] }
  | { type: 'clear-data' };

export interface Replies {
  ping: { pong: true };
  annotate: AnnotateResult;
  'save-article': { saved: true };
  'cross-links': CrossLink[];
  'get-page-state': PageState;
  'get-page-version': number;
  'focus-claim': { focused: boolean };
  'step-claim': { focused: string | null };
  rescan: PageState;
  'get-article-record': ArticleRecord;
  /** bytes: navigator.storage.estimate() usage, null where the browser does not say. */
  'storage-info': { articles: number; bytes: number | null };
  'export-records': ArticleRecord[];
  /** imported: records read from the file; total: saved articles after the merge. */
  'import-records': { imported: number; total: number };
  'clear-data': { cleared: true };
  'toggle-highlights': { visible: boolean };
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
export type ReplyOf<T extends Request['type']> = T extends keyof Replies ? Replies[T] : never;

/** Replies cross the message boundary as a Result, so a failure is a value, not a lost promise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
