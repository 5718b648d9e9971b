// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { ArticleRecord } from '../../lib/engine/types';
import { formatRecords } from '../../lib/export';
import type { Result } from '../../lib/messages';
import { DEFAULT_COLOURS, DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { PAGE_STATE } from '../../test/fixtures/ui/data';
import { recordFromState } from '../popup/page-record';
import { useTestRoot } from '../test-root';
import type { OptionsApi } from './api';
import { formatBytes } from './Data';
import { Options } from './Options';

const RECORD: ArticleRecord = recordFromState(PAGE_STATE, new Date('2025-04-01T10:00:00Z'));
const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

function fakeApi(settings: Settings = DEFAULT_SETTINGS) {
  return {
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (_s: Settings) => {}),
    watchSettings: vi.fn((_cb: (s: Settings) => void) => () => {}),
    ruleGroups: [{ id: 'hedges', label: 'Hedge words', description: 'may, might, could' }],
    storageInfo: vi.fn(async () => ok({ articles: 12, bytes: 1_234_567 as number | null })),
    exportRecords: vi.fn(async (_r: { from?: string; to?: string }) => ok([RECORD])),
    importRecords: vi.fn(async (records: ArticleRecord[]) => ok({ imported: records.length, total: 13 })),
    clearData: vi.fn(async () => ok({ cleared: true as const })),
    download: vi.fn((_n: string, _m: string, _t: string) => {}),
  } satisfies OptionsApi;
}

const view = useTestRoot();

async function mount(api = fakeApi()) {
  await view.mount(<Options api={api} />);
  return api;
}
const saved = (api: ReturnType<typeof fakeApi>) => api.saveSettings.mock.calls.at(-1)![0];
const button = (text: string) =>
  [...view.el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
/** Waits for a chain of awaits in the component (file read, validation, store call) to render. */
async function settle(done: () => unknown) {
  await vi.waitFor(async () => {
    await act(async () => {});
    if (!done()) throw new Error('not yet');
  });
}
async function type(input: HTMLInputElement, value: string, event = 'input') {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('sites', () => {
  test.each<[string, string, Settings['sites'] | null]>([
    ['a host', 'example.com', { 'example.com': 'deny' }],
    ['a URL is reduced to its host', 'https://www.ft.com/content/abc', { 'ft.com': 'deny' }],
    ['not a host', 'hello world', null],
  ])('add %s', async (_name, text, sites) => {
    const api = await mount();
    await type(view.el.querySelector<HTMLInputElement>('.add-site input')!, text);
    await act(() => {
      view.el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    if (sites) expect(saved(api).sites).toEqual(sites);
    else {
      expect(api.saveSettings).not.toHaveBeenCalled();
      expect(view.el.querySelector('[role="alert"]')!.textContent).toContain('is not a site name');
    }
  });

  test('remove a rule and switch mode', async () => {
    const api = await mount(fakeApi({ ...DEFAULT_SETTINGS, sites: { 'example.com': 'deny' } }));
    await act(() => view.el.querySelector<HTMLButtonElement>('[aria-label="Remove example.com"]')!.click());
    expect(saved(api).sites).toEqual({});
    const allowlist = view.el.querySelectorAll<HTMLInputElement>('input[name="mode"]')[1]!;
    await act(() => {
      allowlist.checked = true;
      allowlist.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(saved(api).mode).toBe('allowlist');
  });
});

test('colours change and reset', async () => {
  const api = await mount();
  await type(
    view.el.querySelector<HTMLInputElement>('[aria-label="Moats on dark pages"]')!,
    '#112233',
    'change',
  );
  expect(saved(api).colours.moat).toEqual({ light: DEFAULT_COLOURS.moat.light, dark: '#112233' });
  await act(() => button('Reset colours').click());
  expect(saved(api).colours).toEqual(DEFAULT_COLOURS);
});

test('rule groups switch off and on', async () => {
  const api = await mount();
  const box = view.el.querySelector<HTMLInputElement>('.groups-list input')!;
  await act(() => box.click());
  expect(saved(api).disabledGroups).toEqual(['hedges']);
});

test('storage use and article count are shown', async () => {
  await mount();
  expect(view.el.querySelector('.usage')!.textContent).toContain('12 saved articles · 1.2 MB used');
});

test.each([
  [999, '999 bytes'],
  [84_000, '84 kB'],
  [1_234_567, '1.2 MB'],
])('formatBytes(%i) = %s', (n, text) => expect(formatBytes(n)).toBe(text));

describe('export', () => {
  test('all history in the chosen format', async () => {
    const api = await mount();
    await type(
      view.el.querySelector<HTMLSelectElement>('[aria-label="Export format"]') as never,
      'csv',
      'change',
    );
    await act(async () => button('Export').click());
    expect(api.exportRecords).toHaveBeenCalledWith({});
    const [name, mime, text] = api.download.mock.calls[0]!;
    expect(name).toBe('claimscope-all.csv');
    expect(mime).toMatch(/^text\/csv/);
    expect(text).toBe(formatRecords('csv', [RECORD]));
  });

  test('a date range', async () => {
    const api = await mount();
    const range = view.el.querySelectorAll<HTMLInputElement>('input[name="scope"]')[1]!;
    await act(() => {
      range.checked = true;
      range.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const [from, to] = view.el.querySelectorAll<HTMLInputElement>('input[type="date"]');
    await type(from!, '2025-01-01');
    await type(to!, '2025-03-31');
    await act(async () => button('Export').click());
    expect(api.exportRecords).toHaveBeenCalledWith({ from: '2025-01-01', to: '2025-03-31' });
    expect(api.download.mock.calls[0]![0]).toBe('claimscope-2025-01-01-to-2025-03-31.claimscope.json');
  });
});

describe('import', () => {
  async function pick(text: string) {
    const input = view.el.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'export.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
  }

  test.each([
    ['not JSON', '{oops'],
    ['JSON of another app', '{"format":"other"}'],
  ])('%s: error shown, nothing written', async (_name, text) => {
    const api = await mount();
    await pick(text);
    await settle(() => view.el.querySelector('.notice'));
    expect(api.importRecords).not.toHaveBeenCalled();
    expect(view.el.querySelector('.notice.error')!.textContent).toMatch(
      /^export\.json was not imported\. \S/,
    );
  });

  test('a valid export is merged and counted', async () => {
    const api = await mount();
    await pick(formatRecords('json', [RECORD]));
    await settle(() => view.el.querySelector('.notice'));
    expect(api.importRecords).toHaveBeenCalledTimes(1);
    expect(view.el.querySelector('.notice.ok')!.textContent).toBe(
      'Imported 1 article; 13 articles saved in total.',
    );
  });
});

test('clear data asks first, then deletes', async () => {
  const api = await mount();
  await act(() => button('Delete all saved articles…').click());
  expect(view.el.querySelector('[role="alertdialog"]')!.textContent).toContain('Delete 12 saved articles');
  await act(() => button('Cancel').click());
  expect(api.clearData).not.toHaveBeenCalled();
  await act(() => button('Delete all saved articles…').click());
  await act(async () => button('Delete everything').click());
  await settle(() => view.el.querySelector('.notice'));
  expect(api.clearData).toHaveBeenCalledTimes(1);
  expect(view.el.querySelector('.notice.ok')!.textContent).toBe('All saved articles were deleted.');
});
