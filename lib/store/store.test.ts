// The store against fake-indexeddb: a fresh IDBFactory per test, so every test starts empty.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { linkStrength } from '../engine/link';
import type { ArticleRecord, Claim, Label, SavedClaim } from '../engine/types';
import { corpusRecords } from '../export/fixtures';
import { InvalidRecordError, openStore, StorageFullError, type Store } from './index';
import { putRaw } from './testing';

const opened: Store[] = [];
async function fresh(factory = new IDBFactory(), name = 'test') {
  const store = await openStore(name, { factory });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

function claim(id: string, labels: Label[], actors: string[] = [], text = `Claim ${id}.`): SavedClaim {
  return {
    id,
    text,
    start: 0,
    end: text.length,
    labels,
    certainty: 'asserted',
    attribution: null,
    actors,
    score: 0.8,
    rules: ['r'],
    quote: { exact: text, prefix: '', suffix: '' },
    position: { start: 0, end: text.length },
  };
}

function article(url: string, savedAt: string, claims: SavedClaim[] = [], title = url): ArticleRecord {
  return { url, title, site: new URL(url).hostname, savedAt, claims };
}

const moat = (direction: 'strengthening' | 'eroding'): Label => ({ category: 'moat', direction });
const consolidation: Label = { category: 'consolidation', direction: 'concentrating' };

describe('saving and reading', () => {
  test('upsert by url: the newer save replaces, an older one does not', async () => {
    const store = await fresh();
    const a1 = article('https://a.example/x', '2024-05-01T10:00:00.000Z', [], 'first');
    const a2 = { ...a1, savedAt: '2024-05-02T10:00:00.000Z', title: 'second' };
    await store.saveArticle(a1);
    await store.saveArticle(a2);
    await store.saveArticle(a1);
    expect(await store.count()).toBe(1);
    expect((await store.getArticle(a1.url))?.title).toBe('second');
    expect(await store.getArticle('https://a.example/missing')).toBeNull();
  });

  test('real corpus records come back exactly as saved', async () => {
    const store = await fresh();
    const records = corpusRecords();
    for (const r of records) await store.saveArticle(r);
    for (const r of records) expect(await store.getArticle(r.url)).toEqual(r);
  });

  test('two tabs saving at once lose nothing', async () => {
    const factory = new IDBFactory();
    const [tab1, tab2] = [await fresh(factory, 'shared'), await fresh(factory, 'shared')];
    const saves = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? tab1 : tab2).saveArticle(
        article(
          `https://n.example/${i % 20}`,
          new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
          [],
          `v${i}`,
        ),
      ),
    );
    await Promise.all(saves);
    expect(await tab1.count()).toBe(20);
    for (let i = 0; i < 20; i++)
      expect((await tab2.getArticle(`https://n.example/${i}`))?.title).toBe(`v${i + 20}`);
  });

  test('an invalid record is refused with a typed error, nothing written', async () => {
    const store = await fresh();
    const bad = article('javascript:alert(1)' as string, '2024-05-01T10:00:00.000Z');
    await expect(store.saveArticle(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await store.count()).toBe(0);
  });

  test('a full disk gives StorageFullError and keeps existing data', async () => {
    const store = await fresh();
    const kept = article('https://a.example/kept', '2024-05-01T10:00:00.000Z', [
      claim('c1', [moat('eroding')]),
    ]);
    await store.saveArticle(kept);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const update = { ...kept, savedAt: '2024-06-01T10:00:00.000Z', claims: [] };
    const error = await store.saveArticle(update).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/^Storage is full/);
    vi.restoreAllMocks();
    expect(await store.getArticle(kept.url)).toEqual(kept);
    expect(await store.count()).toBe(1);
  });

  test('listArticles filters by savedAt, inclusive, newest first, across time zones', async () => {
    const store = await fresh();
    const times = [
      '2024-05-01T00:00:00.000Z',
      '2024-05-10T12:00:00+02:00', // 10:00Z
      '2024-05-10T11:00:00.000Z',
      '2024-05-20T00:00:00.000Z',
      '2024-06-01T00:00:00.000Z',
    ];
    for (const [i, t] of times.entries()) await store.saveArticle(article(`https://d.example/${i}`, t));
    const urls = async (range: Parameters<Store['listArticles']>[0]) =>
      (await store.listArticles(range)).map((r) => r.url.slice(-1));
    expect(await urls({})).toEqual(['4', '3', '2', '1', '0']);
    expect(await urls({ from: '2024-05-10T10:00:00Z', to: new Date('2024-05-20T00:00:00Z') })).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect(await urls({ from: Date.UTC(2024, 4, 15) })).toEqual(['4', '3']);
    expect(await urls({ to: '2024-05-01T00:00:00Z' })).toEqual(['0']);
    expect(await urls({ from: '2024-07-01T00:00:00Z', to: '2024-01-01T00:00:00Z' })).toEqual([]);
  });

  test('deleteAll empties articles, cross-link index and quarantine', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, 'wipe', 1, [{ url: 'https://q.example/', claims: 'broken' }], true);
    const store = await fresh(factory, 'wipe');
    await store.saveArticle(
      article('https://a.example/1', '2024-05-01T10:00:00Z', [claim('c', [moat('eroding')])]),
    );
    expect((await store.quarantined()).count).toBe(1);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect((await store.quarantined()).count).toBe(0);
    expect(await store.findCrossLinks('https://b.example/', [claim('x', [moat('strengthening')])])).toEqual(
      [],
    );
  });

  test('estimateUsage reports navigator.storage when the browser has it', async () => {
    const store = await fresh();
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1234, quota: 10_000 }) } });
    expect(await store.estimateUsage()).toEqual({ usage: 1234, quota: 10_000 });
    vi.stubGlobal('navigator', {});
    expect(await store.estimateUsage()).toBeNull();
    vi.unstubAllGlobals();
  });
});

