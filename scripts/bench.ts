// `npm run bench`: what the extension costs a page, next to mark.js, in real Chromium (and what
// Firefox lets us see), plus the engine's speed in Node and the bundle sizes. Full runs write
// bench/results.{json,md}; --quick / --pages runs write to bench/out/ so committed figures stay whole.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './bench/args';
import { type EntrypointSize, measureBuild } from './bench/bundles';
import { ChromiumBench } from './bench/chromium';
import { articleText, benchEngine } from './bench/engine';
import { FirefoxBench } from './bench/firefox';
import { countWords } from './bench/generate';
import {
  type BenchPage,
  listStaticPages,
  matchesGlob,
  QUICK_PAGES,
  rootsFrom,
  writeGenerated,
} from './bench/pages';
import {
  bundleTable,
  engineTable,
  evaluateTargets,
  firefoxTable,
  type PageResult,
  pageTable,
  summarizePage,
  TARGET_PAGES,
  TARGET_RUNS,
  targetList,
} from './bench/report';
import { startServer } from './bench/server';
import { round } from './bench/stats';

const isTargetPage = (id: string) => (TARGET_PAGES as readonly string[]).includes(id);

import { runStoreBench } from './bench/store';

const repo = path.resolve(import.meta.dirname, '..');
const roots = rootsFrom(repo);
const args = parseArgs(process.argv.slice(2));
const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

