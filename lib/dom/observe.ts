// Watching a dynamic page for article text that was added or removed: an appended paragraph,
// infinite scroll, an article rendered late by a script. Mutations are filtered cheaply as they
// arrive and acted on after a quiet period, so a page that animates a ticker costs us nothing
// beyond the filter.

export interface WatchOptions {
  /** The current article root, or null when the page is not (yet) judged an article. */
  root: () => Element | null;
  /** Called after mutations settle; the caller re-extracts and compares text. */
  onChange: () => void;
  signal: AbortSignal;
  /** Quiet period before acting. */
  debounceMs?: number;
  /** Added text outside the article that could be a late-loaded article. */
  minNewText?: number;
  /** Our own nodes (the <mark> fallback), whose insertion must not trigger a re-scan. */
  isOwn?: (node: Node) => boolean;
  /** False while nothing should be looked at (reading off, or a page given up on): one call per batch. */
  wanted?: () => boolean;
}

/** Starts watching `doc`; stops when `signal` aborts. */
export function watchArticle(doc: Document, options: WatchOptions): void {
  const { root, onChange, signal, debounceMs = 400, minNewText = 200, isOwn = () => false } = options;
  const wanted = options.wanted ?? (() => true);
  if (signal.aborted || !doc.body) return;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const relevant = (mutation: MutationRecord): boolean => {
    const article = root();
    const changed = [...mutation.addedNodes, ...mutation.removedNodes];
    if (changed.length > 0 && changed.every(isOwn)) return false;
    if (mutation.type === 'characterData') {
      return article?.contains(mutation.target) ?? false;
    }
    if (article) {
      if (article.contains(mutation.target)) return true;
      // The article itself was removed or replaced (client-side rendering).
      if (!article.isConnected) return true;
    }
    // Outside the article: only a sizeable block of new text can be (more) article.
    let added = 0;
    for (const node of mutation.addedNodes) {
      if (node.nodeType === 1 || node.nodeType === 3) added += node.textContent?.length ?? 0;
      if (added >= minNewText) return true;
    }
    return false;
  };

  const observer = new MutationObserver((mutations) => {
    if (!wanted() || !mutations.some(relevant)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) onChange();
    }, debounceMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
