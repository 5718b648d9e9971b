// Wiring of the reading pipeline to the extension: settings, messages, the page's lifetime.
// The pipeline itself lives in lib/dom/scan.ts; nothing here decides what a claim is.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle, extractArticleInSlices, isProbablyArticle } from '@/lib/dom/extract';
import { watchArticle } from '@/lib/dom/observe';
import { Reader, type Send } from '@/lib/dom/scan';
import { TopicCounter } from '@/lib/dom/topic';
import type { PageState, Request, Result } from '@/lib/messages';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

const send: Send = async (request) => {
  const reply = (await browser.runtime.sendMessage(request)) as Result<never> | undefined;
  if (!reply) throw new Error(`No reply to ${request.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

// The settings are lib/settings' item, read here straight from storage.local: its
// loadSettings/watchSettings go through @wxt-dev/storage, whose versioned item runs a migration
// check under a lock on every page load, for a value only the options page writes.
// parseSettings makes a complete Settings of whatever is stored (or of nothing), as they do.

async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Calls back with the new settings whenever they are saved; returns the unwatcher. */
function onSettingsChange(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) callback(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function startReader(ctx: ContentScriptContext): Promise<void> {
  let reader: Reader | null = null;
  const idle: PageState = {
    url: location.href,
    title: document.title,
    site: location.hostname,
    status: 'idle',
    claims: [],
    links: [],
    counts: { moat: 0, consolidation: 0, open_source_parity: 0 },
  };

  // Listen first, so the side panel gets an answer even while settings load.
  const onMessage = (message: unknown): Promise<Result<unknown>> | undefined => {
    const request = message as Request;
    switch (request?.type) {
      case 'get-page-state':
        return Promise.resolve(ok(reader?.pageState() ?? idle));
      case 'get-page-version':
        return Promise.resolve(ok(reader?.pageVersion() ?? 0));
      case 'rescan':
        return reader ? reader.scan().then(ok) : Promise.resolve(ok(idle));
      case 'focus-claim':
        return Promise.resolve(ok({ focused: reader?.focus(request.id) ?? false }));
      case 'step-claim':
        return Promise.resolve(ok({ focused: reader?.step(request.delta) ?? null }));
      case 'get-article-record': {
        const record = reader?.record();
        return Promise.resolve(
          record ? ok(record) : { ok: false, error: 'This page has no annotated article yet.' },
        );
      }
      case 'toggle-highlights':
        return Promise.resolve(ok({ visible: reader?.toggle() ?? false }));
      default:
        // Not ours (e.g. a request meant for the background): let another listener answer.
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  let settings = DEFAULT_SETTINGS;
  try {
    settings = await readSettings();
  } catch {
    // Storage unavailable (e.g. the extension is reloading): read with defaults.
  }
  if (ctx.isInvalid) return;

  reader = new Reader({
    doc: document,
    signal: ctx.signal,
    extraction: {
      // Only articles about the AI industry are read further: on any other page the content
      // script stops here, before extraction, and never messages the background.
      isProbablyArticle: (doc) => isProbablyArticle(doc, { topic: new TopicCounter() }),
      extractArticle,
      extractArticleInSlices,
    },
    send,
    settings,
  });
  const current = reader;
  ctx.onInvalidated(onSettingsChange((next) => void current.applySettings(next)));
  watchArticle(document, {
    root: () => current.articleRoot(),
    onChange: () => void current.onMutation(),
    isOwn: (node) => current.isOwnNode(node),
    wanted: () => current.watching(),
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void current.onNavigation());
  await current.scan();
}
