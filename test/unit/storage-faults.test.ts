// Storage under faults, through lib/store's public API on fake-indexeddb: damaged and old records,
// a full disk at every write the store makes, two extension pages writing at once, and hostile
// import files. What a reader would notice is what is asserted: nothing saved is ever silently
// lost (count before = kept + quarantined), a full disk is a typed error that keeps what was
// saved, and a bad file changes nothing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ArticleRecord, Label, SavedClaim } from '../../lib/engine/types';
import { EXPORT_FORMAT, EXPORT_VERSION, mergeRecords, parseExport, toJson } from '../../lib/export';
import { corpusRecords } from '../../lib/export/fixtures';
import { openStore, StorageFullError, type Store } from '../../lib/store';
import { ARTICLES, DB_VERSION, META, QUARANTINE, SUMMARIES } from '../../lib/store/schema';
import { putRaw } from '../../lib/store/testing';

const opened: Store[] = [];
async function open(factory: IDBFactory, name = 'faults'): Promise<Store> {
  const store = await openStore(name, { factory });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

const moat: Label = { category: 'moat', direction: 'eroding' };
function claim(id: string, text = `Claim ${id} says the moat is gone.`): SavedClaim {
  return {
    id,
    text,
    start: 0,
    end: text.length,
    labels: [moat],
    certainty: 'asserted',
    attribution: null,
    actors: ['OpenAI'],
    score: 0.8,
    rules: ['r'],
    quote: { exact: text, prefix: '', suffix: '' },
    position: { start: 0, end: text.length },
  };
}
function article(
  url: string,
  savedAt: string,
  claims: SavedClaim[] = [claim('c1')],
  title = url,
): ArticleRecord {
  return { url, title, site: new URL(url).hostname, savedAt, claims };
}

/** Overwrites one key of a side store (summaries, meta) with garbage. */
async function damage(factory: IDBFactory, name: string, store: string, value: unknown, key?: IDBValidKey) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, DB_VERSION);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    if (key === undefined) tx.objectStore(store).put(value);
    else tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Everything a reader could get back: every record, newest first, and the quarantine. */
