import './highlights.css';
import { startReader } from './reader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The highlight styles ship in the manifest's content_scripts.css: the browser injects them
  // without adding a <style> element to the page.
  cssInjectionMode: 'manifest',
  main(ctx) {
    void startReader(ctx);
  },
});
