// The background's message router: every request addressed to the background gets a Result,
// never a thrown error lost across the message boundary. Dependencies are passed in, so the
// router is tested without an extension around it.
import type { AnnotateResult, ArticleRecord, Claim } from '@/lib/engine/types';
import type { CrossLink, ReplyOf, Request, RequestOf, Result } from '@/lib/messages';

/** The slice of lib/store the background routes to. */
export interface ArticleStore {
  saveArticle(record: ArticleRecord): Promise<unknown>;
  findCrossLinks(url: string, claims: Claim[]): Promise<CrossLink[]>;
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
    annotate: (request) => deps.annotate(request.text),
    'save-article': async (request) => {
      await (await deps.store()).saveArticle(request.record);
      return { saved: true };
    },
    'cross-links': async (request) => (await deps.store()).findCrossLinks(request.url, request.claims),
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
