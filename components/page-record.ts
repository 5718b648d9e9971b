// A record of the page built from its PageState alone, for when the content script cannot give
// the full one: the quotes then lack their surrounding context, the rest is the same.
import type { ArticleRecord } from '../lib/engine/types';
import type { PageState } from '../lib/messages';

export function recordFromState(state: PageState, now = new Date()): ArticleRecord {
  return {
    url: state.url.replace(/#.*$/, ''),
    title: state.title,
    site: state.site,
    savedAt: now.toISOString(),
    claims: state.claims.map((claim) => ({
      ...claim,
      quote: { exact: claim.text, prefix: '', suffix: '' },
      position: { start: claim.start, end: claim.end },
    })),
  };
}
