// The reader's history: how much is stored, export all or a date range, import a JSON export
// (validated before anything is written), and delete everything after a confirmation.

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type ExportFormat, fileNameFor, formatRecords, mimeTypeFor, parseExport } from '../../lib/export';
import type { Replies } from '../../lib/messages';
import { FormatSelect } from '../FormatSelect';
import { plural } from '../labels';
import type { OptionsApi } from './api';

/** "1.2 MB", "840 kB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function Data({ api }: { api: OptionsApi }) {
  const info = useSignal<Replies['storage-info'] | null>(null);
  const infoError = useSignal('');
  const scope = useSignal<'all' | 'range'>('all');
  const from = useSignal('');
  const to = useSignal('');
  const format = useSignal<ExportFormat>('json');
  const notice = useSignal<Notice>(null);
  const confirming = useSignal(false);
  const busy = useSignal(false);

  const refresh = async () => {
    const reply = await api.storageInfo();
    if (reply.ok) {
      info.value = reply.value;
      infoError.value = '';
    } else infoError.value = reply.error;
  };
  useEffect(() => {
    void refresh();
  }, [api]);

  const run = async (task: () => Promise<Notice>) => {
    busy.value = true;
    try {
      notice.value = await task();
    } catch (error) {
      notice.value = { kind: 'error', text: String(error) };
    } finally {
      busy.value = false;
    }
  };

  const exportRecords = () =>
    run(async () => {
      const range =
        scope.value === 'range' ? { from: from.value || undefined, to: to.value || undefined } : {};
      if (range.from && range.to && range.from > range.to) {
        return { kind: 'error', text: 'The start date is after the end date.' };
      }
      const reply = await api.exportRecords(range);
      if (!reply.ok) return { kind: 'error', text: `Export failed: ${reply.error}` };
      if (reply.value.length === 0) return { kind: 'error', text: 'No saved articles in that range.' };
      const label = scope.value === 'range' ? `${range.from ?? 'start'} to ${range.to ?? 'today'}` : 'all';
      const name = fileNameFor(format.value, label);
      api.download(name, mimeTypeFor(format.value), formatRecords(format.value, reply.value));
      return { kind: 'ok', text: `Exported ${plural(reply.value.length, 'article')} to ${name}.` };
    });

  const importFile = (file: File) =>
    run(async () => {
      const parsed = parseExport(await file.text());
      // Nothing is written unless the whole file is valid: existing data stays as it was.
      if (!parsed.ok) return { kind: 'error', text: `${file.name} was not imported. ${parsed.error}` };
      const reply = await api.importRecords(parsed.records);
      if (!reply.ok) return { kind: 'error', text: `Import failed: ${reply.error}` };
      await refresh();
      return {
        kind: 'ok',
        text: `Imported ${plural(reply.value.imported, 'article')}; ${plural(reply.value.total, 'article')} saved in total.`,
      };
    });

  const clear = () =>
    run(async () => {
      confirming.value = false;
      const reply = await api.clearData();
      await refresh();
      return reply.ok
        ? { kind: 'ok', text: 'All saved articles were deleted.' }
        : { kind: 'error', text: `Could not delete: ${reply.error}` };
    });

  const count = info.value?.articles ?? 0;
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="usage">
        {info.value
          ? `${plural(count, 'saved article')}${info.value.bytes !== null ? ` · ${formatBytes(info.value.bytes)} used` : ''}`
          : infoError.value
            ? `Storage unavailable: ${infoError.value}`
            : 'Counting…'}
        <span class="hint"> Everything stays in this browser.</span>
      </p>

      <h3>Export</h3>
      <div class="export-grid">
        <fieldset class="radios">
          <legend class="sr-only">Which articles</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope.value === 'all'}
              onChange={() => (scope.value = 'all')}
            />
            All history
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope.value === 'range'}
              onChange={() => (scope.value = 'range')}
            />
            Saved between
          </label>
        </fieldset>
        <div class="range" aria-disabled={scope.value !== 'range'}>
          <label>
            <span>From</span>
            <input
              type="date"
              value={from.value}
              disabled={scope.value !== 'range'}
              onInput={(e) => (from.value = e.currentTarget.value)}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="date"
              value={to.value}
              disabled={scope.value !== 'range'}
              onInput={(e) => (to.value = e.currentTarget.value)}
            />
          </label>
        </div>
        <div class="row">
          <FormatSelect format={format} />
          <button type="button" class="primary" disabled={busy.value} onClick={() => void exportRecords()}>
            Export
          </button>
        </div>
      </div>

      <h3>Import</h3>
      <p class="hint">A Claimscope JSON export. Articles you already have are merged, not replaced.</p>
      <input
        type="file"
        accept=".json,application/json"
        aria-label="Import a Claimscope JSON export"
        disabled={busy.value}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />

      <h3>Delete</h3>
      {confirming.value ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            Delete {plural(count, 'saved article')} from this browser? This cannot be undone. Your settings
            are kept.
          </p>
          <div class="row">
            <button type="button" class="danger primary" onClick={() => void clear()}>
              Delete everything
            </button>
            <button type="button" class="secondary" onClick={() => (confirming.value = false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="secondary"
          disabled={busy.value}
          onClick={() => (confirming.value = true)}
        >
          Delete all saved articles…
        </button>
      )}

      {notice.value && (
        <p class={`notice ${notice.value.kind}`} role={notice.value.kind === 'error' ? 'alert' : 'status'}>
          {notice.value.text}
        </p>
      )}
    </section>
  );
}
