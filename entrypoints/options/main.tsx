import { render } from 'preact';
import '@/components/theme.css';
import '@/components/options/options.css';
import { downloadText } from '@/components/download';
import type { OptionsApi } from '@/components/options/api';
import { Options } from '@/components/options/Options';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings';
import { sendToBackground } from '../sidepanel/messaging';
import { ruleGroups } from '../sidepanel/rules';

// Wiring only: settings from storage, the saved history through the background (which owns lib/store).
const api: OptionsApi = {
  loadSettings,
  saveSettings,
  watchSettings,
  ruleGroups,
  storageInfo: () => sendToBackground({ type: 'storage-info' }),
  exportRecords: (range) => sendToBackground({ type: 'export-records', ...range }),
  importRecords: (records) => sendToBackground({ type: 'import-records', records }),
  clearData: () => sendToBackground({ type: 'clear-data' }),
  download: (fileName, mimeType, text) => downloadText(fileName, mimeType, text),
};

render(<Options api={api} />, document.getElementById('app')!);
