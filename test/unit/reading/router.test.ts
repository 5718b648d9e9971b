import { describe, expect, test } from 'vitest';
import { type ArticleStore, createRouter } from '../../../entrypoints/background/router';
import type { ArticleRecord, Claim } from '../../../lib/engine/types';

const record = (url: string, savedAt: string, title = 'T'): ArticleRecord => ({
  url,
  title,
  site: 'example.com',
  savedAt,
  claims: [],
});

function fakeStore(initial: ArticleRecord[] = []): ArticleStore & { saved: Map<string, ArticleRecord> } {
  const saved = new Map(initial.map((r) => [r.url, r]));
  return {
    saved,
    saveArticle: async (r) => void saved.set(r.url, r),
    getArticle: async (url) => saved.get(url) ?? null,
    listArticles: async () => [...saved.values()],
    findCrossLinks: async () => [],
    count: async () => saved.size,
    estimateUsage: async () => ({ usage: 1234 }),
    deleteAll: async () => saved.clear(),
  };
}

describe('background router', () => {
  const store = fakeStore([record('https://a.example/1', '2025-01-01T00:00:00.000Z', 'Old title')]);
  const route = createRouter({
    annotate: (text) => {
      if (text === 'boom') throw new Error('engine failed');
      return { claims: [], links: [] };
    },
    store: async () => store,
  });

  test.each([
    { request: { type: 'ping' }, reply: { ok: true, value: { pong: true } } },
    {
      request: { type: 'annotate', text: 'x', url: 'u', title: 't' },
      reply: { ok: true, value: { claims: [], links: [] } },
    },
    // A failure is a value the caller can show, never a lost promise.
    {
      request: { type: 'annotate', text: 'boom', url: 'u', title: 't' },
      reply: { ok: false, error: 'engine failed' },
    },
    { request: { type: 'storage-info' }, reply: { ok: true, value: { articles: 1, bytes: 1234 } } },
    { request: { type: 'cross-links', url: 'u', claims: [] }, reply: { ok: true, value: [] } },
  ])('$request.type → $reply.ok', async ({ request, reply }) => {
    expect(await route(request)).toEqual(reply);
  });

  test.each([
    { type: 'get-page-state' },
    { type: 'focus-claim', id: 'x' },
    { type: 'nonsense' },
    null,
    'ping',
  ])('leaves %j to other listeners', (message) => {
    expect(route(message)).toBeUndefined();
  });

  test('import merges with what is saved: the newer version of an article wins', async () => {
    const reply = await route({
      type: 'import-records',
      records: [
        record('https://a.example/1', '2025-06-01T00:00:00.000Z', 'New title'),
        record('https://b.example/2', '2024-01-01T00:00:00.000Z'),
      ],
    });
    expect(reply).toEqual({ ok: true, value: { imported: 2, total: 2 } });
    expect(store.saved.get('https://a.example/1')?.title).toBe('New title');
    expect(await route({ type: 'clear-data' })).toEqual({ ok: true, value: { cleared: true } });
    expect(store.saved.size).toBe(0);
  });

  test.each([
    { name: 'asked to save, with claims', text: 'claim', save: true, saved: true },
    { name: 'asked to save, no claims', text: 'x', save: true, saved: false },
    { name: 'not asked to save', text: 'claim', save: undefined, saved: false },
  ])('annotate saves the article only when the page asks and it has claims: $name', async (c) => {
    const own = fakeStore();
    const claim: Claim = {
      ...{ id: 'c1', text: 'claim', start: 0, end: 5, labels: [], certainty: 'asserted' },
      ...{ attribution: null, actors: [], score: 1, rules: [] },
    };
    const routeOwn = createRouter({
      annotate: (text) => ({ claims: text === 'claim' ? [claim] : [], links: [] }),
      store: async () => own,
    });
    const request = {
      type: 'annotate',
      text: c.text,
      url: 'https://a.example/s#top',
      title: 'T',
      save: c.save,
    };
    expect(await routeOwn(request)).toMatchObject({ ok: true });
    await new Promise((done) => setTimeout(done, 0));
    expect(own.saved.has('https://a.example/s')).toBe(c.saved);
    if (c.saved) expect(own.saved.get('https://a.example/s')?.claims[0]?.quote.exact).toBe('claim');
  });
});
