// What the side panel needs from the extension, as an interface: entrypoints/sidepanel implements
// it with wxt/browser; tests and screenshots pass fakes.
import type { Claim } from '../../lib/engine/types';
import type { CrossLink, PageState, Result } from '../../lib/messages';
import type { PageExportApi } from '../export-page';

/** Export (getArticleRecord, download) comes from PageExportApi, shared with the popup. */
export interface PanelApi extends PageExportApi {
  /** The tab to show: the active tab of the panel's window (or the one named in the URL). */
  activeTab(): Promise<number | null>;
  /** Calls back when the shown tab should change (tab switched) or reload (it navigated). */
  onTabChange(listener: (tabId: number | null) => void): () => void;
  getPageState(tabId: number): Promise<Result<PageState>>;
  /**
   * A number that changes whenever the tab's state does: polling asks this first and fetches the
   * state (every claim and link, costly to send on a long article) only after a change. Optional:
   * without it every poll fetches the state.
   */
  getPageVersion?(tabId: number): Promise<Result<number>>;
  crossLinks(url: string, claims: Claim[]): Promise<Result<CrossLink[]>>;
  focusClaim(tabId: number, id: string): Promise<Result<{ focused: boolean }>>;
  rescan(tabId: number): Promise<Result<PageState>>;
  /** A rule id in words, or undefined when the rule set has no description for it. */
  describeRule(id: string): string | undefined;
}
