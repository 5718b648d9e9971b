import { browser } from 'wxt/browser';
import type { Request } from '@/lib/messages';

// Wiring only: the engine and the store are attached here as their issues land.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Request;
    if (request?.type === 'ping') return Promise.resolve({ ok: true, value: { pong: true } });
    return undefined;
  });
});