describe('migration and quarantine', () => {
  const v0 = {
    url: 'https://old.example/story',
    title: 'An old story',
    savedAt: Date.UTC(2023, 10, 5),
    claims: [
      {
        id: 'c1',
        text: 'OpenAI has no moat.',
        start: 10,
        end: 29,
        category: 'moat',
        direction: 'eroding',
        certainty: 'asserted',
        attribution: null,
        actors: ['OpenAI'],
      },
    ],
  };

  test('a schema-0 record in a version-1 database is migrated when the database is upgraded', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, 'legacy', 1, [v0], true);
    const store = await fresh(factory, 'legacy');
    const record = await store.getArticle(v0.url);
    expect(record).toEqual({
      url: v0.url,
      title: 'An old story',
      site: 'old.example',
      savedAt: '2023-11-05T00:00:00.000Z',
      claims: [
        {
          ...claim('c1', [moat('eroding')], ['OpenAI'], 'OpenAI has no moat.'),
          start: 10,
          end: 29,
          score: 0,
          rules: [],
          position: { start: 10, end: 29 },
        },
      ],
    });
    // The migrated record takes part in cross-links like any other.
    const links = await store.findCrossLinks('https://new.example/', [
      claim('n', [moat('strengthening')], ['OpenAI']),
    ]);
    expect(links.map((l) => [l.article.url, l.relation])).toEqual([[v0.url, 'contradicts']]);
  });

  test('a schema-0 record found in a current database is migrated when read', async () => {
    const factory = new IDBFactory();
    await fresh(factory, 'mixed').then((s) => s.close());
    await putRaw(factory, 'mixed', 2, [{ ...v0, savedAtMs: v0.savedAt }]);
    const store = await fresh(factory, 'mixed');
    expect((await store.listArticles()).map((r) => r.site)).toEqual(['old.example']);
    expect((await store.quarantined()).count).toBe(0);
  });

  test.each([
    [
      'a claim with a direction from another category',
      { ...v0, claims: [{ ...v0.claims[0], direction: 'closing' }] },
      /direction does not belong/,
    ],
    ['claims that are not a list', { ...v0, claims: 'oops' }, /claims/],
    ['a record from a newer release', { ...v0, schemaVersion: 99 }, /newer Claimscope/],
  ])('%s is quarantined, kept, and counted', async (_name, raw, reason) => {
    const factory = new IDBFactory();
    await putRaw(factory, 'q', 1, [raw], true);
    await putRaw(factory, 'q', 1, [{ ...v0, url: 'https://fine.example/' }]);
    const store = await fresh(factory, 'q');
    expect((await store.listArticles()).map((r) => r.url)).toEqual(['https://fine.example/']);
    const { count, items } = await store.quarantined();
    expect(count).toBe(1);
    expect(items[0]).toMatchObject({ url: v0.url, reason: expect.stringMatching(reason), raw });
  });

  test('a record corrupted after saving is quarantined when read, not returned', async () => {
    const factory = new IDBFactory();
    const store = await fresh(factory, 'rot');
    await store.saveArticle(article('https://a.example/rot', '2024-05-01T10:00:00Z'));
    await putRaw(factory, 'rot', 2, [{ url: 'https://a.example/rot', schemaVersion: 1, title: 42 }]);
    expect(await store.getArticle('https://a.example/rot')).toBeNull();
    expect(await store.count()).toBe(0);
    expect((await store.quarantined()).items[0]?.raw).toMatchObject({ title: 42 });
  });
});

