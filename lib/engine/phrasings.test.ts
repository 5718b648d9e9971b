// The phrasing bank (lib/rules/phrasings.ts) through the whole engine: each sentence, set after a
// short paragraph that places it in an AI article, must come out with its category AND direction;
// each look-alike must come out as no claim. The bank is written from claims.md, never from the
// labelled corpus (checked below with the same six-word rule as the rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PHRASINGS, type Phrasing } from '../rules/phrasings';
import { annotate } from './index';

const CONTEXTS = {
  ai: 'This report covers AI labs, language models, GPUs and inference.',
  open: 'This report covers open-weight and proprietary AI language models, GPUs and inference.',
} as const;

function labelsOf(p: Phrasing) {
  const text = `${CONTEXTS[p.context ?? 'ai']}\n\n${p.text}`;
  const claim = annotate(text).claims.find((c) => c.text === p.text);
  return claim?.labels ?? [];
}

describe('phrasing bank', () => {
  test('is large and covers every category, direction and register', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(
      PHRASINGS.map((p) => (p.label ? `${p.label.category}/${p.label.direction}` : 'none')),
    );
    expect(kinds.size).toBe(7);
    expect(new Set(PHRASINGS.map((p) => p.register)).size).toBe(9);
  });
  test.each(Object.entries(CONTEXTS))('the %s context alone is no claim', (_k, ctx) => {
    expect(annotate(ctx).claims).toEqual([]);
  });
  const positives = PHRASINGS.filter((p) => p.label).map(
    (p) => [p.label!.category, p.label!.direction, p.text, p] as const,
  );
  test.each(positives)('%s/%s: %s', (category, direction, _t, p) => {
    expect(labelsOf(p)).toContainEqual({ category, direction });
  });
  const negatives = PHRASINGS.filter((p) => !p.label).map((p) => [p.text, p] as const);
  test.each(negatives)('not a claim: %s', (_t, p) => {
    expect(labelsOf(p)).toEqual([]);
  });
});

describe('the bank does not quote the labelled corpus', () => {
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[^a-z0-9']+/g, ' ')
      .split(' ')
      .filter(Boolean);
  const CORPUS = join(__dirname, '../../../shared/corpus');
  const runs = new Set<string>();
  for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Record<
      string,
      Array<{ text: string } | string>
    >;
    for (const key of ['claims', 'negatives', 'borderline'])
      for (const item of gold[key] ?? []) {
        const w = words(typeof item === 'string' ? item : item.text);
        for (let i = 0; i + 6 <= w.length; i++) runs.add(w.slice(i, i + 6).join(' '));
      }
  }
  test('no six-word run of a bank sentence occurs in the corpus', () => {
    const hits = PHRASINGS.flatMap((p) => {
      const w = words(p.text);
      return w.flatMap((_x, i) =>
        i + 6 <= w.length && runs.has(w.slice(i, i + 6).join(' ')) ? [p.text] : [],
      );
    });
    expect(hits).toEqual([]);
  });
});
