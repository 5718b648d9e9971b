// Typed sends for the extension pages (side panel, popup, options): every reply arrives as a
// Result, and a missing receiver (no content script in that tab, a browser page) becomes an
// error value rather than a rejected promise.
import { browser } from 'wxt/browser';
import type { ReplyOf, Request, RequestOf, Result } from '@/lib/messages';

function asResult<T>(reply: unknown): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: 'No answer from the page.' };
}

export async function sendToTab<T extends Request['type']>(
  tabId: number,
  message: RequestOf<T>,
): Promise<Result<ReplyOf<T>>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, message));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function sendToBackground<T extends Request['type']>(
  message: RequestOf<T>,
): Promise<Result<ReplyOf<T>>> {
  try {
    return asResult(await browser.runtime.sendMessage(message));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** `?tab=<id>` pins a page to one tab (tests and screenshots open the pages as ordinary tabs). */
export function pinnedTab(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** The active tab of this page's window, or the pinned one. */
export async function activeTab(): Promise<{ id: number; windowId: number } | null> {
  const pinned = pinnedTab();
  if (pinned !== null) {
    const tab = await browser.tabs.get(pinned).catch(() => null);
    return tab ? { id: pinned, windowId: tab.windowId ?? -1 } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, windowId: tab.windowId ?? -1 } : null;
}
