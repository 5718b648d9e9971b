// Reads a Chrome trace (CDP Tracing, JSON trace-event format) of a page load and answers, for the
// renderer main thread of that page: how long was the longest top-level task in which the content
// script ran, and how long was the rendering task (style, layout, paint of the next frame) that
// followed one of ours. The CPU profile's busy stretches merge back-to-back tasks (ours, then
// Chromium's frame); a trace has each task's exact bounds.
//
// What the trace says about content scripts (Chromium 156): only the first run is labelled — an
// `EvaluateScript` with the chrome-extension:// URL. Everything after (promise continuations,
// message replies from the background) runs as `RunMicrotasks` inside tasks such as `Receive mojo
// message` (extensions.mojom.MessagePort) with no script URL at all. So a task is ours when it
// holds a CPU-profile sample with a content-script frame (the profiler and the trace share one
// clock, µs) or a trace event naming a chrome-extension:// URL.

export interface TraceEvent {
  name: string;
  ph: string;
  /** µs, on the same monotonic clock as the CPU profile's startTime. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

export interface Task {
  /** µs. */
  start: number;
  end: number;
  /** Extension script ran in it. */
  ext: boolean;
  /** It updated the rendering: style, layout, pre-paint, paint (the frame's main-thread part). */
  rendering: boolean;
}

export interface TaskFigures {
  /** Top-level tasks on the page's main thread that ran extension script. */
  extTasks: number;
  /** ms; 0 when none ran. */
  longestExtTaskMs: number;
  /**
   * ms: all those tasks together. Unlike CPU-profile attribution it includes work done before any
   * frame of ours is on the stack (compiling the script), and any page work that shared a task.
   */
  extTaskMs: number;
  extTasksOver50: number;
  /** ms: longest rendering task (style/layout/paint) of a frame one of ours asked for (0 when none). */
  longestRenderAfterMs: number;
}

/** Top-level task events: the scheduler's task wrapper (devtools.timeline) and its toplevel twin. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Main-thread rendering phases of a frame. */
const RENDERING_NAMES = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
]);
/** A frame's begin is stamped when the scheduler picks the task, a little before its RunTask event. */
const TASK_START_SLACK_US = 500;
/** Without frame events: a rendering task this soon (µs) after ours is taken as the frame after it. */
const FRAME_WINDOW_US = 50_000;

/** Accepts what Tracing hands back: a bare array or `{ traceEvents }`. */
export function traceEventsOf(trace: unknown): TraceEvent[] {
  if (Array.isArray(trace)) return trace as TraceEvent[];
  const events = (trace as { traceEvents?: unknown } | null)?.traceEvents;
  return Array.isArray(events) ? (events as TraceEvent[]) : [];
}

/** Complete events (`X`) plus `B`/`E` pairs made complete, per thread; unmatched ones are dropped. */
function completeEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open = new Map<string, TraceEvent[]>();
  const sorted = events.filter((e) => e.ph === 'B' || e.ph === 'E').sort((a, b) => a.ts - b.ts);
  for (const e of events) if (e.ph === 'X' && typeof e.dur === 'number') out.push(e);
  for (const e of sorted) {
    const key = `${e.pid}:${e.tid}`;
    const stack = open.get(key) ?? [];
    open.set(key, stack);
    if (e.ph === 'B') stack.push(e);
    else {
      const begin = stack.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts });
    }
  }
  return out;
}

function urlOf(e: TraceEvent): string {
  const args = e.args ?? {};
  const data = (args.data ?? {}) as Record<string, unknown>;
  const begin = (args.beginData ?? {}) as Record<string, unknown>;
  for (const v of [data.url, begin.url, args.fileName, data.scriptName]) if (typeof v === 'string') return v;
  return '';
}

/**
 * The page's renderer main thread: the one that parsed `pageUrl`; failing that, the renderer
 * main thread (CrRendererMain) with the most busy time.
 */
