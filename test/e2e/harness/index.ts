// The e2e harness: launch a real browser with the built extension, serve test pages, talk to the
// extension. See README.md in this folder for the API and the browser quirks it hides.
import { launchChromium } from './chromium';

export { CHROMIUM_FLAGS } from './chromium';

import { launchFirefox } from './firefox';
import type { BrowserKind } from './paths';
import type { ExtensionBrowser, LaunchOptions } from './types';

export { EXTENSION_UUID } from './firefox';
export { findTabId, sendToBackground, sendToTab } from './messaging';
export {
  type BrowserKind,
  browserBinary,
  CORPUS_DIR,
  extensionDir,
  FIXTURES_DIR,
  PAGES_DIR,
  REPO_ROOT,
} from './paths';
export { type StaticServer, startServer } from './server';
export type { ExtensionBrowser, HarnessPage, InPage, LaunchOptions } from './types';

export const BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** Starts `kind` with the built extension loaded (throws if the build or the browser is missing). */
export function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
