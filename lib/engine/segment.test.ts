import { describe, expect, test } from 'vitest';
import { collapse, segment } from './segment';

const split = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  test.each([
    ['Two sentences here. And another one.', ['Two sentences here.', 'And another one.']],
    ['Mr. Smith met Dr. Jones at Acme Inc. on Friday.', ['Mr. Smith met Dr. Jones at Acme Inc. on Friday.']],
    [
      'The U.S. market grew 3.5 per cent. Prices fell.',
      ['The U.S. market grew 3.5 per cent.', 'Prices fell.'],
    ],
    [
      'Big firms, e.g. cloud vendors, gain. Others lose.',
      ['Big firms, e.g. cloud vendors, gain.', 'Others lose.'],
    ],
    ['It is open vs. closed again. Who wins?', ['It is open vs. closed again.', 'Who wins?']],
    ['Partners at a16z. backed it. Then it sold.', ['Partners at a16z. backed it.', 'Then it sold.']],
    ['John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
    ['“The gap is gone,” said Ana Ruiz. She smiled.', ['“The gap is gone,” said Ana Ruiz.', 'She smiled.']],
    ['“It is over.” The room went quiet.', ['“It is over.”', 'The room went quiet.']],
    ['“Is it over?” she asked. Nobody knew.', ['“Is it over?” she asked.', 'Nobody knew.']],
    ['“Is it over?” Ana Ruiz asked. Nobody knew.', ['“Is it over?” Ana Ruiz asked.', 'Nobody knew.']],
    ['“Will you still exist?” Ruiz said.', ['“Will you still exist?” Ruiz said.']],
    ['“Is it over?” The room went quiet.', ['“Is it over?”', 'The room went quiet.']],
    ['Wait... what happened? Nothing... Really.', ['Wait... what happened?', 'Nothing...', 'Really.']],
    ['A heading\n\nBody text. More text', ['A heading', 'Body text.', 'More text']],
    ['1. First item\n2. Second item', ['1. First item', '2. Second item']],
    ['它很好。我们走吧！', ['它很好。', '我们走吧！']],
    ['', []],
    ['   \n\n  ', []],
  ])('%j', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  test('offsets point at the trimmed sentence in the input', () => {
    const text = '  First one.   Second one?\n\n Third ';
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('is linear: a megabyte of text splits in well under a second', () => {
    const big = 'The lab said its moat is deep. Mr. Lee disagreed, e.g. on price... '.repeat(15000);
    const t = performance.now();
    const out = segment(big);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.length).toBeGreaterThan(20000);
  });

  test('a megabyte with no spaces or stops is one sentence, quickly', () => {
    const t = performance.now();
    expect(segment('a.'.repeat(500000))).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  test('collapse folds whitespace', () => {
    expect(collapse('  a \n b\t c ')).toBe('a b c');
  });
});
