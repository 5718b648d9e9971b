// The benchmark's exact long-task figure: which top-level tasks of the page's main thread ran the
// content script, and which rendering task our highlights caused. Fixture: a real Chrome 156 trace
// of the 100,000-word page, cut to the renderer main thread (see its `note`). Lives here, not under
// scripts/bench/, because vitest.config.ts includes test/unit/** but not scripts/**.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  analyzeTrace,
  pageMainThread,
  type Task,
  type TraceEvent,
  taskFigures,
  topLevelTasks,
  traceEventsOf,
} from '../../scripts/bench/trace';

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'bench-trace.fixture.json'), 'utf8'),
) as { pageUrl: string; extSamplesUs: number[]; traceEvents: TraceEvent[] };
const isExtUrl = (url: string) => url.startsWith('chrome-extension://');

describe('analyzeTrace on a recorded load of the 100,000-word page', () => {
  test('finds our four tasks; the longest is the one that receives the claims and sets highlights', () => {
    const figures = analyzeTrace(fixture, {
      pageUrl: fixture.pageUrl,
      extSamplesUs: fixture.extSamplesUs,
      isExtUrl,
    });
    expect(figures?.extTasks).toBe(4);
    expect(figures?.longestExtTaskMs).toBeCloseTo(27.76, 1);
    expect(figures?.extTasksOver50).toBe(0);
    // The frame our highlight task asked for: Chromium's style/pre-paint/paint, its own task.
    expect(figures?.longestRenderAfterMs).toBeCloseTo(20.7, 1);
  });

  test('the trace alone names the content script only in its first run (EvaluateScript)', () => {
    const figures = analyzeTrace(fixture, { pageUrl: fixture.pageUrl, extSamplesUs: [], isExtUrl });
    expect(figures?.extTasks).toBe(1);
    expect(figures?.longestExtTaskMs).toBeLessThan(3);
  });

  test('leaves out tasks after the measured load (untilUs): here, the highlight task', () => {
    const highlightTask = Math.max(...fixture.extSamplesUs);
    const figures = analyzeTrace(fixture, {
      pageUrl: fixture.pageUrl,
      extSamplesUs: fixture.extSamplesUs,
      isExtUrl,
      untilUs: highlightTask - 100_000,
    });
    expect(figures?.extTasks).toBe(3);
    expect(figures?.longestRenderAfterMs).toBe(0);
  });

  test.each([
    ['by the page URL it parsed', fixture.pageUrl],
    ['by busy time, without a URL', undefined],
  ])('picks the page renderer main thread %s', (_, url) => {
    const events = traceEventsOf(fixture);
    const parse = events.find((e) => e.name === 'ParseHTML');
    expect(pageMainThread(events, url)).toEqual({ pid: parse?.pid, tid: parse?.tid });
  });
});

const ms = 1000;
const task = (start: number, end: number, ext: boolean, rendering = false): Task => ({
  start: start * ms,
  end: end * ms,
  ext,
  rendering,
});

describe('taskFigures', () => {
  test.each([
    {
      name: 'ours then the frame back to back: two tasks, not one 60 ms stretch',
      tasks: [task(0, 40, true), task(40.2, 60, false, true)],
      frames: [{ start: 0, end: 58 * ms }],
      longest: 40,
      renderAfter: 19.8,
    },
    {
      name: "a frame the page's own task began is not ours",
      tasks: [task(0, 5, false), task(6, 10, true), task(12, 40, false, true)],
      frames: [{ start: 0, end: 38 * ms }],
      longest: 4,
      renderAfter: 0,
    },
    {
      name: 'a frame begun in our task counts even with a page task in between',
      tasks: [task(0, 10, true), task(11, 12, false), task(16, 30, false, true)],
      frames: [{ start: -0.1 * ms, end: 29 * ms }],
      longest: 10,
      renderAfter: 14,
    },
    {
      name: 'without frame events: the first rendering task within 50 ms after ours',
      tasks: [task(0, 55, true), task(60, 70, false, true), task(80, 120, false, true)],
      frames: [],
      longest: 55,
      renderAfter: 10,
    },
    {
      name: 'without frame events: a rendering task after a long gap is not ours',
      tasks: [task(0, 5, true), task(100, 130, false, true)],
      frames: [],
      longest: 5,
      renderAfter: 0,
    },
  ])('$name', ({ tasks, frames, longest, renderAfter }) => {
    const figures = taskFigures(tasks, frames);
    expect(figures.longestExtTaskMs).toBeCloseTo(longest, 5);
    expect(figures.longestRenderAfterMs).toBeCloseTo(renderAfter, 5);
    expect(figures.extTasksOver50).toBe(longest >= 50 ? 1 : 0);
  });
});

describe('topLevelTasks', () => {
  const thread = { pid: 1, tid: 1 };
  const ev = (e: Partial<TraceEvent> & { name: string; ph: string; ts: number }): TraceEvent => ({
    pid: 1,
    tid: 1,
    ...e,
  });
  test.each([
    {
      name: 'a task is ours when a content-script sample falls in it',
      events: [
        ev({ name: 'RunTask', ph: 'X', ts: 0, dur: 10 }),
        ev({ name: 'RunTask', ph: 'X', ts: 20, dur: 10 }),
      ],
      samples: [25],
      ext: [false, true],
    },
    {
      name: 'or when a nested event names a chrome-extension:// script',
      events: [
        ev({ name: 'RunTask', ph: 'X', ts: 0, dur: 10 }),
        ev({
          name: 'EvaluateScript',
          ph: 'X',
          ts: 1,
          dur: 5,
          args: { data: { url: 'chrome-extension://abc/content-scripts/content.js' } },
        }),
      ],
      samples: [],
      ext: [true],
    },
    {
      name: 'B/E pairs count as tasks; nested RunTask twins are one task',
      events: [
        ev({ name: 'RunTask', ph: 'B', ts: 0 }),
        ev({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 0, dur: 9 }),
        ev({ name: 'RunTask', ph: 'E', ts: 10 }),
        ev({ name: 'RunTask', ph: 'X', ts: 10, dur: 5, tid: 2 }),
      ],
      samples: [12],
      ext: [false],
    },
  ])('$name', ({ events, samples, ext }) => {
    expect(topLevelTasks(events, thread, samples, isExtUrl).map((t) => t.ext)).toEqual(ext);
  });
});
