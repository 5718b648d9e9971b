import { describe, expect, test } from 'vitest';
import { quoteSelector } from '../engine/record';
import { matchQuote } from './match-quote';

const saved =
  'Intro paragraph about chips.\n\nOpen models have caught up with closed ones. Analysts disagree.\n\n' +
  'A later paragraph repeats it: Open models have caught up with closed ones. The end.';
const first = saved.indexOf('Open models');
const second = saved.lastIndexOf('Open models');
const sentence = 'Open models have caught up with closed ones.';

describe('matchQuote', () => {
  // Each row: how the page changed since the claim was saved → where the claim should be found.
  test.each([
    {
      change: 'unchanged: found where it was saved',
      text: saved,
      at: first,
      expected: { start: first, kind: 'position' },
    },
    {
      change: 'paragraph inserted above: found by quote, the right one of two by context',
      text: `A brand new lede paragraph.\n\n${saved}`,
      at: second,
      expected: { start: second + 'A brand new lede paragraph.\n\n'.length, kind: 'exact' },
    },
    {
      change: 'first copy, shifted: context picks the first',
      text: `Lede.\n\n${saved}`,
      at: first,
      expected: { start: first + 'Lede.\n\n'.length, kind: 'exact' },
    },
    {
      change: 'whitespace re-flowed: folded match',
      text: saved.replaceAll('have caught up', 'have\n   caught  up'),
      at: first,
      expected: { start: first, kind: 'normalized' },
    },
    {
      change: 'one word edited: head and tail still found',
      text: saved.replaceAll('caught up with', 'drawn level with'),
      at: first,
      expected: { start: first, kind: 'fuzzy' },
    },
  ])('$change', ({ text, at, expected }) => {
    const quote = quoteSelector(saved, at, at + sentence.length);
    const match = matchQuote(text, quote, { start: at, end: at + sentence.length });
    expect(match).toMatchObject(expected);
    if (match?.kind !== 'fuzzy')
      expect(text.slice(match!.start, match!.end).replace(/\s+/g, ' ')).toBe(sentence);
  });

  test('a sentence that was removed is not found', () => {
    const quote = quoteSelector(saved, first, first + sentence.length);
    expect(matchQuote('Something else entirely, long enough to scan through.', quote)).toBeNull();
  });

  test('exact matches rank above folded ones, which rank above fuzzy ones', () => {
    const quote = quoteSelector(saved, first, first + sentence.length);
    const exact = matchQuote(`X ${saved}`, quote, { start: first, end: first + sentence.length })!;
    const folded = matchQuote(saved.replaceAll('caught up', 'caught  up'), quote)!;
    const fuzzy = matchQuote(saved.replaceAll('caught up with', 'drawn level with'), quote)!;
    expect(exact.score).toBeGreaterThan(folded.score);
    expect(folded.score).toBeGreaterThan(fuzzy.score);
  });

  // Its speed is the benchmark's concern (no wall-clock assertion here: the machine is shared);
  // this checks the bounded fuzzy search still gives up on a long text without the quote.
  test('gives up on a long article where the quote is gone', () => {
    const long = 'Lorem ipsum dolor sit amet, consectetur. '.repeat(5000);
    const quote = quoteSelector(saved, first, first + sentence.length);
    expect(matchQuote(long, quote, { start: 10, end: 50 })).toBeNull();
  });
});
