// Command-line arguments → a command, or a usage error (exit code 2).
import { CliError } from './input';

export const FORMATS = ['json', 'md', 'csv', 'w3c'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'annotate'; input: string; format: Format }
  | { kind: 'convert'; input: string; format: Format };

export const USAGE = `Usage:
  claimscope annotate <file.html | url | -> [--format json|md|csv|w3c]
      Find the article in a saved page (or a URL, fetched only because you gave it; "-" reads
      stdin), detect its claims about AI moats, consolidation and open-source parity, print them.
  claimscope convert <export.json | -> --format json|md|csv|w3c
      Re-format a Claimscope JSON export (from the extension or this tool).

Options:
  -f, --format <fmt>   output format (default json)
  -h, --help           show this help
  -v, --version        show the version`;

function parseFormat(value: string | undefined): Format {
  if (value === undefined || value === '')
    throw new CliError('--format needs a value: json, md, csv or w3c.', 2);
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new CliError(`Unknown format "${value}": use json, md, csv or w3c.`, 2);
  }
  return value as Format;
}

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  let format: Format | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '-f' || arg === '--format') {
      format = parseFormat(argv[++i]);
    } else if (arg.startsWith('--format=')) {
      format = parseFormat(arg.slice('--format='.length));
    } else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg} (see claimscope --help).`, 2);
    } else {
      positional.push(arg);
    }
  }
  const [command, input, ...extra] = positional;
  if (command === undefined) return { kind: 'help' };
  if (command !== 'annotate' && command !== 'convert') {
    throw new CliError(`Unknown command "${command}": use annotate or convert (see claimscope --help).`, 2);
  }
  if (input === undefined)
    throw new CliError(`${command} needs an input: a file, a URL or "-" for stdin.`, 2);
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}": give one input.`, 2);
  if (command === 'convert' && format === undefined) throw new CliError('convert needs --format.', 2);
  return { kind: command, input, format: format ?? 'json' };
}
