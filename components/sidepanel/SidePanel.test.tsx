// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { type ExportFormat, parseExport } from '../../lib/export';
import type { PageState, Result } from '../../lib/messages';
import { CROSS_LINKS, PAGE_STATE, RULE_WORDS } from '../../test/fixtures/ui/data';
import { recordFromState } from '../page-record';
import { useTestRoot } from '../test-root';
import type { PanelApi } from './api';
import { PanelModel } from './model';
import { SidePanel } from './SidePanel';

const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

function fakeApi(state: Result<PageState> = ok(PAGE_STATE)) {
  return {
    activeTab: vi.fn(async () => 7),
    onTabChange: vi.fn((_listener: (id: number | null) => void) => () => {}),
    getPageState: vi.fn(async () => state),
    crossLinks: vi.fn(async () => ok(CROSS_LINKS)),
    focusClaim: vi.fn(async () => ok({ focused: true })),
    rescan: vi.fn(async () => state),
    describeRule: (id: string) => RULE_WORDS[id],
    // The content script's full record: quotes carry their context, unlike one rebuilt from state.
    getArticleRecord: vi.fn(async () => {
      const record = recordFromState(PAGE_STATE, new Date('2025-04-01T10:00:00Z'));
      return ok({
        ...record,
        claims: record.claims.map((c) => ({ ...c, quote: { ...c.quote, prefix: 'Before' } })),
      });
    }),
    download: vi.fn((_name: string, _mime: string, _text: string) => {}),
  } satisfies PanelApi;
}

const view = useTestRoot();

async function mount(api = fakeApi()) {
  const model = new PanelModel(api, 0);
  await view.mount(<SidePanel model={model} />, () => model.start());
  return { model, api };
}

const groupTexts = () =>
  [...view.el.querySelectorAll('section.group')].map((s) => [
    s.querySelector('h2')!.textContent,
    [...s.querySelectorAll('[data-claim-id]')].map((b) => (b as HTMLElement).dataset.claimId),
  ]);

test('claims are grouped by category, each claim once, under its first category', async () => {
  await mount();
  expect(groupTexts()).toEqual([
    ['Moats 2', ['c1', 'c4']],
    ['Consolidation 2', ['c2', 'c5']],
    ['Open-source parity 2', ['c3', 'c6']],
  ]);
});

describe('filters', () => {
  test.each<[string, (m: PanelModel) => void, string[]]>([
    ['category: a claim moves to the group that passes', (m) => m.toggleCategory('moat'), ['c1', 'c3', 'c4']],
    ['direction', (m) => m.setFilters({ direction: 'eroding' }), ['c3', 'c4']],
    ['actor', (m) => m.setFilters({ actor: 'llama' }), ['c3']],
    [
      'category + direction',
      (m) => {
        m.toggleCategory('consolidation');
        m.setFilters({ direction: 'fragmenting' });
      },
      [],
    ],
  ])('%s', async (_name, apply, ids) => {
    const { model } = await mount();
    await act(() => apply(model));
    const shown = [...view.el.querySelectorAll<HTMLElement>('[data-claim-id]')].map((b) => b.dataset.claimId);
    expect(shown).toEqual(ids);
    if (ids.length === 0) expect(view.el.textContent).toContain('No claims match these filters');
  });

  test('clicking an actor chip filters by it, clicking again clears', async () => {
    await mount();
    const chip = () =>
      [...view.el.querySelectorAll<HTMLButtonElement>('.chip')].find((b) => b.textContent === 'Mistral')!;
    await act(() => chip().click());
    expect(view.el.querySelectorAll('[data-claim-id]')).toHaveLength(1);
    expect(chip().getAttribute('aria-pressed')).toBe('true');
    await act(() => chip().click());
    expect(view.el.querySelectorAll('[data-claim-id]')).toHaveLength(6);
  });
});

test('click on a claim focuses it in the page', async () => {
  const { api } = await mount();
  const button = view.el.querySelector<HTMLButtonElement>('[data-claim-id="c4"]')!;
  await act(() => button.click());
  expect(api.focusClaim).toHaveBeenCalledWith(7, 'c4');
  expect(button.getAttribute('aria-current')).toBe('true');
});

