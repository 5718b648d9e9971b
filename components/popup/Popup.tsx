// The popup: the global switch, this site's switch, per-category switches with this page's counts,
// and the ways out — the side panel and an export of this page.

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CATEGORIES } from '../../lib/engine/types';
import type { ExportFormat } from '../../lib/export';
import type { PageState, Result } from '../../lib/messages';
import { isActiveOn, normaliseHost, type Settings, withCategory, withSiteActive } from '../../lib/settings';
import { exportPage, FORMAT_NAMES } from '../export-page';
import { FormatSelect } from '../FormatSelect';
import { CATEGORY_NAMES, plural } from '../labels';
import { Switch } from '../Switch';
import type { PopupApi, PopupTab } from './api';

// Re-exported for the options page, which imports the format names from here.
export { FORMAT_NAMES };

function statusLine(page: Result<PageState> | null, settings: Settings, host: string | null): string {
  if (!page) return 'Looking at this page…';
  if (!page.ok) return "Claimscope can't read this page.";
  const s = page.value;
  if (!settings.enabled) return 'Highlights are off everywhere.';
  if (host && !isActiveOn(settings, host)) return 'Highlights are off on this site.';
  switch (s.status) {
    case 'idle':
    case 'scanning':
      return 'Reading the article…';
    case 'not-article':
      return "This page doesn't look like an article.";
    case 'disabled':
      return 'Highlights are off on this site.';
    case 'error':
      return `Something went wrong: ${s.error ?? 'unknown error'}`;
    default:
      return `${plural(s.claims.length, 'claim')} on this page`.replace(/^n/, 'N');
  }
}

export function Popup({ api }: { api: PopupApi }) {
  const settings = useSignal<Settings | null>(null);
  const tab = useSignal<PopupTab | null>(null);
  const page = useSignal<Result<PageState> | null>(null);
  const format = useSignal<ExportFormat>('json');
  const message = useSignal('');

  useEffect(() => {
    void api.loadSettings().then((s) => {
      settings.value = s;
    });
    const unwatch = api.watchSettings((s) => {
      settings.value = s;
    });
    void api.currentTab().then(async (t) => {
      tab.value = t;
      page.value = t ? await api.getPageState(t.id) : { ok: false, error: 'No tab' };
    });
    return unwatch;
  }, [api]);

  const s = settings.value;
  if (!s) return <div class="popup" aria-busy="true" />;
  const state = page.value?.ok ? page.value.value : null;
  const host = state ? normaliseHost(state.url) : null;
  const update = (next: Settings) => {
    settings.value = next;
    void api.saveSettings(next);
  };

  const exportThisPage = async () => {
    const t = tab.value;
    if (!t || !state) return;
    message.value = `Saved ${await exportPage(api, t.id, state, format.value)}`;
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Claimscope</h1>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          Settings
        </button>
      </header>
      <section class="switches" aria-label="Highlights">
        <Switch checked={s.enabled} onChange={(on) => update({ ...s, enabled: on })}>
          <strong>Highlights</strong>
        </Switch>
        <Switch
          checked={host !== null && isActiveOn({ ...s, enabled: true }, host)}
          disabled={!host || !s.enabled}
          onChange={(on) => host && update(withSiteActive(s, host, on))}
        >
          <span class="site-name">On {host ?? 'this site'}</span>
        </Switch>
      </section>
      <p class="status" role="status">
        {statusLine(page.value, s, host)}
      </p>
      <section class="categories" aria-labelledby="cat-heading">
        <h2 id="cat-heading">Categories</h2>
        {CATEGORIES.map((c) => (
          <Switch
            key={c}
            checked={s.categories[c]}
            disabled={!s.enabled}
            onChange={(on) => update(withCategory(s, c, on))}
          >
            <span class={`dot cat-${c}`} aria-hidden="true" />
            <span class="cat-name">{CATEGORY_NAMES[c]}</span>
            <span class="count">
              {state ? state.counts[c] : '–'}
              <span class="sr-only"> on this page</span>
            </span>
          </Switch>
        ))}
      </section>
      <section class="actions">
        <button
          type="button"
          class="primary wide"
          disabled={!tab.value}
          onClick={() => tab.value && api.openSidePanel(tab.value)}
        >
          Open side panel
        </button>
        <div class="export-row">
          <FormatSelect format={format} id="format" />
          <button
            type="button"
            class="secondary"
            disabled={!state || state.claims.length === 0}
            onClick={() => void exportThisPage()}
          >
            Export this page
          </button>
        </div>
        <p class="message" aria-live="polite">
          {message.value}
        </p>
      </section>
    </div>
  );
}
