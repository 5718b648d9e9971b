// What the popup needs from the extension; entrypoints/popup implements it with wxt/browser.
import type { ArticleRecord } from '../../lib/engine/types';
import type { PageState, Result } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

export interface PopupTab {
  id: number;
  windowId: number;
}

export interface PopupApi {
  currentTab(): Promise<PopupTab | null>;
  getPageState(tabId: number): Promise<Result<PageState>>;
  /** The page's claims with their quote context, for export. */
  getArticleRecord(tabId: number): Promise<Result<ArticleRecord>>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  /** Called synchronously from the click: Chrome only opens the side panel inside a user gesture. */
  openSidePanel(tab: PopupTab): void;
  openOptions(): void;
  download(fileName: string, mimeType: string, text: string): void;
}
