// The export format picker shared by the popup, the side panel and the options page.
import type { Signal } from '@preact/signals';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export';
import { FORMAT_NAMES } from './export-page';

export function FormatSelect({ format, id }: { format: Signal<ExportFormat>; id?: string }) {
  return (
    <select
      id={id}
      aria-label="Export format"
      value={format.value}
      onChange={(e) => {
        format.value = e.currentTarget.value as ExportFormat;
      }}
    >
      {EXPORT_FORMATS.map((f) => (
        <option value={f} key={f}>
          {FORMAT_NAMES[f]}
        </option>
      ))}
    </select>
  );
}
