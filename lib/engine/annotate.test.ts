// The engine's contract: never throws, never returns offsets outside the text, ids stable across
// visits, rule groups can be switched off, and it is fast enough to run on every article.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { annotate } from './index';

const ARTICLE = [
  'Generative AI has turned into a race between a few labs. AI chatbots are everywhere.',
  'The AI lab lacks a durable moat, and open-weight models are closing the gap with proprietary ones.',
  '“Only a handful of companies can afford to train the next model,” said Ana Ruiz, an analyst at Corvid Labs.',
  'Castles had moats; the company reported its results on Tuesday.',
].join('\n\n');

describe('annotate', () => {
  test('finds claims with text, offsets, labels and rules', () => {
    const { claims, links } = annotate(ARTICLE);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      expect(ARTICLE.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(c.text);
      expect(c.labels.length).toBeGreaterThan(0);
      expect(c.rules.length).toBeGreaterThan(0);
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    expect(Array.isArray(links)).toBe(true);
    const quote = claims.find((c) => c.text.includes('handful'));
    expect(quote?.attribution).toBe('Ana Ruiz');
  });

  test('ids are stable across visits and do not depend on position', () => {
    const a = annotate(ARTICLE).claims.map((c) => c.id);
    const b = annotate(`A new first paragraph about nothing.\n\n${ARTICLE}`).claims.map((c) => c.id);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  test('a repeated sentence gets a distinct id', () => {
    const s = 'AI AI AI. The AI lab lacks a durable moat.';
    const ids = annotate(`${s}\n\n${s}`).claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('switching off a group removes its claims', () => {
    const all = annotate(ARTICLE).claims.flatMap((c) => c.rules);
    expect(all).toContain('moat-absent');
    const off = annotate(ARTICLE, { disabledGroups: ['moat-barriers'] }).claims.flatMap((c) => c.rules);
    expect(off).not.toContain('moat-absent');
  });

  test('never throws and keeps offsets inside the text on any input', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        'moat. ',
        'open models catch up. ',
        '“',
        '”',
        '\n\n',
        'Mr. ',
        '...',
        '?',
        'AI ',
        '😀',
        'مرحبا. ',
        '\u0000',
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { claims } = annotate(text);
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test('odd inputs return no claims rather than failing', () => {
    expect(annotate('').claims).toEqual([]);
    expect(annotate(undefined as unknown as string).claims).toEqual([]);
    expect(annotate('\u0000\u0001\uffff'.repeat(1000)).claims).toEqual([]);
  });

  test('a megabyte of article text is annotated in reasonable time', () => {
    const text = readFileSync(
      join(__dirname, '../../../shared/corpus/semianalysis-google-no-moat.html'),
      'utf8',
    )
      .replace(/<[^>]+>/g, ' ')
      .repeat(8)
      .slice(0, 1_000_000);
    const t = performance.now();
    const { claims } = annotate(text);
    expect(performance.now() - t).toBeLessThan(5000);
    for (const c of claims) expect(c.end).toBeLessThanOrEqual(text.length);
  }, 30_000);
});
