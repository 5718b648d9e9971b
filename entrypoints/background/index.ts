import { browser } from 'wxt/browser';

// Wiring only: the engine and the store are attached here as their issues land.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    /* first-run setup lands with the store */
  });
});
