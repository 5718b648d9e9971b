// Convention test: the rules must generalise from claims.md, not memorise the labelled corpus.
// The engine is scored on articles nobody here has seen, so a pattern or example that quotes a
// corpus sentence buys accuracy only on the corpus. This fails when any rule's pattern or example
// shares a run of SIX consecutive words with a sentence of ../shared/corpus/*.json or of the written
// evaluation sets in test/fixtures/holdout*/ (claims, negatives, borderline).
// Six words: common phrases ("only a handful of") are shorter, quotes longer.
// Fix a failure by writing the rule from the concept (other phrasings a journalist would use),
// never by editing this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from './index';

const CORPUS = join(__dirname, '../../../shared/corpus');
// The written evaluation sets are labelled articles too: quoting them would overfit the same way.
const LABELLED = [
  CORPUS,
  join(__dirname, '../../test/fixtures/holdout'),
  join(__dirname, '../../test/fixtures/holdout-b'),
  join(__dirname, '../../test/fixtures/holdout-c'),
  join(__dirname, '../../test/fixtures/holdout-d'),
];
const RUN = 6;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** A regex source read as words: escapes, groups and quantifiers become word breaks. */
function patternWords(source: string): string[] {
  return words(source.replace(/\\[bBwWsSdD]|\(\?[:!=<]+|[()[\]{}|?*+^$.]/g, ' '));
}

type Labelled = { text: string } | string;
const corpusRuns = new Map<string, string>();
for (const file of LABELLED.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f)),
)) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Labelled[]>;
  for (const key of ['claims', 'negatives', 'borderline']) {
    for (const item of gold[key] ?? []) {
      const text = typeof item === 'string' ? item : item.text;
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) corpusRuns.set(w.slice(i, i + RUN).join(' '), text);
    }
  }
}

function quotedRuns(w: string[]): string[] {
  const hits: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (corpusRuns.has(run)) hits.push(`"${run}" from: ${corpusRuns.get(run)}`);
  }
  return hits;
}

describe('rules do not quote the labelled corpus', () => {
  test('the corpus was read', () => expect(corpusRuns.size).toBeGreaterThan(1000));
  test.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const texts = [...rule.examples.match, ...rule.examples.noMatch, ...(rule.match ?? [])];
    const hits = [
      ...texts.flatMap((t) => quotedRuns(words(t))),
      ...rule.patterns.flatMap((p) => quotedRuns(patternWords(p.source))),
    ];
    expect(hits).toEqual([]);
  });
});
