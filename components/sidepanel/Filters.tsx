// The filter bar: categories as toggle buttons with counts, direction and actor as selects.
import { CATEGORIES, DIRECTIONS, type Direction } from '../../lib/engine/types';
import { CATEGORY_NAMES } from '../labels';
import { isFiltered, type PanelModel } from './model';

export function Filters({ model }: { model: PanelModel }) {
  const f = model.filters.value;
  const claims = model.claims.value;
  const filtered = isFiltered(f);
  return (
    <fieldset class="filters">
      <legend class="sr-only">Filter claims</legend>
      <div class="category-toggles">
        {CATEGORIES.map((c) => {
          const count = claims.filter((claim) => claim.labels.some((l) => l.category === c)).length;
          return (
            <button
              type="button"
              key={c}
              class={`toggle cat-${c}`}
              aria-pressed={f.categories.includes(c)}
              onClick={() => model.toggleCategory(c)}
            >
              <span class="dot" aria-hidden="true" />
              {CATEGORY_NAMES[c]} <span class="count">{count}</span>
            </button>
          );
        })}
      </div>
      <div class="selects">
        <label>
          <span>Direction</span>
          <select
            value={f.direction ?? ''}
            onChange={(e) =>
              model.setFilters({ direction: (e.currentTarget.value || null) as Direction | null })
            }
          >
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <optgroup label={CATEGORY_NAMES[c]} key={c}>
                {DIRECTIONS[c].map((d) => (
                  <option value={d} key={d}>
                    {d}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span>Actor</span>
          <select
            value={f.actor ?? ''}
            onChange={(e) => model.setFilters({ actor: e.currentTarget.value || null })}
          >
            <option value="">Anyone</option>
            {model.actors.value.map((a) => (
              <option value={a.key} key={a.key}>
                {a.name} ({a.count})
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            class="clear"
            onClick={() => model.setFilters({ categories: [], direction: null, actor: null })}
          >
            Clear filters
          </button>
        )}
      </div>
    </fieldset>
  );
}