export function pageMainThread(
  events: readonly TraceEvent[],
  pageUrl?: string,
): { pid: number; tid: number } | null {
  if (pageUrl) {
    const parse = events.find((e) => e.name === 'ParseHTML' && urlOf(e) === pageUrl);
    if (parse) return { pid: parse.pid, tid: parse.tid };
  }
  const renderers = new Set(
    events
      .filter(
        (e) =>
          e.ph === 'M' &&
          e.name === 'thread_name' &&
          (e.args as { name?: string })?.name === 'CrRendererMain',
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && renderers.has(key))
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const best = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return null;
  const [pid, tid] = best.split(':').map(Number) as [number, number];
  return { pid, tid };
}

/**
 * The top-level tasks of one thread, each marked as ours when it holds one of `extSamplesUs`
 * (times of CPU-profile samples with a content-script frame) or an event naming a URL that
 * `isExtUrl` accepts, and as rendering when it ran a frame's style/layout/paint.
 */
export function topLevelTasks(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  extSamplesUs: readonly number[],
  isExtUrl: (url: string) => boolean,
): Task[] {
  const mine = completeEvents(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid)).sort(
    (a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0),
  );
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const e of mine) {
    const end = e.ts + (e.dur ?? 0);
    if (current && e.ts < current.end) {
      // Nested in the current task.
      if (RENDERING_NAMES.has(e.name)) current.rendering = true;
      if (isExtUrl(urlOf(e))) current.ext = true;
      continue;
    }
    if (!TASK_NAMES.has(e.name)) continue;
    current = { start: e.ts, end, ext: false, rendering: false };
    tasks.push(current);
  }
  // Samples are sorted in time; walk both lists once.
  const samples = [...extSamplesUs].sort((a, b) => a - b);
  let i = 0;
  for (const task of tasks) {
    while (i < samples.length && (samples[i] as number) < task.start) i++;
    if (i < samples.length && (samples[i] as number) <= task.end) task.ext = true;
  }
  return tasks;
}

/** A frame (µs): from the task that first asked for it to the end of its rendering. */
export interface Frame {
  start: number;
  end: number;
}

/**
 * The frames of one thread, from the `AnimationFrame` async events Chromium emits for the Long
 * Animation Frames API: each begins in the task that first invalidated the rendering (e.g. ours,
 * setting highlights) and ends after the style/layout/paint it caused — so a frame begun inside one
 * of our tasks is rendering we caused, whatever else ran in between.
 */
export function animationFrames(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
): Frame[] {
  const frames: Frame[] = [];
  let begin: number | null = null;
  const marks = events
    .filter(
      (e) =>
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.name === 'AnimationFrame' &&
        (e.ph === 'b' || e.ph === 'e'),
    )
    .sort((a, b) => a.ts - b.ts);
  for (const e of marks) {
    if (e.ph === 'b') begin = e.ts;
    else if (begin !== null) {
      frames.push({ start: begin, end: e.ts });
      begin = null;
    }
  }
  return frames;
}

/**
 * Longest task of ours, and longest rendering task of a frame one of ours began. Without frame
 * events (older Chromium), the first rendering task within 50 ms after ours stands in for it.
 */
export function taskFigures(tasks: readonly Task[], frames: readonly Frame[] = []): TaskFigures {
  let longest = 0;
  let total = 0;
  let over50 = 0;
  let extTasks = 0;
  let renderAfter = 0;
  const ms = (t: Task) => (t.end - t.start) / 1000;
  for (const [i, task] of tasks.entries()) {
    if (!task.ext) continue;
    extTasks++;
    total += ms(task);
    longest = Math.max(longest, ms(task));
    if (ms(task) >= 50) over50++;
    const later = tasks.slice(i + 1);
    if (frames.length > 0) {
      for (const frame of frames) {
        if (frame.start < task.start - TASK_START_SLACK_US || frame.start > task.end) continue;
        for (const next of later) {
          if (next.start > frame.end) break;
          if (next.rendering) renderAfter = Math.max(renderAfter, ms(next));
        }
      }
      continue;
    }
    for (const next of later) {
      if (next.ext || next.start - task.end > FRAME_WINDOW_US) break;
      if (next.rendering) {
        renderAfter = Math.max(renderAfter, ms(next));
        break;
      }
    }
  }
  return {
    extTasks,
    longestExtTaskMs: longest,
    extTaskMs: total,
    extTasksOver50: over50,
    longestRenderAfterMs: renderAfter,
  };
}

/** All of the above for one trace. */
export function analyzeTrace(
  trace: unknown,
  options: {
    pageUrl?: string;
    extSamplesUs: readonly number[];
    isExtUrl: (url: string) => boolean;
    /** Ignore tasks that start after this (µs), e.g. the page navigated to once measuring ended. */
    untilUs?: number;
  },
): TaskFigures | null {
  const events = traceEventsOf(trace);
  const thread = pageMainThread(events, options.pageUrl);
  if (!thread) return null;
  const until = options.untilUs ?? Number.POSITIVE_INFINITY;
  const tasks = topLevelTasks(events, thread, options.extSamplesUs, options.isExtUrl).filter(
    (t) => t.start <= until,
  );
  return taskFigures(tasks, animationFrames(events, thread));
}
