// Time-slicing for page work: no task on the page's main thread may run past the 50 ms long-task
// line, so loops over claims check a budget and hand the thread back between chunks.

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Give the page a turn: scheduler.yield() where it exists (keeps our priority), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A budget per task. `due()` says whether the current slice is spent; `pause()` yields and starts
 * a new slice. Work resumed after a pause first checks `signal`, so a script that was invalidated
 * (extension reloaded) or a scan that was superseded stops at the next chunk.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(
    private readonly signal: AbortSignal,
    private readonly budgetMs = 8,
  ) {}

  due(): boolean {
    return performance.now() - this.sliceStart > this.budgetMs;
  }

  /** Yield if the slice is spent; resolves false when the work should stop. */
  async checkpoint(): Promise<boolean> {
    if (this.signal.aborted) return false;
    if (!this.due()) return true;
    await yieldToPage();
    this.sliceStart = performance.now();
    return !this.signal.aborted;
  }
}
