// Highlight colours per category (one for light pages, one for dark), and the rule groups.
import { CATEGORIES } from '../../lib/engine/types';
import { DEFAULT_COLOURS, type Settings, withColour, withGroup } from '../../lib/settings';
import { CATEGORY_NAMES } from '../labels';
import type { GroupInfo } from './api';

export function Colours({ settings, update }: { settings: Settings; update: (s: Settings) => void }) {
  const isDefault = CATEGORIES.every(
    (c) =>
      settings.colours[c].light === DEFAULT_COLOURS[c].light &&
      settings.colours[c].dark === DEFAULT_COLOURS[c].dark,
  );
  return (
    <section aria-labelledby="colours-h">
      <h2 id="colours-h">Highlight colours</h2>
      <table class="colours">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Light pages</th>
            <th scope="col">Dark pages</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{CATEGORY_NAMES[c]}</th>
              {(['light', 'dark'] as const).map((scheme) => (
                <td key={scheme}>
                  <span class={`sample ${scheme}`} style={{ background: settings.colours[c][scheme] }}>
                    <input
                      type="color"
                      aria-label={`${CATEGORY_NAMES[c]} on ${scheme} pages`}
                      value={settings.colours[c][scheme]}
                      onChange={(e) => update(withColour(settings, c, scheme, e.currentTarget.value))}
                    />
                    Sample text
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        class="secondary"
        disabled={isDefault}
        onClick={() => update({ ...settings, colours: DEFAULT_COLOURS })}
      >
        Reset colours
      </button>
    </section>
  );
}

export function RuleGroups(props: {
  settings: Settings;
  update: (s: Settings) => void;
  groups: readonly GroupInfo[];
}) {
  const { settings, update, groups } = props;
  return (
    <section aria-labelledby="groups-h">
      <h2 id="groups-h">Rule groups</h2>
      <p class="hint">Switch off a kind of evidence you do not want counted. Pages re-read at once.</p>
      {groups.length === 0 ? (
        <p class="hint">This version has no switchable rule groups.</p>
      ) : (
        <ul class="groups-list">
          {groups.map((g) => (
            <li key={g.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!settings.disabledGroups.includes(g.id)}
                  onChange={(e) => update(withGroup(settings, g.id, e.currentTarget.checked))}
                />
                <span>
                  <strong>{g.label}</strong>
                  <span class="hint">{g.description}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