async function snapshot(store: Store) {
  return { articles: await store.listArticles(), quarantined: (await store.quarantined()).count };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// A record written by the release before schemas were versioned (schema 0).
const v0 = (url: string) => ({
  url,
  title: 'An old story',
  savedAt: Date.UTC(2023, 10, 5),
  claims: [
    {
      id: 'c1',
      text: 'OpenAI has no moat.',
      start: 0,
      end: 19,
      category: 'moat',
      direction: 'eroding',
      certainty: 'asserted',
      attribution: null,
      actors: ['OpenAI'],
    },
  ],
});
const good = (url: string) => ({
  ...article(url, '2024-05-01T10:00:00.000Z'),
  schemaVersion: 1,
  savedAtMs: Date.parse('2024-05-01T10:00:00.000Z'),
});

/** Damage a stored record can carry, each kept under a valid key so IndexedDB accepts it. */
const CORRUPT: [string, unknown][] = [
  ['title is a number', { ...good('https://c.example/1'), title: 42 }],
  ['claims is a string', { ...good('https://c.example/2'), claims: 'oops' }],
  [
    'claim offsets reversed',
    { ...good('https://c.example/3'), claims: [{ ...claim('x'), start: 9, end: 2 }] },
  ],
  [
    'unknown category',
    {
      ...good('https://c.example/4'),
      claims: [{ ...claim('x'), labels: [{ category: 'moats', direction: 'eroding' }] }],
    },
  ],
  ['savedAt is not a date', { ...good('https://c.example/5'), savedAt: 'yesterday' }],
  ['javascript: url', { ...good('https://c.example/6'), url: 'javascript:alert(1)' }],
  ['schemaVersion is text', { ...good('https://c.example/7'), schemaVersion: 'one' }],
  ['schemaVersion from the future', { ...good('https://c.example/8'), schemaVersion: 99 }],
  ['negative schemaVersion', { ...good('https://c.example/9'), schemaVersion: -1 }],
  ['a url that is a number', { ...good('https://c.example/10'), url: 10 }],
  ['a url that is a date', { ...good('https://c.example/11'), url: new Date(0) }],
  ['an array key', { ...good('https://c.example/12'), url: ['a', 'b'] }],
  ['claims full of nulls', { ...good('https://c.example/13'), claims: [null, null] }],
  [
    'schema 0 with a broken claim',
    { ...v0('https://c.example/14'), claims: [{ id: 'c', category: 'nope' }] },
  ],
  ['schema 0 with a non-http url', { ...v0('ftp://c.example/15') }],
  ['a Map for claims', { ...good('https://c.example/16'), claims: new Map([['a', 1]]) }],
  [
    'prototype keys',
    JSON.parse(`{"url":"https://c.example/17","__proto__":{"polluted":true},"schemaVersion":1}`),
  ],
];
const VALID: unknown[] = [
  good('https://ok.example/a'),
  good('https://ok.example/b'),
  v0('https://ok.example/old'),
];

describe('damaged and old records are migrated or quarantined, never silently dropped', () => {
  test.each([
    ['found while upgrading from database version 1', 1, true],
    ['found in a current database when read', DB_VERSION, false],
  ])('%s', async (_when, version, create) => {
    const factory = new IDBFactory();
    if (version === DB_VERSION) await open(factory).then((s) => s.close());
    const raws = [...VALID, ...CORRUPT.map(([, raw]) => raw)];
    await putRaw(factory, 'faults', version, raws, create);
    const store = await open(factory);

    const { articles, quarantined } = await snapshot(store);
    // count before = kept + quarantined
    expect(articles.length + quarantined).toBe(raws.length);
    expect(articles.map((a) => a.url).sort()).toEqual([
      'https://ok.example/a',
      'https://ok.example/b',
      'https://ok.example/old',
    ]);
    expect(quarantined).toBe(CORRUPT.length);
    // Each quarantined item keeps the raw value and says why, so the reader can recover it.
    const { items } = await store.quarantined();
    for (const item of items) expect(item.reason.length).toBeGreaterThan(0);
    expect(items.map((i) => i.raw)).toEqual(expect.arrayContaining([expect.objectContaining({ title: 42 })]));
    // The migrated one is current now, and everything stays put on the next open.
    store.close();
    const again = await open(factory);
    expect(await snapshot(again)).toEqual({ articles, quarantined });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('damaged cross-link summaries and change counter do not break saving or linking', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.saveArticle(article('https://a.example/1', '2024-05-01T10:00:00.000Z'));
    await damage(factory, 'faults', SUMMARIES, {
      url: 'https://a.example/broken',
      savedAtMs: 'x',
      claims: 7,
    });
    await damage(factory, 'faults', META, 'not a number', 'changes');
    const other = await open(factory);
    await other.saveArticle(article('https://a.example/2', '2024-05-02T10:00:00.000Z'));
    const links = await other.findCrossLinks('https://new.example/', [claim('n')]);
    expect(links.map((l) => l.article.url).sort()).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(await other.count()).toBe(2);
  });
});

describe('a full disk', () => {
  // The store writes to several object stores per save; the quota can run out at any of them.
  test.each([
    ['the article', ARTICLES],
    ['its cross-link summary', SUMMARIES],
    ['the change counter', META],
  ])(
    'running out while writing %s: StorageFullError, nothing half-written, old data intact',
    async (_w, target) => {
      const factory = new IDBFactory();
      const store = await open(factory);
      const records = corpusRecords().slice(0, 3);
      for (const r of records) await store.saveArticle(r);
      const before = await snapshot(store);
      const linksBefore = await store.findCrossLinks('https://new.example/', records[0]!.claims);

      const put = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === target) throw quotaError();
        return put.apply(this, args as Parameters<typeof put>);
      });
      const fresh = article('https://new.example/saved', '2024-07-01T10:00:00.000Z');
      const newer = { ...records[1]!, savedAt: '2030-01-01T00:00:00.000Z', claims: [] };
      for (const attempt of [fresh, newer]) {
        const error = await store.saveArticle(attempt).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StorageFullError);
        expect((error as Error).message).toMatch(/Nothing already saved was lost/);
      }
      vi.restoreAllMocks();

      expect(await snapshot(store)).toEqual(before);
      expect(await store.findCrossLinks('https://new.example/', records[0]!.claims)).toEqual(linksBefore);
      // And once there is room again, saving works.
      await store.saveArticle(fresh);
      expect(await store.count()).toBe(records.length + 1);
    },
  );

  test('an old record read while the disk is full is still returned, and migrated later', async () => {
    const factory = new IDBFactory();
    await open(factory).then((s) => s.close());
    await putRaw(factory, 'faults', DB_VERSION, [
      { ...v0('https://old.example/'), savedAtMs: Date.UTC(2023, 10, 5) },
    ]);
    const store = await open(factory);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    expect((await store.getArticle('https://old.example/'))?.site).toBe('old.example');
    vi.restoreAllMocks();
    expect((await store.listArticles()).map((r) => r.url)).toEqual(['https://old.example/']);
  });

  test('a damaged record met while the disk is full: the other records still list, the damaged one stays', async () => {
    const factory = new IDBFactory();
    await open(factory).then((s) => s.close());
    await putRaw(factory, 'faults', DB_VERSION, [
      good('https://ok.example/a'),
      { ...good('https://bad.example/'), title: 42 },
    ]);
    const store = await open(factory);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === QUARANTINE) throw quotaError();
      return add.apply(this, args as Parameters<typeof add>);
    });
    // Quarantining needs room; without it the damaged record must stay where it is, and the
    // reader still gets the good ones.
    const listed = await store.listArticles().catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(listed).toEqual([expect.objectContaining({ url: 'https://ok.example/a' })]);
    const { articles, quarantined } = await snapshot(store);
    expect(articles.length + quarantined).toBe(2);
  });
});

