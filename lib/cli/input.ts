// Reading what the user pointed the CLI at: a file, a URL, or stdin. Every way this can go wrong
// becomes a CliError with one sentence for stderr, never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A failure the user can act on; `code` is the process exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Pages larger than this are not news articles (the largest real page we test is 1.6 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

export interface Source {
  html: string;
  /** Where the page came from: file:// URL, the fetched URL, or "stdin:". */
  url: string;
}

function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Text a browser would render as a page: decodes as UTF-8, no NULs, and has markup. */
export function checkHtml(bytes: Uint8Array, what: string): string {
  if (bytes.length === 0) throw new CliError(`${what} is empty.`);
  if (bytes.length > MAX_BYTES) throw new CliError(`${what} is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  // NUL bytes never occur in HTML text; in binaries (images, PDFs, archives) they are everywhere.
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${what} is a binary file, not HTML.`);
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old pages in Latin-1 and friends: decode leniently rather than refuse them.
    html = new TextDecoder('latin1').decode(bytes);
  }
  if (html.trim() === '') throw new CliError(`${what} is empty.`);
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|main|span|title)\b/i.test(html)) {
    throw new CliError(`${what} does not look like HTML (no <html>, <body> or <p> tags).`);
  }
  return html;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_BYTES) throw new CliError(`stdin is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readLocal(arg: string): Promise<Source> {
  const path = resolve(arg);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`No such file: ${arg}`);
    if (code === 'EACCES') throw new CliError(`Cannot read ${arg}: permission denied.`);
    throw new CliError(`Cannot read ${arg}: ${(e as Error).message}`);
  }
  if (info.isDirectory()) throw new CliError(`${arg} is a directory; give an .html file.`);
  if (!info.isFile()) throw new CliError(`${arg} is not a regular file.`);
  if (info.size > MAX_BYTES) throw new CliError(`${arg} is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(`Cannot read ${arg}: ${(e as Error).message}`);
  }
  return { html: checkHtml(bytes, arg), url: pathToFileURL(path).href };
}

/** Fetched only because the user passed a URL: the one network request the CLI ever makes. */
async function readRemote(arg: string): Promise<Source> {
  let res: Response;
  try {
    res = await fetch(arg, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (e) {
    const reason =
      (e as Error).name === 'TimeoutError' ? 'timed out' : ((e as Error).cause as Error)?.message;
    throw new CliError(`Could not fetch ${arg}: ${reason ?? (e as Error).message}`);
  }
  if (!res.ok) throw new CliError(`Could not fetch ${arg}: HTTP ${res.status} ${res.statusText}`.trim());
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new CliError(`${arg} is ${type}, not an HTML page.`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { html: checkHtml(bytes, arg), url: res.url || arg };
}

export async function readSource(arg: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Source> {
  if (arg === '-') return { html: checkHtml(await readStdin(stdin), 'stdin'), url: 'stdin:' };
  if (isUrl(arg)) return readRemote(arg);
  return readLocal(arg);
}

export async function readTextFile(arg: string): Promise<string> {
  const src = arg === '-' ? null : resolve(arg);
  if (src === null) return Buffer.from(await readStdin(process.stdin)).toString('utf8');
  try {
    const info = await stat(src);
    if (info.isDirectory()) throw new CliError(`${arg} is a directory; give an export .json file.`);
    return await readFile(src, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`No such file: ${arg}`);
    throw new CliError(`Cannot read ${arg}: ${(e as Error).message}`);
  }
}
