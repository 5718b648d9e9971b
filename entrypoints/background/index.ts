import { browser } from 'wxt/browser';
import { annotate } from '@/lib/engine';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '@/lib/settings';
import { openStore, type Store } from '@/lib/store';
import { forwardCommands } from './commands';
import { createRouter } from './router';

// Wiring only. The engine (and compromise with it) loads once, here, off every page's main thread.
export default defineBackground(() => {
  // The reader's disabled rule groups apply to every annotation; read once and kept current.
  let settings: Promise<Settings> = loadSettings().catch(() => DEFAULT_SETTINGS);
  watchSettings((next) => {
    settings = Promise.resolve(next);
  });

  // Opened on first use: a tab that only annotates never pays for IndexedDB.
  let store: Promise<Store> | undefined;
  const route = createRouter({
    annotate: async (text) => annotate(text, { disabledGroups: (await settings).disabledGroups }),
    store: () => {
      store ??= openStore().catch((error: unknown) => {
        store = undefined; // let the next request try again (e.g. after an upgrade in another tab)
        throw error;
      });
      return store;
    },
  });
  browser.runtime.onMessage.addListener((message: unknown) => route(message));
  forwardCommands();
});
