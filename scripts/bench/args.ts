// Command-line options of `npm run bench`.
export interface BenchArgs {
  /** A few representative pages instead of all of them. */
  quick: boolean;
  /** Glob(s) over page ids (`corpus/*`, `pages/nytimes-*`, `gen/words-5000`), comma-separated. */
  pages: string[] | null;
  runs: number;
  /** CPU-profile the renderer to attribute script time. Off: CDP task-time difference only. */
  profile: boolean;
  /**
   * Extra extension runs per page in Chromium with a Chrome trace, for exact task bounds (longest
   * task, rendering after). Separate from the `runs` that give script ms: tracing slows the script.
   * Pages where the content script stopped early (off-topic) get at most one.
   */
  traceRuns: number;
  /** Build both targets with `npx wxt build` first. */
  build: boolean;
  firefox: boolean;
  chromium: boolean;
  engineRuns: number;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    pages: null,
    runs: 3,
    profile: true,
    traceRuns: 2,
    build: false,
    firefox: true,
    chromium: true,
    engineRuns: 5,
  };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2) as [string, string | undefined];
    switch (key) {
      case '--quick':
        args.quick = true;
        break;
      case '--pages':
        args.pages = (value ?? '').split(',').filter(Boolean);
        break;
      case '--runs':
        args.runs = Math.max(1, Number(value) || 3);
        break;
      case '--engine-runs':
        args.engineRuns = Math.max(1, Number(value) || 5);
        break;
      case '--no-profile':
        args.profile = false;
        break;
      case '--trace-runs':
        args.traceRuns = Math.max(0, Number(value) || 0);
        break;
      case '--build':
        args.build = true;
        break;
      case '--no-firefox':
        args.firefox = false;
        break;
      case '--no-chromium':
        args.chromium = false;
        break;
      case '--help':
        console.log(
          'npm run bench -- [--quick] [--pages=<glob>[,<glob>]] [--runs=N] [--engine-runs=N] [--no-profile] [--trace-runs=N] [--build] [--no-firefox] [--no-chromium]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg} (try --help)`);
    }
  }
  return args;
}
