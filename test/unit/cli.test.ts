// The real launcher as a user runs it: a child process on a corpus page, on stdin, and on each
// kind of bad input (one line on stderr, non-zero exit, no stack trace).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/claimscope.mjs');
const PAGE = resolve(ROOT, '../shared/corpus/bytewire-ai-startup-shopping-spree.html');
/** Each run starts Node + tsx (and the engine for annotate): slow on a loaded 2-core machine. */
const SLOW = 60_000;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: tmpdir() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

interface CliJson {
  url: string;
  title: string;
  claims: {
    id: string;
    text: string;
    start: number;
    end: number;
    labels: { category: string; direction: string }[];
    certainty: string;
    attribution: string | null;
    actors: string[];
    score: number;
    rules: string[];
  }[];
  links: { from: string; to: string; relation: string }[];
}

const CLAIM_FIELDS = [
  'id',
  'text',
  'start',
  'end',
  'labels',
  'certainty',
  'attribution',
  'actors',
  'score',
  'rules',
];

function checkShape(out: CliJson, text: string): void {
  expect(Object.keys(out)).toEqual(['url', 'title', 'claims', 'links']);
  expect(out.title).toContain('shopping spree');
  for (const c of out.claims) {
    expect(Object.keys(c)).toEqual(CLAIM_FIELDS);
    // Offsets point into the extracted article text, which the page's text contains modulo whitespace.
    expect(c.end).toBeGreaterThan(c.start);
    expect(collapse(text)).toContain(collapse(c.text));
  }
  const ids = new Set(out.claims.map((c) => c.id));
  for (const l of out.links) {
    expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
    expect(['corroborates', 'contradicts']).toContain(l.relation);
  }
}

describe('claimscope annotate', () => {
  const html = readFileSync(PAGE, 'utf8');
  // The page's visible text, for checking that claim texts are the page's own words.
  const pageText = html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');

  test.concurrent(
    'a corpus file prints the documented JSON',
    async () => {
      const r = await run(['annotate', PAGE]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as CliJson;
      checkShape(out, pageText);
      expect(out.url).toMatch(/^(file:\/\/|https?:\/\/)/);
    },
    SLOW,
  );

  test.concurrent(
    'stdin ("-") gives the same claims as the file',
    async () => {
      const [file, piped] = await Promise.all([run(['annotate', PAGE]), run(['annotate', '-'], html)]);
      expect(piped.code).toBe(0);
      const a = JSON.parse(file.stdout) as CliJson;
      const b = JSON.parse(piped.stdout) as CliJson;
      expect(b.claims).toEqual(a.claims);
    },
    SLOW,
  );

  test.concurrent(
    'claim offsets slice the claim out of the article text',
    async () => {
      const r = await run(['annotate', PAGE, '--format', 'json']);
      const out = JSON.parse(r.stdout) as CliJson;
      // The text the offsets refer to is not printed; consecutive claims never overlap and grow.
      for (let i = 1; i < out.claims.length; i++) {
        expect(out.claims[i]!.start).toBeGreaterThanOrEqual(out.claims[i - 1]!.end);
      }
      for (const c of out.claims) expect(c.end - c.start).toBe(c.text.length);
    },
    SLOW,
  );

  test.concurrent(
    '--help prints usage and exits 0',
    async () => {
      const r = await run(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('claimscope annotate');
    },
    SLOW,
  );
});

describe('other formats', () => {
  test.concurrent.each([
    ['md', (out: string) => expect(out).toMatch(/^# /)],
    ['csv', (out: string) => expect(out.split('\n')[0]).toContain('url')],
    ['w3c', (out: string) => expect(JSON.parse(out)['@context']).toContain('anno.jsonld')],
  ] as const)(
    '--format %s',
    async (format, check) => {
      const r = await run(['annotate', PAGE, '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      check(r.stdout);
    },
    SLOW,
  );

  test.concurrent(
    'convert re-formats a JSON export',
    async () => {
      const { buildArticleRecord } = await import('../../lib/engine/record');
      const { formatRecords } = await import('../../lib/export/index');
      const record = buildArticleRecord({
        url: 'https://example.com/a',
        title: 'A',
        text: 'Open models have caught up.',
        claims: [],
        savedAt: new Date('2025-01-01T00:00:00Z'),
      });
      const file = join(mkdtempSync(join(tmpdir(), 'claimscope-cli-')), 'export.json');
      writeFileSync(file, formatRecords('json', [record]));
      const r = await run(['convert', file, '--format', 'md']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('https://example.com/a');
    },
    SLOW,
  );
});

describe('bad input: one line on stderr, non-zero exit, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-'));
  const empty = join(dir, 'empty.html');
  const binary = join(dir, 'image.html');
  const text = join(dir, 'notes.html');
  const blank = join(dir, 'blank.html');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
  writeFileSync(text, 'just some notes, no markup at all\n');
  writeFileSync(blank, '<!doctype html><html><head><title>x</title></head><body>   </body></html>');

  test.concurrent.each([
    ['a missing file', ['annotate', join(dir, 'nope.html')], 1, /No such file/],
    ['a directory', ['annotate', dir], 1, /directory/],
    ['an empty file', ['annotate', empty], 1, /empty/],
    ['a binary file', ['annotate', binary], 1, /binary/],
    ['a file that is not HTML', ['annotate', text], 1, /not look like HTML/],
    ['a page with no text', ['annotate', blank], 1, /no readable text/],
    ['no input', ['annotate'], 2, /needs an input/],
    ['an unknown command', ['frobnicate', 'x'], 2, /Unknown command/],
    ['an unknown flag', ['annotate', PAGE, '--colour'], 2, /Unknown option/],
    ['an unknown format', ['annotate', PAGE, '--format', 'pdf'], 2, /Unknown format/],
    ['convert of a non-export', ['convert', PAGE, '--format', 'md'], 1, /./],
  ] as const)(
    '%s',
    async (_name, args, code, message) => {
      const r = await run([...args]);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^claimscope: /);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  test.concurrent(
    'empty stdin',
    async () => {
      const r = await run(['annotate', '-'], '');
      expect(r.code).toBe(1);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    },
    SLOW,
  );
});
