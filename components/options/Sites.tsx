// Where Claimscope runs: everywhere but blocked sites, or only on allowed ones; the list of rules.
import { useSignal } from '@preact/signals';
import { normaliseHost, type Settings, type SiteRule, withSiteRule } from '../../lib/settings';

export function Sites({ settings, update }: { settings: Settings; update: (s: Settings) => void }) {
  const draft = useSignal('');
  const rule = useSignal<SiteRule>(settings.mode === 'allowlist' ? 'allow' : 'deny');
  const error = useSignal('');
  const hosts = Object.keys(settings.sites).sort();

  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(draft.value);
    if (!host) {
      error.value = `“${draft.value.trim()}” is not a site name. Try e.g. example.com.`;
      return;
    }
    error.value = '';
    draft.value = '';
    update(withSiteRule(settings, host, rule.value));
  };

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <fieldset class="radios">
        <legend>Where Claimscope reads articles</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={settings.mode === 'all'}
            onChange={() => update({ ...settings, mode: 'all' })}
          />
          On every site, except those blocked below
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={settings.mode === 'allowlist'}
            onChange={() => update({ ...settings, mode: 'allowlist' })}
          />
          Only on sites allowed below
        </label>
      </fieldset>
      {hosts.length === 0 ? (
        <p class="hint">No site rules yet.</p>
      ) : (
        <ul class="site-list" aria-label="Site rules">
          {hosts.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <select
                aria-label={`Rule for ${host}`}
                value={settings.sites[host]}
                onChange={(e) => update(withSiteRule(settings, host, e.currentTarget.value as SiteRule))}
              >
                <option value="allow">Allowed</option>
                <option value="deny">Blocked</option>
              </select>
              <button
                type="button"
                class="secondary"
                aria-label={`Remove ${host}`}
                onClick={() => update(withSiteRule(settings, host, null))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label class="grow">
          <span>Site</span>
          <input
            type="text"
            placeholder="example.com"
            value={draft.value}
            aria-invalid={error.value ? 'true' : undefined}
            aria-describedby={error.value ? 'site-error' : undefined}
            onInput={(e) => {
              draft.value = e.currentTarget.value;
            }}
          />
        </label>
        <label>
          <span>Rule</span>
          <select value={rule.value} onChange={(e) => (rule.value = e.currentTarget.value as SiteRule)}>
            <option value="allow">Allow</option>
            <option value="deny">Block</option>
          </select>
        </label>
        <button type="submit" class="primary">
          Add
        </button>
      </form>
      {error.value && (
        <p id="site-error" class="error" role="alert">
          {error.value}
        </p>
      )}
    </section>
  );
}
