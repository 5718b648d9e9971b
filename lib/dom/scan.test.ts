import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import type { AnnotateResult, Claim } from '../engine/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { extractArticle, isProbablyArticle } from './extract';
import { Reader, type Send } from './scan';

const PARAGRAPHS = [
  'For years the largest laboratories held every advantage that mattered in artificial intelligence: the chips, the data centres, the researchers and the money to keep all of them busy at once.',
  'Open-weight models now match proprietary systems on most everyday tasks, and they cost a fraction as much to run on rented hardware in any of the big clouds.',
  'Several investors argued that the big labs no longer have a durable moat, because any capability they ship is reproduced by open models within a few months of its release.',
];
const HTML = `<main><article><h1>Headline</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main>`;

/** A stand-in engine: every sentence containing "moat" or "open" is a claim. */
function fakeEngine(text: string): AnnotateResult {
  const claims: Claim[] = [];
  for (const m of text.matchAll(/[^.\n]+\./g)) {
    const sentence = m[0].trim();
    const start = m.index! + m[0].indexOf(sentence);
    const category = /moat/.test(sentence) ? 'moat' : /open/i.test(sentence) ? 'open_source_parity' : null;
    if (!category) continue;
    claims.push({
      id: `c${start}`,
      text: sentence,
      start,
      end: start + sentence.length,
      labels: [{ category, direction: category === 'moat' ? 'eroding' : 'closing' }],
      certainty: 'asserted',
      attribution: null,
      actors: [],
      score: 1,
      rules: [],
    });
  }
  return { claims, links: [] };
}

function setup(settings: Settings = DEFAULT_SETTINGS, delayMs = 0) {
  const window = new Window({ url: 'https://news.example/story' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = HTML;
  const calls: string[] = [];
  const send = (async (request: { type: string; text?: string; save?: boolean }) => {
    calls.push(request.type === 'annotate' && request.save ? 'annotate+save' : request.type);
    if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
    if (request.type === 'annotate') return fakeEngine(request.text ?? '');
    return { saved: true };
  }) as Send;
  const controller = new AbortController();
  const reader = new Reader({
    doc,
    signal: controller.signal,
    extraction: { isProbablyArticle, extractArticle },
    send,
    settings,
  });
  return { doc, reader, calls, controller };
}

const marked = (doc: Document) =>
  [...doc.querySelectorAll('mark[data-claimscope]')].map((m) => m.textContent);

describe('Reader (with the <mark> fallback, as happy-dom has no CSS.highlights)', () => {
  test('scans, paints, has the background save (one message); scanning again gives the same page', async () => {
    const { doc, reader, calls } = setup();
    const state = await reader.scan();
    expect(state.status).toBe('done');
    expect(state.counts).toEqual({ moat: 1, consolidation: 0, open_source_parity: 1 });
    expect(calls).toEqual(['annotate+save']);
    const first = doc.body.innerHTML;
    expect(marked(doc).join(' ')).toContain('durable moat');
    await reader.scan();
    expect(doc.body.innerHTML).toBe(first);
  });

  test('two overlapping passes never paint twice (the newer one wins)', async () => {
    const { doc, reader } = setup(DEFAULT_SETTINGS, 5);
    await Promise.all([reader.scan(), reader.scan(), reader.scan()]);
    expect(marked(doc)).toHaveLength(2);
  });

  test.each([
    { name: 'reading switched off', settings: { ...DEFAULT_SETTINGS, enabled: false }, status: 'disabled' },
    {
      name: 'site denied',
      settings: { ...DEFAULT_SETTINGS, sites: { 'news.example': 'deny' as const } },
      status: 'disabled',
    },
  ])('$name: nothing is read or painted', async ({ settings, status }) => {
    const { doc, reader, calls } = setup(settings);
    expect((await reader.scan()).status).toBe(status);
    expect(calls).toEqual([]);
    expect(doc.body.innerHTML).toBe(HTML);
  });

  test('switching off and on again restores highlights without the engine', async () => {
    const { doc, reader, calls } = setup();
    await reader.scan();
    const painted = doc.body.innerHTML;
    await reader.applySettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(doc.body.innerHTML).toBe(HTML);
    await reader.applySettings(DEFAULT_SETTINGS);
    expect(doc.body.innerHTML).toBe(painted);
    expect(calls.filter((c) => c.startsWith('annotate'))).toHaveLength(1);
  });

  test('the end of the script (ctx invalidated) removes everything', async () => {
    const { doc, reader, controller } = setup();
    await reader.scan();
    controller.abort();
    expect(doc.body.innerHTML).toBe(HTML);
  });

  test('step-claim walks claims in reading order and wraps', async () => {
    const { reader } = setup();
    const { claims } = await reader.scan();
    const ids = [...claims].sort((a, b) => a.start - b.start).map((c) => c.id);
    expect([reader.step(1), reader.step(1), reader.step(1), reader.step(-1)]).toEqual([
      ids[0],
      ids[1],
      ids[0],
      ids[1],
    ]);
  });

  test('the page state is built once per change and follows every change', async () => {
    const { reader } = setup();
    const idle = reader.pageState();
    expect(reader.pageState()).toBe(idle);
    const done = await reader.scan();
    expect(done.status).toBe('done');
    expect(reader.pageState()).toBe(done);
    expect(reader.pageState()).not.toBe(idle);
    await reader.applySettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(reader.pageState()).toMatchObject({ status: 'disabled', claims: [] });
    await reader.applySettings(DEFAULT_SETTINGS);
    expect(reader.pageState()).toMatchObject({ status: 'done', claims: done.claims });
  });
});
