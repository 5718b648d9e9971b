// Reads a V8 CPU profile of the page's renderer main thread (CDP Profiler domain) and answers how
// much of its JavaScript time belongs to a given script — the extension's content script, or
// mark.js — and how long the busy stretches in which that script ran lasted. Content scripts run
// on the page's main thread in their own world, so a call frame's script URL is the precise way
// to tell our time from the page's. (Performance.getMetrics' ScriptDuration does not count
// content-script or DevTools-evaluated code, and tracing took seconds per load to flush.)

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Stretch {
  /** ms on the profile's clock. */
  start: number;
  duration: number;
}

export interface Attribution {
  /** JS time (ms) with a frame of a matching script on the stack (incl. DOM work it called). */
  scriptMs: number;
  /**
   * Busy stretches of the main thread in which the script ran, from its first sample to the next
   * idle sample: its task plus whatever ran right after it (the style, layout and paint it caused,
   * or another task back to back) — an upper bound on the longest task it ran in. The page's own
   * work before our first frame in the same stretch (e.g. the first layout at load) is left out.
   */
  stretches: Stretch[];
  /** When each sample in the script was taken (µs, the trace's clock): to find its tasks in a trace. */
  samplesUs: number[];
}

const IDLE = '(idle)';
/** A sample stands for the time until the next one, capped so a pause in sampling is not billed. */
const MAX_SAMPLE_MS = 2;

export function attribute(profile: CpuProfile, matches: (url: string) => boolean): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const inScript = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = (url !== '' && matches(url)) || (up !== undefined && inScript(up));
    memo.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let scriptMs = 0;
  const stretches: Stretch[] = [];
  const samplesUs: number[] = [];
  let timeUs = profile.startTime;
  let time = profile.startTime / 1000;
  let open: { start: number; end: number; hit: boolean } | null = null;
  const close = () => {
    if (open?.hit) stretches.push({ start: open.start, duration: open.end - open.start });
    open = null;
  };
  for (let i = 0; i < samples.length; i++) {
    timeUs += deltas[i] ?? 0;
    time = timeUs / 1000;
    const id = samples[i] as number;
    const next = (deltas[i + 1] ?? 0) / 1000;
    const span = Math.min(next, MAX_SAMPLE_MS);
    const idle = byId.get(id)?.callFrame.functionName === IDLE;
    if (idle) {
      close();
      continue;
    }
    if (!open) open = { start: time, end: time + span, hit: false };
    open.end = time + span;
    if (inScript(id)) {
      scriptMs += span;
      samplesUs.push(timeUs);
      if (!open.hit) open.start = time;
      open.hit = true;
    }
  }
  close();
  return { scriptMs, stretches, samplesUs };
}

export function longest(stretches: readonly Stretch[]): number {
  return stretches.reduce((max, s) => Math.max(max, s.duration), 0);
}
