// Chromium measurements: each page is loaded in a browser with the extension and in one without,
// with the renderer profiled (tasks + CPU profile) and Performance.getMetrics read at the moment the
// extension has settled; the run without the extension then highlights the same page with mark.js.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { INIT_SCRIPT, READ_STATE } from './inpage';
import { keywordPattern, MARK_KEYWORDS } from './keywords';
import { attribute, type CpuProfile, longest } from './profile';
import { analyzeTrace, type TaskFigures } from './trace';

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The saved pages reference ad and CDN hosts: fail those lookups at once, without any traffic.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Sampling interval of the CPU profile (µs): fine enough for tasks of a few ms. */
const SAMPLING_US = 200;

const debug = (msg: string) => {
  if (process.env.BENCH_DEBUG) console.log(`  [${new Date().toISOString().slice(17, 23)}] ${msg}`);
};

/**
 * Trace categories: top-level tasks (toplevel, disabled-by-default-devtools.timeline), their
 * script/style/layout/paint and the frames (devtools.timeline), script runs (v8.execute).
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
];

/** Terminal PageState statuses: the content script has nothing more to do. */
const SETTLED = new Set(['done', 'not-article', 'disabled', 'error']);

export interface Metrics {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface ExtRun {
  /** ms since navigation start when the extension was judged settled. */
  settleMs: number;
  loadMs: number;
  firstHighlightMs: number | null;
  ranges: number;
  status: string | null;
  timedOut: boolean;
  metrics: Metrics;
  /** From the CPU profile: JS time with a content-script frame on the stack. */
  profileScriptMs: number | null;
  longestTaskMs: number | null;
  tasksOver50: number | null;
  /** From a trace of the same load: exact top-level tasks that ran content script (null: not traced). */
  trace: TaskFigures | null;
  pageLongtasks: number;
  pageLongestTaskMs: number;
}

export interface BaseRun {
  loadMs: number;
  metrics: Metrics;
  pageLongtasks: number;
  pageLongestTaskMs: number;
  mark: {
    scriptMs: number;
    wallMs: number;
    styleLayoutMs: number;
    marks: number;
    profileScriptMs: number | null;
    longestTaskMs: number | null;
    tasksOver50: number | null;
  };
}

export interface ChromiumOptions {
  extensionDir: string;
  origin: string;
  markJsPath: string;
  profile: boolean;
  /** Where to write each extension run's CPU profile (open in DevTools' Performance panel), if anywhere. */
  profileDir?: string;
  /** Longest wait for the extension to finish after load (ms). */
  maxWaitMs: number;
  /** With the extension idle (no scan started, no highlight) this long after load, it is done. */
  idleMs: number;
}

function toMetrics(list: { name: string; value: number }[]): Metrics {
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    scriptMs: get('ScriptDuration'),
    taskMs: get('TaskDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
  };
}

function diff(a: Metrics, b: Metrics): Metrics {
  return {
    scriptMs: a.scriptMs - b.scriptMs,
    taskMs: a.taskMs - b.taskMs,
    layoutMs: a.layoutMs - b.layoutMs,
    styleMs: a.styleMs - b.styleMs,
  };
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return toMetrics(list);
}

/** Starts the CPU profiler; the returned function stops it and resolves to the profile. */
async function startProfile(cdp: CDPSession): Promise<() => Promise<CpuProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
}

/**
 * Starts tracing the browser (the page's renderer included); the returned function ends it and
 * resolves to the trace, read back as a stream (one message per chunk, not one per event batch).
 */
async function startTrace(cdp: CDPSession): Promise<() => Promise<unknown>> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once('Tracing.tracingComplete', resolve),
    );
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) return null;
    const chunks: string[] = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    return JSON.parse(chunks.join(''));
  };
}

interface ReadState {
  now: number;
  ranges: number;
  firstHighlight: number | null;
  longtasks: [number, number][];
}

const readState = (page: Page) => page.evaluate(READ_STATE) as Promise<ReadState>;

export class ChromiumBench {
  private constructor(
    private readonly options: ChromiumOptions,
    private readonly ext: BrowserContext,
    private readonly base: Browser,
    private readonly baseContext: BrowserContext,
    private readonly profileDir: string,
  ) {}

