// The small interface the e2e tests use over both browsers. Tests may reach for the raw
// playwright/puppeteer objects through `raw` when they need more.
import type { BrowserContext, Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserKind } from './paths';

/** A function run inside the page; it must not close over test-side variables (pass `arg`). */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface HarnessPage {
  readonly kind: BrowserKind;
  /** The URL this page was opened at. */
  readonly openedUrl: string;
  /** Runs `fn(arg)` in the page (for extension pages: with the extension's APIs) and returns its result. */
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Resolves when `fn(arg)` returns a truthy value in the page; rejects after `timeoutMs`. */
  waitFor<A = undefined>(fn: InPage<A, unknown>, arg?: A, timeoutMs?: number): Promise<void>;
  /**
   * Console errors and uncaught errors/rejections seen in this page so far, as text.
   * Firefox extension pages: only those after the page finished loading (see harness README).
   */
  errors(): Promise<string[]>;
  close(): Promise<void>;
  readonly raw: { kind: 'chromium'; page: PlaywrightPage } | { kind: 'firefox'; page: PuppeteerPage };
}

export interface ExtensionBrowser {
  readonly kind: BrowserKind;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly extensionOrigin: string;
  /** Opens a web page (http://127.0.0.1/...) in a new tab and waits for its load event. */
  openPage(url: string): Promise<HarnessPage>;
  /** Opens an extension page in a new tab, e.g. `openExtensionPage('popup.html?tab=12')`. */
  openExtensionPage(path: string): Promise<HarnessPage>;
  /**
   * Errors the extension itself raised since launch, in any of its pages or its background, including
   * while a page was loading. Chromium: console errors and uncaught errors of extension pages and the
   * service worker. Firefox: uncaught errors and rejections whose source is a moz-extension:// URL
   * (read from Firefox's error log; Firefox does not attribute console.error calls, so those are not here).
   */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
  readonly raw:
    | { kind: 'chromium'; context: BrowserContext; serviceWorker: Worker }
    | { kind: 'firefox'; browser: PuppeteerBrowser };
}

/** Extra browser settings for a test that needs them (e.g. privacy.test.ts routes all traffic through a proxy). */
export interface LaunchOptions {
  /** Appended to Chromium's command line. */
  chromiumArgs?: string[];
  /** Added to the Firefox profile's prefs. */
  firefoxPrefs?: Record<string, unknown>;
}
