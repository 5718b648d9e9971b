// What the benchmark injects into every page (main world, before the page's own scripts):
// a long-task observer and a poller that notes when the first claim highlight appears.
// The same script runs with and without the extension, so its own small cost cancels out.

export const HIGHLIGHT_NAMES = [
  'claimscope-moat',
  'claimscope-consolidation',
  'claimscope-open_source_parity',
];

export interface InPageState {
  longtasks: [number, number][];
  /** performance.now() (ms since navigation start) when a claimscope highlight was first seen. */
  firstHighlight: number | null;
  stop: boolean;
}

// A string, not a function, so tsx/esbuild helpers never leak into the page.
export const INIT_SCRIPT = `(() => {
  if (window !== window.top || window.__claimscopeBench) return;
  const bench = { longtasks: [], firstHighlight: null, stop: false };
  Object.defineProperty(window, '__claimscopeBench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const names = ${JSON.stringify(HIGHLIGHT_NAMES)};
  const timer = window.setTimeout;
  const poll = () => {
    const registry = globalThis.CSS && CSS.highlights;
    if (registry) {
      for (const name of names) {
        const h = registry.get(name);
        if (h && h.size > 0) { bench.firstHighlight = performance.now(); return; }
      }
    }
    if (!bench.stop) timer(poll, 5);
  };
  timer(poll, 0);
})();`;

/** Evaluated in the page: highlight ranges now, and the bench state. */
export const READ_STATE = `(() => {
  const names = ${JSON.stringify(HIGHLIGHT_NAMES)};
  let ranges = 0;
  const registry = globalThis.CSS && CSS.highlights;
  if (registry) for (const name of names) ranges += (registry.get(name) && registry.get(name).size) || 0;
  const b = window.__claimscopeBench || { longtasks: [], firstHighlight: null };
  return { now: performance.now(), ranges, firstHighlight: b.firstHighlight, longtasks: b.longtasks };
})()`;
