// Firefox measurements (puppeteer-core over WebDriver BiDi, the build installed as a temporary
// add-on, as in test/e2e/harness/firefox.ts). Firefox has no CDP metrics, no tracing here and no
// 'longtask' entries, so it reports what a page can see: the time to first highlight, and a
// main-thread probe — a 10 ms interval timer whose lateness adds up to the time the thread was busy
// and whose longest delay bounds the longest task — with the extension and without.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { INIT_SCRIPT, READ_STATE } from './inpage';

export interface FirefoxRun {
  loadMs: number;
  settleMs: number;
  firstHighlightMs: number | null;
  ranges: number;
  /** Probe lateness summed from navigation to settle, with the extension. */
  busyMs: number | null;
  /** The same, without the extension, at the same time since navigation start. */
  baseBusyMs: number | null;
  longestGapMs: number | null;
  timedOut: boolean;
}

export interface FirefoxOptions {
  extensionDir: string;
  origin: string;
  maxWaitMs: number;
  idleMs: number;
}

// Lateness of a 10 ms timer, summed: busy time on the main thread that others' tasks took.
const PROBE_SCRIPT = `(() => {
  if (window !== window.top || window.__claimscopeProbe) return;
  const probe = { busy: 0, longest: 0, stop: false };
  Object.defineProperty(window, '__claimscopeProbe', { value: probe });
  let expected = performance.now() + 10;
  const tick = () => {
    const now = performance.now();
    const late = now - expected;
    if (late > 1) { probe.busy += late; if (late > probe.longest) probe.longest = late; }
    expected = now + 10;
    if (!probe.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
})();`;

const READ_PROBE = `(() => { const p = window.__claimscopeProbe; return p ? { busy: p.busy, longest: p.longest } : null; })()`;

const PREFS: Record<string, unknown> = {
  // Saved pages reference ad and CDN hosts: send them to a closed loopback port so they fail at once.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

async function launch(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: PREFS,
  });
}

interface State {
  now: number;
  ranges: number;
  firstHighlight: number | null;
}

export class FirefoxBench {
  private constructor(
    private readonly options: FirefoxOptions,
    private readonly ext: Browser,
    private readonly base: Browser,
  ) {}

  static async launch(options: FirefoxOptions): Promise<FirefoxBench> {
    const ext = await launch();
    await ext.installExtension(options.extensionDir);
    const base = await launch();
    return new FirefoxBench(options, ext, base);
  }

  async close(): Promise<void> {
    await this.ext.close();
    await this.base.close();
  }

  private async open(browser: Browser, url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(INIT_SCRIPT);
    await page.evaluateOnNewDocument(PROBE_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return page;
  }

  async measure(urlPath: string): Promise<FirefoxRun> {
    const url = this.options.origin + urlPath;
    const page = await this.open(this.ext, url);
    let settleMs = 0;
    let run: Omit<FirefoxRun, 'baseBusyMs'>;
    try {
      const loadMs = ((await page.evaluate(READ_STATE)) as State).now;
      let state = (await page.evaluate(READ_STATE)) as State;
      let last = -1;
      let stableSince = state.now;
      let timedOut = false;
      for (;;) {
        state = (await page.evaluate(READ_STATE)) as State;
        if (state.ranges !== last) {
          last = state.ranges;
          stableSince = state.now;
        }
        if (state.ranges > 0 && state.now - stableSince > 400) break;
        if (state.ranges === 0 && state.now - loadMs > this.options.idleMs) break;
        if (state.now - loadMs > this.options.maxWaitMs) {
          timedOut = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      settleMs = state.now;
      const probe = (await page.evaluate(READ_PROBE)) as { busy: number; longest: number } | null;
      run = {
        loadMs,
        settleMs,
        firstHighlightMs: state.firstHighlight,
        ranges: state.ranges,
        busyMs: probe?.busy ?? null,
        longestGapMs: probe?.longest ?? null,
        timedOut,
      };
    } finally {
      await page.close();
    }
    const basePage = await this.open(this.base, url);
    try {
      let now = ((await basePage.evaluate(READ_STATE)) as State).now;
      while (now < settleMs) {
        await new Promise((r) => setTimeout(r, Math.min(50, settleMs - now)));
        now = ((await basePage.evaluate(READ_STATE)) as State).now;
      }
      const probe = (await basePage.evaluate(READ_PROBE)) as { busy: number } | null;
      return { ...run, baseBusyMs: probe?.busy ?? null };
    } finally {
      await basePage.close();
    }
  }
}
