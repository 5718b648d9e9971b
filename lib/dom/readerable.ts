// The cheap check before any work: is this page an article at all? Modeled on readability's
// isProbablyReaderable — enough long paragraphs outside page chrome — plus URL shapes of home,
// search and listing pages, so that on most non-article pages the content script stops here.
import { isHidden, looksLikeBoilerplate } from './boilerplate';

export interface ReaderableOptions {
  /** A paragraph shorter than this (characters, trimmed) does not count. */
  minContentLength?: number;
  /** Sum over counted paragraphs of sqrt(length - minContentLength) needed to say yes. */
  minScore?: number;
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
  if (!doc.body || looksLikeListingUrl(doc)) return false;
  let score = 0;
  // querySelectorAll is one native call; the loop stops as soon as the page has earned a yes.
  for (const el of doc.body.querySelectorAll('p, pre, article')) {
    if (isHidden(el) || looksLikeBoilerplate(el)) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < minLength) continue;
    if (el.matches('li p') || el.closest(CHROME)) continue;
    score += Math.sqrt(len - minLength);
    if (score > minScore) return true;
  }
  return false;
}
