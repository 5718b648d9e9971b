import { describe, expect, test } from 'vitest';
import { attributeAll } from './attribution';
import { normalize } from './normalize';
import { segment } from './segment';

/** The attribution of the sentence of `text` that starts with `start`. */
function attributionOf(text: string, start: string): string | null {
  const sentences = segment(text);
  const all = attributeAll(
    text,
    sentences,
    sentences.map((s) => normalize(s.text)),
  );
  const i = sentences.findIndex((s) => s.text.startsWith(start));
  if (i < 0) throw new Error(`no sentence starts with ${start}`);
  return all[i]!;
}

describe('attribution', () => {
  test.each([
    ['Open models are good enough now.', 'Open', null],
    [
      '“Scale is the only moat left,” said Priya Nair, the chief executive of Corvid Labs.',
      '“Scale',
      'Priya Nair',
    ],
    ['“Scale is the only moat left,” chief executive Priya Nair told investors.', '“Scale', 'Priya Nair'],
    [
      'Venture investor Dana Okafor of Halyard Capital argued that the giants will win.',
      'Venture',
      'Dana Okafor',
    ],
    ['According to a report by Bloomberg, open models are gaining.', 'According', 'Bloomberg'],
    ['Analysts say the market is concentrating.', 'Analysts', 'Analysts'],
    ['Some observers argue the trend favours the giants.', 'Some', 'Some observers'],
    ['Lars Berg, an analyst at Fjord Research, says labs are merging.', 'Lars', 'Lars Berg'],
    [
      'Ada Fenn runs a small lab. “We cannot match their compute,” she said. “Nobody can.”',
      '“Nobody',
      'Ada Fenn',
    ],
    ['Ada Fenn runs a small lab. “We cannot match their compute,” she said.', '“We', 'Ada Fenn'],
    ['“Nobody can keep a secret for long.” Ada Fenn, who runs a lab, said so on Monday.', '“Nobody', null],
    [
      'Host Name: Welcome.\n\nAda Fenn: The moats are deep. Every one of them is deeper.',
      'Every',
      'Ada Fenn',
    ],
    ['If regulators wait, she added, the deals will get bigger.', 'If', null],
  ])('%s', (text, start, expected) => {
    const got = attributionOf(text, start);
    if (expected === null) expect(got).toBeNull();
    else expect(got?.toLowerCase()).toContain(expected.toLowerCase());
  });

  test('a surname later in the article resolves to the full name', () => {
    const text =
      'Mira Solano, a partner at Estes Law, said deals are growing. Solano added that prices will fall.';
    expect(attributionOf(text, 'Solano')).toBe('Mira Solano');
  });
});