  static async launch(options: ChromiumOptions): Promise<ChromiumBench> {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-'));
    const ext = await chromium.launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        ...COMMON_ARGS,
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
      ],
    });
    const base = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: COMMON_ARGS,
    });
    const baseContext = await base.newContext();
    await ext.addInitScript({ content: INIT_SCRIPT });
    await baseContext.addInitScript({ content: INIT_SCRIPT });
    if (ext.serviceWorkers().length === 0) await ext.waitForEvent('serviceworker', { timeout: 15_000 });
    return new ChromiumBench(options, ext, base, baseContext, profileDir);
  }

  async close(): Promise<void> {
    await this.ext.close();
    await this.base.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }

  /** Asks the content script in the tab showing `url` for its status, through the service worker. */
  private async pageStatus(url: string): Promise<string | null> {
    const worker = this.ext.serviceWorkers()[0];
    if (!worker) return null;
    try {
      return (await worker.evaluate(statusQuery(url))) as string | null;
    } catch {
      return null;
    }
  }

  /** Opens a same-site blank page first so the profiled renderer is the one that will load `url`. */
  private async openProfiled(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
    const page = await context.newPage();
    await page.goto(`${this.options.origin}/__bench/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp };
  }

  /**
   * Loads the page with the extension until it settles. `trace`: also record a Chrome trace for
   * exact task bounds (it slows the script down, so such runs are kept apart from script ms).
   */
  async measureExtension(urlPath: string, { trace: traced = false } = {}): Promise<ExtRun> {
    const url = this.options.origin + urlPath;
    debug(`ext ${urlPath}: open`);
    const { page, cdp } = await this.openProfiled(this.ext);
    try {
      debug(`ext ${urlPath}: blank loaded`);
      const stopTrace = traced ? await startTrace(cdp) : null;
      // A traced run is always profiled too: the profile's samples are what mark a task as ours.
      const stopProfile = this.options.profile || traced ? await startProfile(cdp) : null;
      debug(`ext ${urlPath}: tracing`);
      const before = await metrics(cdp);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const loadMs = (await readState(page)).now;
      debug(`ext ${urlPath}: loaded`);
      let status: string | null = null;
      let lastRanges = -1;
      let stableSince = 0;
      let lastStatusAt = 0;
      let timedOut = false;
      let state = await readState(page);
      for (;;) {
        state = await readState(page);
        if (state.ranges !== lastRanges) {
          lastRanges = state.ranges;
          stableSince = state.now;
        }
        if (state.now - lastStatusAt > 250) {
          lastStatusAt = state.now;
          status = await this.pageStatus(url);
        }
        const sinceLoad = state.now - loadMs;
        // Done: highlights painted and unchanged for a while, or the content script says it is
        // finished, or it never started a scan (the stub, or a page it skips).
        if (status !== null && SETTLED.has(status) && state.now - stableSince > 200) break;
        if (state.ranges > 0 && state.now - stableSince > 400 && status !== 'scanning') break;
        if (state.ranges === 0 && status !== 'scanning' && sinceLoad > this.options.idleMs) break;
        if (sinceLoad > this.options.maxWaitMs) {
          timedOut = true;
          break;
        }
        await page.waitForTimeout(50);
      }
      const after = await metrics(cdp);
      debug(`ext ${urlPath}: load ${Math.round(loadMs)} settle ${Math.round(state.now)} ms`);
      const profile = stopProfile ? await stopProfile() : null;
      debug(`ext ${urlPath}: profile of ${profile?.samples?.length ?? 0} samples`);
      let trace: unknown = null;
      if (stopTrace) {
        // Leave the page first: with the cross-site iframes of a saved page still alive (each in its
        // own renderer), Tracing.end waits ~5 s on their flush; torn down, it takes well under 1 s.
        await page.goto(`${this.options.origin}/__bench/blank.html`);
        trace = await stopTrace();
      }
      debug(`ext ${urlPath}: trace read`);
      const longtasks = state.longtasks;
      let profiled: Pick<ExtRun, 'profileScriptMs' | 'longestTaskMs' | 'tasksOver50'> = {
        profileScriptMs: null,
        longestTaskMs: null,
        tasksOver50: null,
      };
      if (profile && this.options.profileDir) {
        mkdirSync(this.options.profileDir, { recursive: true });
        const name = `${urlPath.replace(/^\//, '').replace(/[^\w.-]+/g, '_')}-${Date.now()}.cpuprofile`;
        writeFileSync(path.join(this.options.profileDir, name), JSON.stringify(profile));
      }
      const isExtUrl = (u: string) => u.startsWith('chrome-extension://');
      const mine = profile ? attribute(profile, isExtUrl) : null;
      if (mine) {
        profiled = {
          profileScriptMs: mine.scriptMs,
          longestTaskMs: longest(mine.stretches),
          tasksOver50: mine.stretches.filter((t) => t.duration >= 50).length,
        };
      }
      const tasks =
        trace === null
          ? null
          : analyzeTrace(trace, {
              pageUrl: url,
              extSamplesUs: mine?.samplesUs ?? [],
              isExtUrl,
              // Only tasks of the measured load: not the blank page (and its content script) after.
              untilUs: profile?.endTime,
            });
      if (tasks) debug(`ext ${urlPath}: trace ${JSON.stringify(tasks)}`);
      return {
        settleMs: state.now,
        loadMs,
        firstHighlightMs: state.firstHighlight,
        ranges: state.ranges,
        status,
        timedOut,
        metrics: diff(after, before),
        ...profiled,
        trace: tasks,
        pageLongtasks: longtasks.length,
        pageLongestTaskMs: longtasks.reduce((m, [, d]) => Math.max(m, d), 0),
      };
    } finally {
      await page.close();
    }
  }

  /** Loads the page without the extension, reads metrics at `untilMs` after navigation start, then runs mark.js. */
  async measureBaseline(urlPath: string, untilMs: number): Promise<BaseRun> {
    const url = this.options.origin + urlPath;
    const { page, cdp } = await this.openProfiled(this.baseContext);
    try {
      const stopProfile = this.options.profile ? await startProfile(cdp) : null;
      const before = await metrics(cdp);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const loadMs = (await readState(page)).now;
      let state = await readState(page);
      while (state.now < untilMs) {
        await page.waitForTimeout(Math.min(50, untilMs - state.now));
        state = await readState(page);
      }
      const atSettle = await metrics(cdp);
      await page.addScriptTag({ url: `${this.options.origin}/__bench/mark.min.js` });
      const preMark = await metrics(cdp);
      const patterns = Object.keys(MARK_KEYWORDS).map((c) => [c, keywordPattern(c)]);
      const result = (await page.evaluate(markRun(patterns))) as { wallMs: number; marks: number };
      const postMark = await metrics(cdp);
      // Let the browser restyle and lay out the wrapped matches: mark.js changes the DOM.
      await page.waitForTimeout(150);
      const settled = await metrics(cdp);
      const profile = stopProfile ? await stopProfile() : null;
      let profiled: {
        profileScriptMs: number | null;
        longestTaskMs: number | null;
        tasksOver50: number | null;
      } = {
        profileScriptMs: null,
        longestTaskMs: null,
        tasksOver50: null,
      };
      if (profile) {
        const mark = attribute(profile, (u) => u.includes('/__bench/mark'));
        profiled = {
          profileScriptMs: mark.scriptMs,
          longestTaskMs: longest(mark.stretches),
          tasksOver50: mark.stretches.filter((t) => t.duration >= 50).length,
        };
      }
      const late = await readState(page);
      const baseLongtasks = late.longtasks.filter(([start]) => start < untilMs);
      return {
        loadMs,
        metrics: diff(atSettle, before),
        pageLongtasks: baseLongtasks.length,
        pageLongestTaskMs: baseLongtasks.reduce((m, [, d]) => Math.max(m, d), 0),
        mark: {
          scriptMs: postMark.scriptMs - preMark.scriptMs,
          wallMs: result.wallMs,
          styleLayoutMs: settled.layoutMs + settled.styleMs - preMark.layoutMs - preMark.styleMs,
          marks: result.marks,
          ...profiled,
        },
      };
    } finally {
      await page.close();
    }
  }
}

// In-page and in-worker code is passed as strings: tsx compiles functions with a `__name` helper
// that does not exist in the page.

/** mark.js over document.body, one markRegExp per category; resolves to its time and match count. */
function markRun(patterns: string[][]): string {
  return `(() => {
    const t0 = performance.now();
    let marks = 0;
    const instance = new Mark(document.body);
    for (const [category, source] of ${JSON.stringify(patterns)}) {
      instance.markRegExp(new RegExp(source, 'gi'), {
        className: 'bench-' + category,
        exclude: ['script', 'style', 'noscript'],
        each: () => { marks++; },
      });
    }
    return { wallMs: performance.now() - t0, marks };
  })()`;
}

/** In the service worker: the status the content script of the tab showing `url` reports. */
function statusQuery(url: string): string {
  return `(async () => {
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const reply = await chrome.tabs.sendMessage(tab.id, { type: 'get-page-state' });
        if (reply && reply.ok && reply.value && reply.value.url === ${JSON.stringify(url)}) return reply.value.status;
      } catch {}
    }
    return null;
  })()`;
}
