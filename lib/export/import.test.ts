// The JSON export is the import format: it must round-trip exactly, and the importer must turn
// away anything malformed or hostile with a sentence that says what is wrong.
import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../engine/types';
import { corpusRecords } from './fixtures';
import { MAX_IMPORT_CHARS, mergeRecords, parseExport } from './import';
import { fileNameFor, formatRecords, mimeTypeFor } from './index';
import { toJson } from './json';

const corpus = corpusRecords();
const [first] = corpus;

/** A valid export with one article changed by `edit`. */
function exportWith(edit: (article: Record<string, unknown>) => void): string {
  const file = JSON.parse(toJson([first!])) as { articles: Record<string, unknown>[] };
  edit(file.articles[0]!);
  return JSON.stringify(file);
}
const claim0 = (a: Record<string, unknown>) => (a.claims as Record<string, unknown>[])[0]!;

describe('JSON export and import', () => {
  test('records → JSON → parseExport → JSON is byte-equal, on every corpus article', () => {
    const json = toJson(corpus);
    const parsed = parseExport(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records).toEqual(corpus);
    expect(toJson(parsed.records)).toBe(json);
  });

  test('the envelope is versioned, keys in a fixed order, 2-space indent, trailing newline, no clock', () => {
    const shuffled = corpus.map((r) => ({
      claims: r.claims,
      savedAt: r.savedAt,
      site: r.site,
      title: r.title,
      url: r.url,
    }));
    const json = toJson(shuffled);
    expect(json).toBe(toJson(corpus));
    expect(json.startsWith('{\n  "format": "claimscope",\n  "version": 1,\n  "articles": [\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    // The only timestamps in the file are the articles' own savedAt values.
    const times = json.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? [];
    expect(new Set(times)).toEqual(new Set(corpus.map((r) => r.savedAt)));
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', '{"format": "claimscope", ', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another format', '{"format":"hypothesis","version":1,"articles":[]}', /not a Claimscope export/],
    ['a newer version', '{"format":"claimscope","version":2,"articles":[]}', /newer Claimscope/],
    ['extra top-level key', '{"format":"claimscope","version":1,"articles":[],"x":1}', /Unrecognized key/],
    [
      '__proto__ key',
      exportWith((a) => Object.defineProperty(a, '__proto__', { value: { admin: true }, enumerable: true })),
      /forbidden key "__proto__"/,
    ],
    [
      'constructor key',
      '{"format":"claimscope","version":1,"articles":[{"constructor":{"prototype":{}}}]}',
      /forbidden key/,
    ],
    [
      'javascript: URL',
      exportWith((a) => {
        a.url = 'javascript:alert(1)';
      }),
      /Article 1 \(javascript:alert\(1\)\).*url: must be an http\(s\) or file URL/,
    ],
    [
      'data: URL',
      exportWith((a) => {
        a.url = 'data:text/html,<script>1</script>';
      }),
      /http\(s\) or file URL/,
    ],
    [
      'unknown claim key',
      exportWith((a) => {
        claim0(a).html = '<b>x</b>';
      }),
      /claims\.0: Unrecognized key: "html"/,
    ],
    [
      'wrong direction for category',
      exportWith((a) => {
        claim0(a).labels = [{ category: 'moat', direction: 'closing' }];
      }),
      /direction does not belong/,
    ],
    [
      'unknown category',
      exportWith((a) => {
        claim0(a).labels = [{ category: 'weather', direction: 'eroding' }];
      }),
      /labels\.0\.category/,
    ],
    [
      'start after end',
      exportWith((a) => {
        Object.assign(claim0(a), { start: 50, end: 10 });
      }),
      /start is after end/,
    ],
    [
      'negative offset',
      exportWith((a) => {
        claim0(a).position = { start: -1, end: 3 };
      }),
      /position\.start/,
    ],
    [
      'fractional offset',
      exportWith((a) => {
        claim0(a).start = 1.5;
      }),
      /claims\.0\.start/,
    ],
    [
      'score above 1',
      exportWith((a) => {
        claim0(a).score = 7;
      }),
      /score/,
    ],
    [
      'duplicate claim ids',
      exportWith((a) => {
        (a.claims as unknown[]).push(claim0(a));
      }),
      /two claims share an id/,
    ],
    [
      'bad date',
      exportWith((a) => {
        a.savedAt = 'last Tuesday';
      }),
      /savedAt/,
    ],
    [
      'control characters in an actor',
      exportWith((a) => {
        claim0(a).actors = ['Open\u0000AI'];
      }),
      /control characters/,
    ],
    [
      'a 3 MB claim',
      exportWith((a) => {
        claim0(a).text = 'x'.repeat(3_000_000);
      }),
      /claims\.0\.text/,
    ],
    [
      'too many actors',
      exportWith((a) => {
        claim0(a).actors = Array.from({ length: 500 }, (_, i) => `A${i}`);
      }),
      /actors/,
    ],
    [
      'a string where a list goes',
      exportWith((a) => {
        a.claims = 'all of them';
      }),
      /claims/,
    ],
  ])('rejects %s with a readable message', (_name, text, message) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  test('rejects a file over the size cap before parsing it', () => {
    const json = toJson(corpus);
    expect(MAX_IMPORT_CHARS).toBeGreaterThanOrEqual(100_000_000);
    const result = parseExport(`${json}${' '.repeat(2_000_000)}`, { maxChars: json.length + 1_000_000 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  test('accepts a byte-order mark and an empty export', () => {
    expect(parseExport(`\uFEFF${toJson([])}`)).toEqual({ ok: true, records: [] });
  });
});

describe('mergeRecords', () => {
  const base: ArticleRecord = first!;
  const later = (r: ArticleRecord, minutes: number): string =>
    new Date(Date.parse(r.savedAt) + minutes * 60_000).toISOString();

  test('one article per URL; the newer save wins its fields and its claims; claims are united by id', () => {
    const [c0, c1, c2] = base.claims;
    const older: ArticleRecord = {
      ...base,
      title: 'Old title',
      claims: [c0!, { ...c1!, certainty: 'question' }],
    };
    const newer: ArticleRecord = { ...base, title: 'New title', savedAt: later(base, 5), claims: [c1!, c2!] };
    for (const merged of [mergeRecords([older], [newer]), mergeRecords([newer], [older])]) {
      expect(merged).toHaveLength(1);
      expect(merged[0]!.title).toBe('New title');
      expect(merged[0]!.claims.map((c) => c.id)).toEqual([c0!.id, c1!.id, c2!.id]);
      expect(merged[0]!.claims[1]!.certainty).toBe(c1!.certainty);
    }
  });

  test('order is newest first then URL, whatever the input order; merging twice changes nothing', () => {
    const a = mergeRecords(corpus.slice(0, 4), corpus.slice(3));
    const b = mergeRecords(corpus.slice(5).reverse(), corpus.slice(0, 6).reverse());
    expect(a).toEqual(b);
    expect(a.map((r) => r.savedAt)).toEqual([...corpus.map((r) => r.savedAt)].sort().reverse());
    expect(mergeRecords(a, a)).toEqual(a);
  });

  test('an equal savedAt keeps the existing record', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs' };
    expect(mergeRecords([mine], [theirs])[0]!.title).toBe('Mine');
  });
});

describe('format plumbing', () => {
  test.each([
    ['json', 'all', 'claimscope-all.claimscope.json', 'application/json'],
    ['w3c', 'news.example.com', 'claimscope-news-example-com.annotations.jsonld', 'application/ld+json'],
    ['md', '2024-05-01 to 2024-05-31', 'claimscope-2024-05-01-to-2024-05-31.md', 'text/markdown'],
    ['csv', '../../etc/passwd', 'claimscope-etc-passwd.csv', 'text/csv'],
    ['csv', '', 'claimscope-export.csv', 'text/csv'],
  ] as const)('%s for scope %j is saved as %s', (format, scope, name, mime) => {
    expect(fileNameFor(format, scope)).toBe(name);
    expect(mimeTypeFor(format)).toContain(mime);
    expect(typeof formatRecords(format, corpus)).toBe('string');
  });
});
