// Talking to the extension the way its own pages do: from an extension page (popup/options/…),
// with browser.tabs.sendMessage / browser.runtime.sendMessage. Every reply is a Result (lib/messages.ts).
import type { ReplyOf, Request, RequestOf, Result } from '../../../lib/messages';
import type { HarnessPage } from './types';

/** The slice of the WebExtension API these helpers use inside the page (Chrome ≥ 144 also has `browser`). */
interface InPageApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function assertExtensionPage(page: HarnessPage): void {
  if (!/^(chrome|moz)-extension:/.test(page.openedUrl)) {
    throw new Error(`messaging needs an extension page (openExtensionPage), not ${page.openedUrl}`);
  }
}

/** Sends `message` to the content script of tab `tabId` and returns its Result. */
export async function sendToTab<T extends Request['type']>(
  from: HarnessPage,
  tabId: number,
  message: RequestOf<T>,
): Promise<Result<ReplyOf<T>>> {
  assertExtensionPage(from);
  return from.evaluate(
    async ({ tabId, message }) => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as InPageApi;
      return (await api.tabs.sendMessage(tabId, message)) as Result<ReplyOf<T>>;
    },
    { tabId, message },
  );
}

/** Sends `message` to the background and returns its Result. */
export async function sendToBackground<T extends Request['type']>(
  from: HarnessPage,
  message: RequestOf<T>,
): Promise<Result<ReplyOf<T>>> {
  assertExtensionPage(from);
  return from.evaluate(async (message) => {
    const api = ((globalThis as { browser?: unknown }).browser ??
      (globalThis as { chrome?: unknown }).chrome) as InPageApi;
    return (await api.runtime.sendMessage(message)) as Result<ReplyOf<T>>;
  }, message);
}

/**
 * The tab id of the open page whose URL is `url`. Without the `tabs` permission Chrome hides tab
 * URLs, so each tab's content script is asked for its page state and matched on `url`; polls until
 * the content script answers (it starts at document_idle) or `timeoutMs` passes.
 */
export async function findTabId(from: HarnessPage, url: string, timeoutMs = 10_000): Promise<number> {
  assertExtensionPage(from);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await from.evaluate(async (url) => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as InPageApi;
      const tabs = await api.tabs.query({});
      const direct = tabs.find((tab) => tab.url === url);
      if (direct?.id !== undefined) return direct.id;
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const reply = (await api.tabs.sendMessage(tab.id, { type: 'get-page-state' }).catch(() => null)) as {
          ok?: boolean;
          value?: { url?: string };
        } | null;
        if (reply?.ok && reply.value?.url === url) return tab.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`no tab with a content script answering for ${url}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