function git(...cmd: string[]): string {
  try {
    return execFileSync('git', cmd, { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Copies a build into bench/out so a rebuild by someone else mid-run cannot change what is measured. */
function snapshotBuild(target: 'chrome-mv3' | 'firefox-mv3'): string | null {
  // BENCH_BUILD_ROOT: measure another build (e.g. an unminified one, for function names in profiles).
  const from = path.join(path.resolve(repo, process.env.BENCH_BUILD_ROOT ?? '.output'), target);
  if (!existsSync(path.join(from, 'manifest.json'))) return null;
  const to = path.join(roots.out, 'ext', target);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
  return to;
}

function wordsOfSavedPages(): Map<string, number> {
  const words = new Map<string, number>();
  const manifest = readFileSync(path.join(roots.shared, 'pages/MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const line of manifest) {
    const [name, , , count] = line.split('\t');
    if (name) words.set(`pages/${name}`, Number(count));
  }
  return words;
}

async function main() {
  if (args.build || !existsSync(path.join(repo, '.output/chrome-mv3/manifest.json'))) {
    log('building chrome-mv3 and firefox-mv3');
    execFileSync('npx', ['wxt', 'build'], { cwd: repo, stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: repo, stdio: 'inherit' });
  }
  const chromeDir = snapshotBuild('chrome-mv3');
  const firefoxDir = snapshotBuild('firefox-mv3');
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty =
    git('status', '--porcelain', '--', 'lib', 'entrypoints', 'components', 'wxt.config.ts') !== '';

  // Pages: corpus, saved real pages, generated long articles.
  const generated = writeGenerated(roots);
  let pages: BenchPage[] = [...listStaticPages(roots), ...generated.map((g) => g.page)];
  const partial = args.quick || args.pages !== null;
  if (args.quick) pages = pages.filter((p) => QUICK_PAGES.includes(p.id));
  if (args.pages) {
    const globs = args.pages;
    pages = pages.filter((p) => globs.some((g) => matchesGlob(p.id, g)));
  }
  log(
    `${pages.length} pages, ${args.runs} runs each; extension commit ${commit}${dirty ? ' (+ uncommitted changes)' : ''}`,
  );

  // Words per page, and the article texts the Node engine bench runs on.
  const savedWords = wordsOfSavedPages();
  const words = new Map<string, number>();
  const engineTexts: { id: string; text: string }[] = [];
  for (const p of pages) {
    if (p.kind === 'generated') {
      const g = generated.find((x) => x.page.id === p.id);
      words.set(p.id, g?.words ?? 0);
      if (g) engineTexts.push({ id: p.id, text: g.text });
    } else if (p.kind === 'corpus') {
      const text = await articleText(p.file);
      words.set(p.id, countWords(text));
      engineTexts.push({ id: p.id, text });
    } else {
      words.set(p.id, savedWords.get(p.id) ?? 0);
    }
  }

  log('engine in Node');
  const engine = await benchEngine(engineTexts, args.engineRuns);
  console.log(engineTable(engine));

  const bundles: Record<string, EntrypointSize[]> = {};
  if (chromeDir) bundles['chrome-mv3'] = measureBuild(chromeDir);
  if (firefoxDir) bundles['firefox-mv3'] = measureBuild(firefoxDir);

  mkdirSync(roots.out, { recursive: true });
  writeFileSync(path.join(roots.out, 'blank.html'), '<!doctype html><title>blank</title>');
  const server = await startServer({
    '/corpus/': path.join(roots.shared, 'corpus'),
    '/pages/': path.join(roots.shared, 'pages'),
    '/gen/': path.join(roots.out, 'gen'),
    '/__bench/mark.min.js': path.join(repo, 'node_modules/mark.js/dist/mark.min.js'),
    '/__bench/blank.html': path.join(roots.out, 'blank.html'),
  });
  const results: PageResult[] = pages.map((p) => ({
    id: p.id,
    words: words.get(p.id) ?? 0,
    chromium: { ext: [], base: [], traced: [] },
  }));

  try {
    if (args.chromium && chromeDir) {
      const chromiumBench = await ChromiumBench.launch({
        extensionDir: chromeDir,
        origin: server.origin,
        markJsPath: path.join(repo, 'node_modules/mark.js/dist/mark.min.js'),
        profile: args.profile,
        profileDir: path.join(roots.out, 'profiles'),
        maxWaitMs: 20_000,
        idleMs: 700,
      });
      try {
        // Warm both browsers (and the extension's worker) on one page, unmeasured.
        const warm = pages[0];
        if (warm) {
          const e = await chromiumBench.measureExtension(warm.urlPath);
          await chromiumBench.measureBaseline(warm.urlPath, e.settleMs);
        }
        for (const [i, p] of pages.entries()) {
          const result = results[i] as PageResult;
          try {
            const runs = isTargetPage(p.id) ? Math.max(args.runs, TARGET_RUNS) : args.runs;
            for (let r = 0; r < runs; r++) {
              const ext = await chromiumBench.measureExtension(p.urlPath);
              result.chromium.ext.push(ext);
              result.chromium.base.push(await chromiumBench.measureBaseline(p.urlPath, ext.settleMs));
            }
            // Traced runs apart: tracing slows the script (+5-9 ms on 10-20 ms pages), so they give
            // task bounds, not script ms. Where the content script stopped early in every run (off-topic
            // page, 2-6 ms of script) one traced run will do: it keeps the full bench near its old time.
            const stoppedEarly = result.chromium.ext.every(
              (e) => e.status !== null && e.status !== 'done' && e.ranges === 0,
            );
            const traceRuns = stoppedEarly ? Math.min(1, args.traceRuns) : args.traceRuns;
            for (let r = 0; r < traceRuns; r++)
              result.chromium.traced?.push(await chromiumBench.measureExtension(p.urlPath, { trace: true }));
          } catch (error) {
            result.error = String(error);
          }
          const s = summarizePage(result);
          log(
            `chromium ${p.id}: ext ${round(s.extScriptMs)} ms, mark.js ${round(s.markScriptMs)} ms, ${s.extTraceLongestTaskMs === null ? '' : `longest ext task ${round(s.extTraceLongestTaskMs)} ms (trace; all ext tasks ${round(s.extTraceTaskMs)} ms; rendering after ${round(s.extRenderAfterMs)} ms), `}profile stretch ${round(s.extLongestTaskMs)} ms, first highlight ${round(s.firstHighlightMs, 0)} ms${result.error ? ` ERROR ${result.error}` : ''}`,
          );
        }
      } finally {
        await chromiumBench.close();
      }
    }

    if (args.firefox && firefoxDir) {
      // Firefox gives fewer measures and is slower to drive: the quick subset unless pages were named.
      const ffPages = args.pages ? pages : pages.filter((p) => QUICK_PAGES.includes(p.id));
      try {
        const firefoxBench = await FirefoxBench.launch({
          extensionDir: firefoxDir,
          origin: server.origin,
          maxWaitMs: 20_000,
          // No status query in Firefox (BiDi cannot reach the background here): wait long enough
          // for the background engine to answer on 100,000 words before calling a page bare.
          idleMs: 6_000,
        });
        try {
          for (const p of ffPages) {
            const result = results.find((r) => r.id === p.id) as PageResult;
            result.firefox = [];
            try {
              for (let r = 0; r < args.runs; r++) result.firefox.push(await firefoxBench.measure(p.urlPath));
            } catch (error) {
              // e.g. a saved page that redirects itself to its live site, which Firefox refuses here.
              log(`firefox ${p.id}: ${String(error).split('\n')[0]}`);
              continue;
            }
            const s = summarizePage(result);
            log(
              `firefox ${p.id}: first highlight ${round(s.firefoxFirstHighlightMs, 0)} ms, busy added ${round(s.firefoxBusyDiffMs)} ms`,
            );
          }
        } finally {
          await firefoxBench.close();
        }
      } catch (error) {
        log(`firefox skipped: ${String(error)}`);
      }
    }
  } finally {
    await server.close();
  }

  const store = runStoreBench(repo);
  const summaries = results.map(summarizePage);
  const targets = evaluateTargets({ pages: summaries, bundles, storeLookupMs: store.lookupMs });
  const measuredAt = new Date().toISOString();
  const header = `Measured ${measuredAt} on extension commit ${commit}${dirty ? ' (with uncommitted changes in lib/entrypoints/components)' : ''}; ${args.runs} runs per page (${Math.max(args.runs, TARGET_RUNS)} on ${TARGET_PAGES.join(' and ')}, which the script-time targets read), medians; Chromium ${chromiumVersion()}, ${args.profile ? 'CPU-profiled (script attribution)' : 'not profiled (main-thread task time difference only)'}${args.traceRuns > 0 ? `; task bounds from ${args.traceRuns} more traced run(s) per page (at most 1 where the content script stopped early)` : '; not traced'}.`;

  const md = [
    '# Claimscope performance benchmark',
    '',
    header,
    '',
    '## Targets',
    '',
    targetList(targets),
    '',
    '## Chromium, per page',
    '',
    'ext script ms: main-thread JavaScript with a frame of the content script on the stack, from a V8 CPU profile',
    "of the page's renderer (content scripts run on the page's main thread, in their own world). mark.js script ms:",
    'the same attribution for mark.js run after load on document.body with the keyword list in',
    'scripts/bench/keywords.ts. Ext tasks (trace, all): the summed duration of every top-level task that ran content',
    'script, from the traced runs: free of attribution, it includes compiling the script (which happens before a',
    'frame of ours is on the stack) and anything else those tasks ran; slowed by tracing, so it reads high.',
    'Longest task, ext (trace): the longest top-level task (RunTask) of the renderer main',
    'thread that ran content script, from Chrome traces of separate runs (tracing slows the script, so these runs',
    'give no script ms; a task is ours when it holds a CPU-profile',
    'sample with a content-script frame, or an event naming a chrome-extension:// URL). Rendering after (trace): the',
    "longest style/layout/paint task of a frame that one of our tasks asked for (the frame's AnimationFrame began in",
    "our task) — Chromium's task, not ours, but the reader waits for it too. Stretch: the longest busy stretch of the",
    'main thread (between idle CPU-profile samples) in which the script ran — an upper bound that merges back-to-back',
    'tasks (ours, then the frame after). First highlight: ms from navigation start until a',
    '`claimscope-*` highlight exists (— when none appeared). Done: when the content script reported a final status',
    '(or its highlights stopped changing). Main-thread time added: CDP TaskDuration with minus without the',
    'extension at that moment (includes style/layout/paint; noisy where the page runs its own scripts).',
    'ranges / marks: highlight ranges vs mark.js matches. CDP ScriptDuration is not used: it counts neither',
    'content-script nor DevTools-evaluated code.',
    '',
    pageTable(summaries),
    '',
    '## Firefox',
    '',
    'Measured: time to first highlight, and a main-thread probe (a 10 ms timer whose lateness, with the extension',
    'minus without, estimates the busy time it adds; its longest delay bounds the longest task). Not measured in',
    'Firefox: script time by attribution, long tasks (no `longtask` entries), mark.js comparison.',
    '',
    firefoxTable(summaries) || '_not run_',
    '',
    '## Engine in Node (annotate on extracted article text)',
    '',
    engineTable(engine),
    '',
    '## Bundles',
    '',
    bundleTable(bundles),
    '',
    '## Store',
    '',
    store.note,
    '',
  ].join('\n');

  const json = {
    measuredAt,
    commit,
    dirty,
    args,
    chromium: chromiumVersion(),
    measures: {
      chromium: [
        'ext script ms (CPU profile attribution)',
        'main-thread TaskDuration difference (with − without)',
        'longest top-level task running the content script, tasks ≥ 50 ms (Chrome trace)',
        'longest rendering task of a frame our task asked for (Chrome trace)',
        'longest busy stretch / stretches ≥ 50 ms with the content script (CPU profile, upper bound)',
        'page long tasks with/without',
        'time to first highlight',
        'mark.js script ms, longest task, style+layout',
      ],
      firefox: [
        'time to first highlight',
        'main-thread probe busy time (with − without)',
        'longest probe gap',
      ],
    },
    targets,
    summaries,
    engine,
    bundles,
    store,
    raw: results,
  };
  const outDir = partial ? roots.out : path.join(repo, 'bench');
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(json, null, 1)}\n`);
  writeFileSync(path.join(outDir, 'results.md'), md);
  console.log(
    `\n${pageTable(summaries)}\n\n${firefoxTable(summaries)}\n\n${bundleTable(bundles)}\n\n${targetList(targets)}`,
  );
  log(`wrote ${path.relative(repo, outDir)}/results.{json,md}`);
}

function chromiumVersion(): string {
  const r = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout ?? '').match(/[\d.]+/)?.[0] ?? 'unknown';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
