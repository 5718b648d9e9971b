// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { parseExport } from '../../lib/export';
import type { PageState, Result } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { PAGE_STATE } from '../../test/fixtures/ui/data';
import { useTestRoot } from '../test-root';
import type { PopupApi } from './api';
import { Popup } from './Popup';

function fakeApi(
  page: Result<PageState> = { ok: true, value: PAGE_STATE },
  settings: Settings = DEFAULT_SETTINGS,
) {
  return {
    currentTab: vi.fn(async () => ({ id: 3, windowId: 1 })),
    getPageState: vi.fn(async () => page),
    getArticleRecord: vi.fn(async (): Promise<Result<never>> => ({ ok: false, error: 'not yet' })),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (_s: Settings) => {}),
    watchSettings: vi.fn((_cb: (s: Settings) => void) => () => {}),
    openSidePanel: vi.fn(),
    openOptions: vi.fn(),
    download: vi.fn((_name: string, _mime: string, _text: string) => {}),
  } satisfies PopupApi;
}

const view = useTestRoot();

async function mount(api = fakeApi()) {
  await view.mount(<Popup api={api} />);
  return api;
}

const switchNamed = (text: string) =>
  [...view.el.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((b) =>
    b.textContent?.includes(text),
  )!;
const lastSaved = (api: ReturnType<typeof fakeApi>) => api.saveSettings.mock.calls.at(-1)![0];

describe('switches update the settings', () => {
  test.each<[string, string, (s: Settings) => unknown, unknown]>([
    ['global switch', 'Highlights', (s) => s.enabled, false],
    ['this site', 'On news.example.com', (s) => s.sites, { 'news.example.com': 'deny' }],
    ['a category', 'Consolidation', (s) => s.categories.consolidation, false],
  ])('%s', async (_name, label, read, expected) => {
    const api = await mount();
    const control = switchNamed(label);
    expect(control.getAttribute('aria-checked')).toBe('true');
    await act(() => control.click());
    expect(read(lastSaved(api))).toEqual(expected);
    expect(switchNamed(label).getAttribute('aria-checked')).toBe('false');
  });

  test('turning the site off says so, turning it back on removes the rule', async () => {
    const api = await mount();
    await act(() => switchNamed('On news.example.com').click());
    expect(view.el.querySelector('.status')!.textContent).toBe('Highlights are off on this site.');
    await act(() => switchNamed('On news.example.com').click());
    expect(lastSaved(api).sites).toEqual({});
  });
});

test('category rows show this page’s counts', async () => {
  await mount();
  expect(switchNamed('Moats').querySelector('.count')!.textContent).toBe('3 on this page');
  expect(switchNamed('Open-source parity').querySelector('.count')!.textContent).toBe('2 on this page');
  expect(view.el.querySelector('.status')!.textContent).toBe('6 claims on this page');
});

test('open side panel passes the tab synchronously', async () => {
  const api = await mount();
  const button = [...view.el.querySelectorAll('button')].find((b) => b.textContent === 'Open side panel')!;
  button.click();
  expect(api.openSidePanel).toHaveBeenCalledWith({ id: 3, windowId: 1 });
});

test.each(['json', 'md', 'csv', 'w3c'])('export this page as %s downloads a file', async (format) => {
  const api = await mount();
  const select = view.el.querySelector<HTMLSelectElement>('#format')!;
  select.value = format;
  await act(() => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const button = [...view.el.querySelectorAll('button')].find((b) => b.textContent === 'Export this page')!;
  await act(async () => button.click());
  expect(api.download).toHaveBeenCalledTimes(1);
  const [name, mime, text] = api.download.mock.calls[0]!;
  expect(name).toMatch(/^claimscope-news-example-com-the-new-ai-moats/);
  expect(mime).toBeTruthy();
  expect(text).toContain('moat');
  if (format === 'json') {
    const parsed = parseExport(text);
    expect(parsed.ok && parsed.records[0]!.claims).toHaveLength(6);
  }
});

test('a page Claimscope cannot read: site switch disabled, export disabled, reason shown', async () => {
  await mount(fakeApi({ ok: false, error: 'Could not establish connection' }));
  expect(switchNamed('this site').disabled).toBe(true);
  expect(view.el.querySelector('.status')!.textContent).toBe("Claimscope can't read this page.");
  const button = [...view.el.querySelectorAll('button')].find((b) => b.textContent === 'Export this page')!;
  expect(button.disabled).toBe(true);
});

test('settings saved elsewhere show at once', async () => {
  const api = fakeApi();
  let push: (s: Settings) => void = () => {};
  api.watchSettings.mockImplementation((cb) => {
    push = cb;
    return () => {};
  });
  await mount(api);
  await act(() => push({ ...DEFAULT_SETTINGS, enabled: false }));
  expect(switchNamed('Highlights').getAttribute('aria-checked')).toBe('false');
  expect(view.el.querySelector('.status')!.textContent).toBe('Highlights are off everywhere.');
});
