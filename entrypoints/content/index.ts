import { browser } from 'wxt/browser';
import type { PageState, Request } from '@/lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The reading pipeline (extract → annotate → highlight) is wired here as it lands.
    const state: PageState = {
      url: location.href,
      title: document.title,
      site: location.hostname,
      status: 'idle',
      claims: [],
      links: [],
      counts: { moat: 0, consolidation: 0, open_source_parity: 0 },
    };
    const onMessage = (message: unknown) => {
      const request = message as Request;
      if (request?.type === 'get-page-state') return Promise.resolve({ ok: true, value: state });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
