// Hostile page text through every export format: each output must still parse, must be inert
// (no spreadsheet formula, no link or HTML that came from the page), and must give the text back.
import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../engine/types';
import { CSV_COLUMNS } from './csv';
import { parseCsv } from './csv-read';
import { HOSTILE_TEXTS, hostileRecords } from './hostile';
import { parseExport } from './import';
import { formatRecords } from './index';

const records = hostileRecords();
const claims = records.flatMap((r) => r.claims);

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Reads Markdown inline text the way CommonMark does for escapes and code spans, left to right.
 * `live`: only characters that could still be markup (escaped ones and code spans dropped);
 * `shown`: what a reader sees (escapes resolved, code span contents kept).
 */
function scanInline(md: string): { live: string; shown: string } {
  let live = '';
  let shown = '';
  let i = 0;
  while (i < md.length) {
    const ch = md[i]!;
    if (ch === '\\' && /[!-/:-@[-`{-~]/.test(md[i + 1] ?? '')) {
      shown += md[i + 1];
      i += 2;
    } else if (ch === '`') {
      const run = /^`+/.exec(md.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const found = close.exec(md);
      if (found) {
        let body = md.slice(i + run.length, found.index);
        if (body.startsWith(' ') && body.endsWith(' ') && body.trim()) body = body.slice(1, -1);
        shown += body;
        i = found.index + run.length;
      } else {
        live += run;
        shown += run;
        i += run.length;
      }
    } else {
      live += ch;
      shown += ch;
      i++;
    }
  }
  return { live, shown };
}

const liveMarkup = (md: string) =>
  md
    .split('\n')
    .map((line) => scanInline(line).live)
    .join('\n');
const unescapeMarkdown = (line: string) => scanInline(line).shown;

describe('hostile records', () => {
  test('JSON parses and round-trips byte for byte, every text intact', () => {
    const json = formatRecords('json', records);
    const parsed = parseExport(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records).toEqual(records);
    expect(formatRecords('json', parsed.records)).toBe(json);
    expect(parsed.records.flatMap((r) => r.claims.map((c) => c.text))).toEqual([...HOSTILE_TEXTS]);
  });

  test('W3C JSON-LD parses and carries every text as its exact quote', () => {
    const doc = JSON.parse(formatRecords('w3c', records)) as {
      first: { items: { target: { selector: { exact?: string }[] } }[] };
    };
    expect(doc.first.items.map((a) => a.target.selector[0]!.exact)).toEqual([...HOSTILE_TEXTS]);
  });

  test('CSV is strict RFC 4180, one row per claim, no cell a formula, texts recoverable', () => {
    const csv = formatRecords('csv', records);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(claims.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(FORMULA);
    }
    const textColumn = CSV_COLUMNS.indexOf('text');
    rows.slice(1).forEach((row, i) => {
      const original = claims[i]!.text;
      // The one documented change: a leading ' added before a formula character.
      expect(row[textColumn]).toBe(FORMULA.test(original) ? `'${original}` : original);
    });
  });

  test('Markdown has no link, image, HTML or autolink from page text, and reads back the text', () => {
    const md = formatRecords('md', records);
    const live = liveMarkup(md);
    expect(live).not.toMatch(/</);
    // The only links are ours: one per article heading with a linkable URL, one per claim block.
    const ours = records.filter((r) => /^(https?|file):/.test(r.url)).length + claims.length;
    expect(live.match(/\]\(/g)).toHaveLength(ours);
    const withoutOurLinks = live.replace(/\]\((?:https?|file):[^\s)]*\)/g, ']');
    expect(withoutOurLinks).not.toMatch(/:\/\/|www\.|\w@\w/);
    expect(withoutOurLinks).not.toMatch(/\[\[|%%|\$|==|\n(?:> )?(?:#|[-+*] |\d+\. )(?!#)/);
    // Each quote line, unescaped, is the claim's text with whitespace collapsed.
    const quoted = md
      .split('\n')
      .filter((line) => line.startsWith('> ') && !line.startsWith('> —'))
      .map((line) => unescapeMarkdown(line.slice(2)));
    for (const claim of claims) expect(quoted).toContain(claim.text.replace(/\s+/g, ' ').trim());
  });

  test.each(['json', 'w3c', 'md', 'csv'] as const)('%s output is deterministic', (format) => {
    expect(formatRecords(format, hostileRecords())).toBe(formatRecords(format, records));
  });

  test('a javascript: URL never becomes a Markdown link', () => {
    const record: ArticleRecord = { ...records[0]!, url: 'javascript:alert(1)' };
    const md = formatRecords('md', [record]);
    expect(liveMarkup(md)).not.toMatch(/\]\(javascript/i);
    expect(md).not.toMatch(/\]\(javascript/i);
  });
});