describe('two extension pages writing at once', () => {
  test('different and the same articles from two store instances: nothing lost, newest wins', async () => {
    const factory = new IDBFactory();
    const [tab1, tab2] = [await open(factory, 'shared'), await open(factory, 'shared')];
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 60; i++) {
      const url = i % 3 === 0 ? 'https://same.example/story' : `https://n.example/${i}`;
      const at = new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString();
      saves.push((i % 2 ? tab1 : tab2).saveArticle(article(url, at, [claim(`c${i}`)], `v${i}`)));
    }
    await Promise.all(saves);
    const third = await open(factory, 'shared');
    expect(await third.count()).toBe(40 + 1);
    expect((await third.getArticle('https://same.example/story'))?.title).toBe('v57');
    for (const store of [tab1, tab2, third]) {
      const links = await store.findCrossLinks('https://new.example/', [claim('n')], { perClaim: 100 });
      expect(new Set(links.map((l) => l.article.url)).size).toBe(41);
    }
  });
});

describe('importing a hostile file leaves the store unchanged', () => {
  const envelope = (articles: unknown[]) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, articles });
  const okRecord = article('https://ok.example/imported', '2024-05-01T10:00:00.000Z');
  const FILES: [string, string][] = [
    ['not JSON', '<html><script>alert(1)</script>'],
    ['an empty file', ''],
    ['a JSON array', '[1,2,3]'],
    ['another format', JSON.stringify({ format: 'hypothesis', version: 1, articles: [] })],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, articles: [] })],
    [
      '__proto__ pollution',
      `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"articles":[],"__proto__":{"polluted":true}}`,
    ],
    [
      'constructor.prototype pollution',
      envelope([{ ...okRecord, constructor: { prototype: { polluted: true } } }]),
    ],
    ['one bad article among good ones', envelope([okRecord, { ...okRecord, url: 'javascript:alert(1)' }])],
    [
      'a claim with offsets past its text',
      envelope([{ ...okRecord, claims: [{ ...claim('x'), start: -5 }] }]),
    ],
    [
      'extra keys in the envelope',
      JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, articles: [], run: 'x' }),
    ],
    [
      'deeply nested arrays',
      `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"articles":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    ],
    ['a truncated export', toJson([okRecord]).slice(0, 200)],
  ];

  /** What the options page and background do with a picked file (Data.tsx, router import-records). */
  async function importFile(store: Store, text: string): Promise<string | null> {
    const parsed = parseExport(text);
    if (!parsed.ok) return parsed.error;
    for (const record of parsed.records) {
      const saved = await store.getArticle(record.url);
      const [merged] = mergeRecords(saved ? [saved] : [], [record]);
      if (merged) await store.saveArticle(merged);
    }
    return null;
  }

  test.each(FILES)('%s', async (_name, text) => {
    const store = await open(new IDBFactory());
    for (const r of corpusRecords().slice(0, 2)) await store.saveArticle(r);
    const before = await snapshot(store);
    const error = await importFile(store, text);
    expect(error).toMatch(/\w/);
    expect(await snapshot(store)).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a file over the size cap is refused before it is parsed', () => {
    const parsed = parseExport(' '.repeat(1001), { maxChars: 1000 });
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