test('a claim stepped to in the page is selected and scrolled to, without taking focus', async () => {
  const api = fakeApi();
  const { model } = await mount(api);
  const outside = document.createElement('input');
  document.body.append(outside);
  outside.focus();
  const scrolled: string[] = [];
  for (const b of view.el.querySelectorAll<HTMLElement>('[data-claim-id]'))
    b.scrollIntoView = () => scrolled.push(b.dataset.claimId!);
  api.getPageState.mockResolvedValue(ok({ ...PAGE_STATE, focused: 'c4' }));
  await act(() => model.poll());
  const card = view.el.querySelector<HTMLElement>('[data-claim-id="c4"]')!;
  expect(card.getAttribute('aria-current')).toBe('true');
  expect(card.tabIndex).toBe(0);
  expect(view.el.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  expect(scrolled).toEqual(['c4']);
  expect(document.activeElement).toBe(outside);
  outside.remove();
});

test('keyboard: arrows and j/k move between claims in display order; one tab stop', async () => {
  await mount();
  const buttons = () => [...view.el.querySelectorAll<HTMLElement>('[data-claim-id]')];
  expect(
    buttons()
      .filter((b) => b.tabIndex === 0)
      .map((b) => b.dataset.claimId),
  ).toEqual(['c1']);
  buttons()[0]!.focus();
  const press = async (key: string) =>
    act(() => {
      (document.activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true }),
      );
    });
  const seen: string[] = [];
  for (const key of ['ArrowDown', 'j', 'j', 'k', 'End', 'ArrowDown', 'Home']) {
    await press(key);
    seen.push((document.activeElement as HTMLElement).dataset.claimId!);
  }
  expect(seen).toEqual(['c4', 'c2', 'c5', 'c2', 'c6', 'c6', 'c1']);
  expect(
    buttons()
      .filter((b) => b.tabIndex === 0)
      .map((b) => b.dataset.claimId),
  ).toEqual(['c1']);
});

test('why: fired rules in words, unknown ids shown as they are', async () => {
  const state = {
    ...PAGE_STATE,
    claims: [{ ...PAGE_STATE.claims[0]!, rules: ['moat.capital-barrier', 'x.unknown'] }],
  };
  await mount(fakeApi(ok(state)));
  const why = view.el.querySelector('.why')!;
  expect(why.textContent).toContain('Names a capital barrier to entry');
  expect(why.querySelector('code')!.textContent).toBe('x.unknown');
});

test('cross-references: within the article and from saved articles, relation in words', async () => {
  await mount();
  const card = view.el.querySelector('[data-claim-id="c3"]')!.closest('li')!;
  expect(card.querySelector('.related summary')!.textContent).toBe(
    'In this article: 1 corroborating, 2 contradicting',
  );
  const cross = card.querySelector('.cross-item')!;
  expect(cross.textContent).toContain('contradicts');
  expect(cross.querySelector('a')!.getAttribute('href')).toMatch(
    /^https:\/\/weekly\.example\.net\/open-models-gap#:~:text=/,
  );
  expect(cross.textContent).toContain('weekly.example.net');
});

test('page text is rendered as text, never as HTML', async () => {
  const evil = { ...PAGE_STATE.claims[0]!, text: '<img src=x onerror=alert(1)> moats widen' };
  await mount(fakeApi(ok({ ...PAGE_STATE, title: '<b>t</b>', claims: [evil], links: [] })));
  expect(view.el.querySelector('img')).toBeNull();
  expect(view.el.querySelector('b')).toBeNull();
  expect(view.el.querySelector('[data-claim-id]')!.textContent).toBe(evil.text);
});

describe('empty and error states', () => {
  test.each<[string, Result<PageState>, string]>([
    ['not an article', ok({ ...PAGE_STATE, status: 'not-article', claims: [] }), 'Not an article'],
    ['no claims', ok({ ...PAGE_STATE, claims: [], links: [] }), 'No claims found'],
    [
      'site switched off',
      ok({ ...PAGE_STATE, status: 'disabled', claims: [] }),
      'Highlights are off on this site',
    ],
    ['still scanning', ok({ ...PAGE_STATE, status: 'scanning', claims: [] }), 'Reading the article'],
    [
      'scan failed',
      ok({ ...PAGE_STATE, status: 'error', error: 'boom', claims: [] }),
      'Something went wrong',
    ],
    [
      'no content script',
      { ok: false, error: 'Could not establish connection' },
      "Claimscope can't read this page",
    ],
  ])('%s', async (_name, state, heading) => {
    await mount(fakeApi(state));
    expect(view.el.querySelector('h2')!.textContent).toContain(heading);
  });

  test('the error state offers a retry that rescans', async () => {
    const { api } = await mount(fakeApi(ok({ ...PAGE_STATE, status: 'error', error: 'boom', claims: [] })));
    await act(async () => view.el.querySelector<HTMLButtonElement>('.empty button')!.click());
    expect(api.rescan).toHaveBeenCalledWith(7);
  });
});

