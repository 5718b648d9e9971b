// Reads a Chromium trace (devtools.timeline + toplevel + v8 CPU profiler) of one page load and
// answers: which tasks ran on the page's main thread, and how much of the JavaScript time there
// belongs to a given script (the extension's content script, or mark.js). Content scripts run in
// the page's renderer main thread, in their own world, so the CPU profile's call frames — each
// with its script URL — are the precise way to tell our time from the page's.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    beginData?: { url?: string };
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export interface Task {
  /** Start, ms since the trace's clock origin (same clock as the profile samples). */
  start: number;
  duration: number;
}

export interface Attribution {
  /** JS time (ms) whose call stack holds a frame from a matching script. */
  scriptMs: number;
  /** Main-thread tasks in which that script ran, whole task durations (incl. style/layout it forced). */
  tasks: Task[];
}

export interface TraceSummary {
  /** Main-thread tasks (RunTask) of the page's renderer, in order. */
  tasks: Task[];
  /** The time origin of the navigation (ms, trace clock), when it could be found. */
  navigationStart: number | null;
  attribute(matches: (url: string) => boolean): Attribution;
}

interface Sample {
  ts: number;
  interval: number;
  node: number;
}

/** Finds the renderer main thread that parsed `pageUrl`, its tasks and its CPU profile samples. */
export function summarizeTrace(events: readonly TraceEvent[], pageUrl: string): TraceSummary {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  const pid = parse?.pid;
  const tid = parse?.tid;
  const tasks: Task[] = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X')
    .map((e) => ({ start: e.ts / 1000, duration: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
  const nav = events.find(
    (e) => e.pid === pid && (e.name === 'navigationStart' || e.name === 'markAsMainFrame') && e.ph !== 'M',
  );

  // The CPU profile arrives as one Profile event and many ProfileChunks sharing its id.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid);
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  if (profile) {
    let time = profile.args?.data?.startTime ?? 0;
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
      const data = chunk.args?.data;
      for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      ids.forEach((node, i) => {
        time += deltas[i] ?? 0;
        samples.push({ ts: time / 1000, interval: 0, node });
      });
    }
    samples.sort((a, b) => a.ts - b.ts);
    // A sample stands for the time until the next one; cap it so a gap in sampling is not billed.
    for (let i = 0; i < samples.length; i++) {
      const next = samples[i + 1];
      (samples[i] as Sample).interval = next ? Math.min(next.ts - (samples[i] as Sample).ts, 1) : 0;
    }
  }

  return {
    tasks,
    navigationStart: nav ? nav.ts / 1000 : null,
    attribute(matches) {
      const memo = new Map<number, boolean>();
      const inScript = (id: number): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const node = nodes.get(id);
        const own = node?.callFrame.url ? matches(node.callFrame.url) : false;
        const result = own || (node?.parent !== undefined ? inScript(node.parent) : false);
        memo.set(id, result);
        return result;
      };
      const hits = samples.filter((s) => inScript(s.node));
      const scriptMs = hits.reduce((sum, s) => sum + s.interval, 0);
      const hitTasks = new Set<Task>();
      let t = 0;
      for (const s of hits) {
        while (t < tasks.length && (tasks[t] as Task).start + (tasks[t] as Task).duration < s.ts) t++;
        const task = tasks[t];
        if (task && task.start <= s.ts) hitTasks.add(task);
      }
      return { scriptMs, tasks: [...hitTasks] };
    },
  };
}

export function longest(tasks: readonly Task[]): number {
  return tasks.reduce((max, t) => Math.max(max, t.duration), 0);
}
