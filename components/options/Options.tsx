// The options page: sites, colours, rule groups and the reader's data. Settings save on change.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { Colours, RuleGroups } from './Appearance';
import type { OptionsApi } from './api';
import { Data } from './Data';
import { Sites } from './Sites';

export function Options({ api }: { api: OptionsApi }) {
  const settings = useSignal<Settings | null>(null);
  useEffect(() => {
    void api.loadSettings().then((s) => {
      settings.value = s;
    });
    return api.watchSettings((s) => {
      settings.value = s;
    });
  }, [api]);

  const s = settings.value;
  const update = (next: Settings) => {
    settings.value = next;
    void api.saveSettings(next);
  };
  return (
    <main class="options">
      <h1>Claimscope settings</h1>
      {s ? (
        <>
          <Sites settings={s} update={update} />
          <Colours settings={s} update={update} />
          <RuleGroups settings={s} update={update} groups={api.ruleGroups} />
        </>
      ) : (
        <p class="hint">Loading settings…</p>
      )}
      <Data api={api} />
    </main>
  );
}
