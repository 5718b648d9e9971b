import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import { downloadText } from '@/components/download';
import type { PopupApi } from '@/components/popup/api';
import { Popup } from '@/components/popup/Popup';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings';
import { activeTab, sendToTab } from '../sidepanel/messaging';

/** The two browsers' side panel APIs, looked up at run time: each exists in one browser only. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

// Wiring only: the PopupApi over storage, messaging and the side panel APIs.
const api: PopupApi = {
  currentTab: activeTab,
  getPageState: (tabId) => sendToTab(tabId, { type: 'get-page-state' }),
  getArticleRecord: (tabId) => sendToTab(tabId, { type: 'get-article-record' }),
  loadSettings,
  saveSettings,
  watchSettings,
  openSidePanel(tab) {
    const apis = browser as unknown as PanelApis;
    // Both calls start synchronously here, inside the click: neither browser opens a panel later.
    const opening = apis.sidePanel
      ? apis.sidePanel.open({ windowId: tab.windowId })
      : apis.sidebarAction?.open();
    void opening?.then(() => window.close()).catch(() => {});
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  download: (fileName, mimeType, text) => downloadText(fileName, mimeType, text),
};

render(<Popup api={api} />, document.getElementById('app')!);
