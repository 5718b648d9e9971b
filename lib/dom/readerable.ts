// The cheap check before any work: is this page an article at all? Modeled on readability's
// isProbablyReaderable — enough long paragraphs outside page chrome — plus URL shapes of home,
// search and listing pages, so that on most non-article pages the content script stops here.
import { isHidden, looksLikeBoilerplate } from './boilerplate';
import type { TopicCounter } from './topic';

export interface ReaderableOptions {
  /** A paragraph shorter than this (characters, trimmed) does not count. */
  minContentLength?: number;
  /** Sum over counted paragraphs of sqrt(length - minContentLength) needed to say yes. */
  minScore?: number;
  /**
   * Also require the page to be about this topic (topic.ts): the title and the paragraphs read
   * here are fed to it, and reading goes on past an early yes until it has its verdict.
   */
  topic?: TopicCounter;
}

/** Home pages, search results, tag and section listings: never a single article. */
const LISTING_PATH =
  /^\/(?:index\.\w+)?$|\/(?:search|tags?|topics?|category|categories|section|author)(?:\/|$)/i;
const SEARCH_PARAM = /[?&](?:q|query|s|search)=/i;
const CHROME = 'nav, aside, footer, header, form, [role="navigation"], [role="complementary"]';

function looksLikeListingUrl(doc: Document): boolean {
  // linkedom documents have no location; `about:` and `file:` pages are judged on content alone.
  const loc = (doc as { location?: Location | null }).location;
  if (!loc || !/^https?:$/.test(loc.protocol)) return false;
  return LISTING_PATH.test(loc.pathname) || SEARCH_PARAM.test(loc.search);
}

export function isProbablyArticle(doc: Document, options: ReaderableOptions = {}): boolean {
  const minLength = options.minContentLength ?? 140;
  const minScore = options.minScore ?? 20;
  const topic = options.topic;
  if (!doc.body || looksLikeListingUrl(doc)) return false;
  topic?.add(doc.title);
  let score = 0;
  let readable = false;
  // querySelectorAll is one native call; the loop stops as soon as the page has earned a yes.
  for (const el of doc.body.querySelectorAll('p, pre, article')) {
    const topicDone = topic === undefined || topic.done;
    if (readable && topicDone) break;
    // Text is read once, for both questions.
    let text: string | null = null;
    if (!topicDone) {
      text = el.textContent ?? '';
      topic.add(text);
    }
    if (readable || isHidden(el) || looksLikeBoilerplate(el)) continue;
    const len = (text ?? el.textContent ?? '').trim().length;
    if (len < minLength) continue;
    if (el.matches('li p') || el.closest(CHROME)) continue;
    score += Math.sqrt(len - minLength);
    if (score > minScore) readable = true;
  }
  return readable && (topic === undefined || topic.satisfied);
}
