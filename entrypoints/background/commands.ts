// Keyboard commands (declared in wxt.config.ts) become messages to the active tab's content script.
import { browser } from 'wxt/browser';
import type { Request } from '@/lib/messages';

const COMMANDS: Record<string, Request> = {
  'toggle-highlights': { type: 'toggle-highlights' },
  'next-claim': { type: 'step-claim', delta: 1 },
  'previous-claim': { type: 'step-claim', delta: -1 },
};

export function forwardCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const request = COMMANDS[command];
    if (!request) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a browser page, a page loaded before install) has nobody
    // listening: nothing to do.
    await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
}
