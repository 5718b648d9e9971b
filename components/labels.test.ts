import { expect, test } from 'vitest';
import { formatDate, plural, urlToQuote } from './labels';

test.each([
  [0, 'no claims'],
  [1, '1 claim'],
  [7, '7 claims'],
])('plural(%i)', (n, text) => expect(plural(n, 'claim')).toBe(text));

test.each([
  ['2025-03-14T09:30:00Z', '14 Mar 2025'],
  ['not a date', 'not a date'],
])('formatDate(%j)', (iso, text) => expect(formatDate(iso)).toBe(text));

test.each([
  ['https://a.example/x#old', 'Short quote here.', 'https://a.example/x#:~:text=Short%20quote%20here.'],
  [
    'https://a.example/x',
    'one two three four five six seven eight nine ten',
    'https://a.example/x#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
  ],
  // Dashes and commas would end the fragment's terms early: they are percent-encoded.
  ['https://a.example/x', 'open-weight, cheap', 'https://a.example/x#:~:text=open%2Dweight%2C%20cheap'],
])('urlToQuote(%j, %j)', (url, quote, expected) => expect(urlToQuote(url, quote)).toBe(expected));
