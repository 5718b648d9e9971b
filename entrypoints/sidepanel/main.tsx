import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/download';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import type { PanelApi } from '@/components/sidepanel/api';
import { SidePanelApp } from '@/components/sidepanel/SidePanel';
import { activeTab, pinnedTab, sendToBackground, sendToTab } from './messaging';
import { describeRule } from './rules';

// Wiring only: the PanelApi over the extension's messaging and tab events.
const api: PanelApi = {
  activeTab: async () => (await activeTab())?.id ?? null,
  onTabChange(listener) {
    const pinned = pinnedTab();
    let windowId: number | undefined;
    void browser.windows
      ?.getCurrent()
      .then((w) => {
        windowId = w.id;
      })
      .catch(() => {});
    const current = async () => pinned ?? (await activeTab())?.id ?? null;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && (windowId === undefined || info.windowId === windowId)) listener(info.tabId);
    };
    // A navigation in the shown tab loads a new page: re-read it once it has loaded.
    const onUpdated = async (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete' && tabId === (await current())) listener(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  },
  getPageState: (tabId) => sendToTab(tabId, { type: 'get-page-state' }),
  getPageVersion: (tabId) => sendToTab(tabId, { type: 'get-page-version' }),
  crossLinks: (url, claims) => sendToBackground({ type: 'cross-links', url, claims }),
  focusClaim: (tabId, id) => sendToTab(tabId, { type: 'focus-claim', id }),
  rescan: (tabId) => sendToTab(tabId, { type: 'rescan' }),
  getArticleRecord: (tabId) => sendToTab(tabId, { type: 'get-article-record' }),
  download: (fileName, mimeType, text) => downloadText(fileName, mimeType, text),
  describeRule,
};

render(<SidePanelApp api={api} />, document.getElementById('app')!);