describe('findCrossLinks', () => {
  const page = 'https://page.example/today';
  const pageClaims: Claim[] = [
    claim('p1', [moat('eroding')], ['OpenAI']),
    claim('p2', [consolidation], ['Microsoft', 'OpenAI']),
  ];

  async function seeded() {
    const store = await fresh();
    await store.saveArticle(
      article('https://other.example/a', '2024-05-01T10:00:00Z', [
        claim('a1', [moat('strengthening')], ['OpenAI', 'Google']),
        claim('a2', [{ category: 'open_source_parity', direction: 'closing' }], ['OpenAI']),
      ]),
    );
    await store.saveArticle(
      article('https://other.example/b', '2024-05-03T10:00:00Z', [
        claim('b1', [moat('eroding'), { category: 'consolidation', direction: 'fragmenting' }], []),
      ]),
    );
    // The page's own earlier save: the same article, so never a cross-link.
    await store.saveArticle(
      article(page, '2024-05-02T10:00:00Z', [claim('p1', [moat('strengthening')], ['OpenAI'])]),
    );
    return store;
  }

  test('a contradicting claim in another article is found, strongest first; the same article is not', async () => {
    const store = await seeded();
    const links = await store.findCrossLinks(page, pageClaims);
    expect(links.map((l) => [l.from, l.to, l.category, l.relation, l.strength])).toEqual([
      ['p1', 'a1', 'moat', 'contradicts', linkStrength(1)],
      ['p1', 'b1', 'moat', 'corroborates', linkStrength(0)],
      ['p2', 'b1', 'consolidation', 'contradicts', linkStrength(0)],
    ]);
    expect(links[0]!.article).toEqual({
      url: 'https://other.example/a',
      title: 'https://other.example/a',
      site: 'other.example',
      savedAt: '2024-05-01T10:00:00Z',
    });
    expect(links[0]!.claim).toMatchObject({ id: 'a1', text: 'Claim a1.', actors: ['OpenAI', 'Google'] });
    expect(links.some((l) => l.article.url === page)).toBe(false);
  });

  test('"Google" on the page links to "Google DeepMind" saved, as sharedActors counts it', async () => {
    const store = await seeded();
    await store.saveArticle(
      article('https://other.example/c', '2024-04-01T10:00:00Z', [
        claim('c1', [moat('eroding')], ['Google DeepMind']),
      ]),
    );
    const links = await store.findCrossLinks(page, [
      claim('q', [moat('strengthening')], ['Google', 'OpenAI']),
    ]);
    expect(links.map((l) => [l.to, l.strength])).toEqual([
      ['a1', linkStrength(2)],
      ['c1', linkStrength(1)],
      ['b1', linkStrength(0)],
    ]);
  });

  test('results are capped per claim and kept fresh across store instances', async () => {
    const factory = new IDBFactory();
    const background = await fresh(factory, 'cap');
    const options = await fresh(factory, 'cap');
    for (let i = 0; i < 30; i++) {
      await background.saveArticle(
        article(`https://many.example/${i}`, new Date(Date.UTC(2024, 0, 1 + i)).toISOString(), [
          claim('m', [moat('eroding')]),
        ]),
      );
    }
    const query = [claim('q', [moat('strengthening')])];
    const links = await background.findCrossLinks(page, query, { perClaim: 5 });
    // Equal strength: the most recently saved articles first.
    expect(links.map((l) => l.article.url.split('/').pop())).toEqual(['29', '28', '27', '26', '25']);
    expect(await background.findCrossLinks(page, query)).toHaveLength(20);
    // Another instance writes; this one's in-memory index notices.
    await options.saveArticle(
      article('https://late.example/', '2023-01-01T00:00:00Z', [claim('l', [moat('eroding')], ['Meta'])]),
    );
    const withMeta = await background.findCrossLinks(page, [claim('q', [moat('strengthening')], ['Meta'])], {
      perClaim: 1,
    });
    expect(withMeta.map((l) => l.article.url)).toEqual(['https://late.example/']);
    await options.deleteAll();
    expect(await background.findCrossLinks(page, query)).toEqual([]);
  });
});
