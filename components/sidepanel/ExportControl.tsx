// A compact export of the claims the filters show: a format and a button, under the filters.

import { useSignal } from '@preact/signals';
import type { ExportFormat } from '../../lib/export';
import { FormatSelect } from '../FormatSelect';
import { plural } from '../labels';
import { isFiltered, type PanelModel } from './model';

export function ExportControl({ model }: { model: PanelModel }) {
  const format = useSignal<ExportFormat>('json');
  const shown = model.order.value.length;
  const filtered = isFiltered(model.filters.value);
  return (
    <div class="export-shown">
      <span class="export-what" aria-hidden="true">
        {filtered ? `${plural(shown, 'claim')} shown` : 'All claims'}
      </span>
      <FormatSelect format={format} id="panel-export-format" />
      <button
        type="button"
        class="secondary"
        aria-label="Export these claims"
        title={filtered ? 'Export the claims the filters show' : 'Export every claim on this page'}
        disabled={shown === 0}
        onClick={() => void model.exportShown(format.value)}
      >
        Export
      </button>
    </div>
  );
}
