// What the options page needs from the extension; entrypoints/options implements it.
import type { ArticleRecord } from '../../lib/engine/types';
import type { Replies, Result } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/** A switchable rule group as lib/rules declares it. */
export interface GroupInfo {
  id: string;
  label: string;
  description: string;
}

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  ruleGroups: readonly GroupInfo[];
  storageInfo(): Promise<Result<Replies['storage-info']>>;
  /** Saved articles in an inclusive date range (YYYY-MM-DD); absent bounds are open. */
  exportRecords(range: { from?: string; to?: string }): Promise<Result<ArticleRecord[]>>;
  importRecords(records: ArticleRecord[]): Promise<Result<Replies['import-records']>>;
  clearData(): Promise<Result<Replies['clear-data']>>;
  download(fileName: string, mimeType: string, text: string): void;
}