test('follows tab changes and announces the count', async () => {
  let listener: (id: number | null) => void = () => {};
  const api = fakeApi();
  api.onTabChange.mockImplementation((l: (id: number | null) => void) => {
    listener = l;
    return () => {};
  });
  await mount(api);
  expect(view.el.querySelector('[role="status"]')!.textContent).toBe('6 claims on this page');
  api.getPageState.mockResolvedValue(ok({ ...PAGE_STATE, status: 'not-article', claims: [] }));
  await act(async () => listener(9));
  expect(api.getPageState).toHaveBeenLastCalledWith(9);
  expect(view.el.textContent).toContain('Not an article');
});

describe('export of the claims shown', () => {
  const exportButton = () =>
    [...view.el.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.getAttribute('aria-label') === 'Export these claims',
    )!;
  async function exportAs(format: ExportFormat) {
    const select = view.el.querySelector<HTMLSelectElement>('#panel-export-format')!;
    select.value = format;
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      exportButton().click();
      // The export awaits the content script's record: let that settle inside act.
      await new Promise((done) => setTimeout(done, 0));
    });
  }

  test.each<[string, (m: PanelModel) => void, string[], RegExp]>([
    [
      'no filter: every claim',
      () => {},
      ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
      /^claimscope-news-example-com-the-new/,
    ],
    [
      'a category',
      (m) => m.toggleCategory('moat'),
      ['c1', 'c3', 'c4'],
      /^claimscope-news-example-com-filtered-/,
    ],
    ['a direction', (m) => m.setFilters({ direction: 'eroding' }), ['c3', 'c4'], /-filtered-/],
    ['an actor', (m) => m.setFilters({ actor: 'llama' }), ['c3'], /-filtered-/],
  ])('%s', async (_name, apply, ids, fileName) => {
    const { model, api } = await mount();
    await act(() => apply(model));
    await exportAs('json');
    expect(api.download).toHaveBeenCalledTimes(1);
    const [name, mime, text] = api.download.mock.calls[0]!;
    expect(name).toMatch(fileName);
    expect(name).toMatch(/\.claimscope\.json$/);
    expect(mime).toBe('application/json');
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records[0]!.claims.map((c) => c.id)).toEqual(ids);
    // The full record from the content script is used, not one rebuilt from the panel's state.
    expect(parsed.records[0]!.claims.every((c) => c.quote.prefix === 'Before')).toBe(true);
    expect(view.el.textContent).toContain(`Saved ${name}`);
  });

  test.each<ExportFormat>(['md', 'csv', 'w3c'])('%s holds only the filtered claims', async (format) => {
    const { model, api } = await mount();
    await act(() => model.toggleCategory('open_source_parity'));
    await exportAs(format);
    const text = api.download.mock.calls[0]![2];
    const byId = new Map(PAGE_STATE.claims.map((c) => [c.id, c.text]));
    for (const id of ['c3', 'c6']) expect(text).toContain(byId.get(id)!.slice(0, 30));
    for (const id of ['c1', 'c2', 'c4', 'c5']) expect(text).not.toContain(byId.get(id)!.slice(0, 30));
  });

  test('without the full record, the claims come from the panel state', async () => {
    const api = fakeApi();
    api.getArticleRecord.mockResolvedValueOnce({ ok: false, error: 'no content script' } as never);
    const { model } = await mount(api);
    await act(() => model.setFilters({ actor: 'llama' }));
    await exportAs('json');
    const parsed = parseExport(api.download.mock.calls[0]![2]);
    expect(parsed.ok && parsed.records[0]!.claims.map((c) => c.id)).toEqual(['c3']);
  });

  test('nothing shown: the button is disabled', async () => {
    const { model } = await mount();
    await act(() => {
      model.toggleCategory('consolidation');
      model.setFilters({ direction: 'fragmenting' });
    });
    expect(exportButton().disabled).toBe(true);
  });
});
