import { browser } from 'wxt/browser';
import { annotate } from '@/lib/engine';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '@/lib/settings';
import { forwardCommands } from './commands';
import { createRouter } from './router';

// Wiring only. The engine (and compromise with it) loads once, here, off every page's main thread.
export default defineBackground(() => {
  // The reader's disabled rule groups apply to every annotation; read once and kept current.
  let settings: Promise<Settings> = loadSettings().catch(() => DEFAULT_SETTINGS);
  watchSettings((next) => {
    settings = Promise.resolve(next);
  });

  const route = createRouter({
    annotate: async (text) => annotate(text, { disabledGroups: (await settings).disabledGroups }),
    store: () => Promise.reject(new Error('The article store is not available yet')),
  });
  browser.runtime.onMessage.addListener((message: unknown) => route(message));
  forwardCommands();
});
