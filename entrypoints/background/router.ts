// The background's message router: every request addressed to the background gets a Result,
// never a thrown error lost across the message boundary. Dependencies are passed in, so the
// router is tested without an extension around it (relative imports, not '@/': vitest has no
// '@' alias).
import { buildArticleRecord } from '../../lib/engine/record';
import type { AnnotateResult, ArticleRecord, Claim } from '../../lib/engine/types';
import { mergeRecords } from '../../lib/export/import';
import type { CrossLink, ReplyOf, Request, RequestOf, Result } from '../../lib/messages';

/** The slice of lib/store's Store the background routes to. */
export interface ArticleStore {
  saveArticle(record: ArticleRecord): Promise<unknown>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  listArticles(range?: { from?: string; to?: string }): Promise<ArticleRecord[]>;
  findCrossLinks(url: string, claims: Claim[]): Promise<CrossLink[]>;
  count(): Promise<number>;
  estimateUsage(): Promise<{ usage: number } | null>;
  deleteAll(): Promise<void>;
}

export interface RouterDeps {
  /** The engine, with the reader's disabled rule groups already applied. */
  annotate(text: string): AnnotateResult | Promise<AnnotateResult>;
  store(): Promise<ArticleStore>;
}

type Handlers = { [T in Request['type']]?: (request: RequestOf<T>) => Promise<ReplyOf<T>> | ReplyOf<T> };

export function createRouter(deps: RouterDeps) {
  const handlers: Handlers = {
    ping: () => ({ pong: true }),
    annotate: async (request) => {
      const result = await deps.annotate(request.text);
      // Saved here rather than by the page: the background has the text and the claims already,
      // so the content script neither builds the record nor clones it into a second message.
      // Not awaited: the page's highlights do not wait for IndexedDB.
      if (request.save && result.claims.length > 0) {
        const record = buildArticleRecord({ ...request, claims: result.claims });
        deps
          .store()
          .then((store) => store.saveArticle(record))
          .catch(() => {
            // The side panel reports storage problems itself (storage-info); highlights go on.
          });
      }
      return result;
    },
    'save-article': async (request) => {
      await (await deps.store()).saveArticle(request.record);
      return { saved: true };
    },
    'cross-links': async (request) => (await deps.store()).findCrossLinks(request.url, request.claims),
    'storage-info': async () => {
      const store = await deps.store();
      return { articles: await store.count(), bytes: (await store.estimateUsage())?.usage ?? null };
    },
    'export-records': async ({ from, to }) => {
      const range: { from?: string; to?: string } = {};
      if (from) range.from = from;
      if (to) range.to = to;
      return (await deps.store()).listArticles(range);
    },
    'import-records': async ({ records }) => {
      const store = await deps.store();
      // One article at a time, merged with what is saved, so a reader's own later annotations
      // of the same page are never replaced by an older export.
      for (const record of records) {
        const saved = await store.getArticle(record.url);
        const [merged] = mergeRecords(saved ? [saved] : [], [record]);
        if (merged) await store.saveArticle(merged);
      }
      return { imported: records.length, total: await store.count() };
    },
    'clear-data': async () => {
      await (await deps.store()).deleteAll();
      return { cleared: true };
    },
  };

  /**
   * The reply for `message`, or undefined when the background does not answer this type (it is
   * for a content script or an extension page), so other listeners may.
   */
  return function route(message: unknown): Promise<Result<unknown>> | undefined {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const handler = handlers[type as Request['type']] as ((r: Request) => unknown) | undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return { ok: true as const, value: await handler(message as Request) };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}
