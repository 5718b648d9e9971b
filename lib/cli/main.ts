// `claimscope`: the engine on a saved page, from a terminal. Prints to stdout; errors are one line
// on stderr with exit code 1 (bad input) or 2 (bad usage), never a stack trace.
import { readFileSync } from 'node:fs';
import { type Command, parseArgs, USAGE } from './args';
import { CliError, readSource, readTextFile } from './input';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin?: NodeJS.ReadableStream;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

async function run(cmd: Command, io: Io): Promise<void> {
  switch (cmd.kind) {
    case 'help':
      io.out(`${USAGE}\n`);
      return;
    case 'version':
      io.out(`${version()}\n`);
      return;
    case 'annotate': {
      const source = await readSource(cmd.input, io.stdin);
      // Loaded only now: the engine (compromise) takes a while, and usage errors should not wait.
      const { annotatePage, toCliOutput } = await import('./page');
      const page = annotatePage(source.html, source.url);
      if (page.text.trim() === '')
        throw new CliError(`${cmd.input === '-' ? 'stdin' : cmd.input} has no readable text.`);
      if (cmd.format === 'json') {
        io.out(`${JSON.stringify(toCliOutput(page), null, 2)}\n`);
        return;
      }
      const [{ buildArticleRecord }, { formatRecords }] = await Promise.all([
        import('../engine/record'),
        import('../export/index'),
      ]);
      const record = buildArticleRecord({
        url: page.url,
        title: page.title,
        text: page.text,
        claims: page.claims,
      });
      io.out(withNewline(formatRecords(cmd.format, [record])));
      return;
    }
    case 'convert': {
      const { formatRecords, parseExport } = await import('../export/index');
      const parsed = parseExport(await readTextFile(cmd.input));
      if (!parsed.ok) throw new CliError(parsed.error);
      io.out(withNewline(formatRecords(cmd.format, parsed.records)));
      return;
    }
  }
}

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    await run(parseArgs(argv), io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`claimscope: ${e.message}\n`);
      return e.code;
    }
    // A bug, not the user's fault: still one line, so scripts can log it.
    io.err(`claimscope: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
