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
    ['Still, Ines Varga conceded that chips keep getting dearer.', 'Still', 'Ines Varga'],
    ['[00:14:40] DANA PELL: Open models are catching up.', '[00:14:40]', 'DANA PELL'],
    ['The labs have no moat, argues Jane Roe, and prices show it.', 'The labs', 'Jane Roe'],
    ['Nvidia said its four biggest buyers took most of its chips.', 'Nvidia', 'Nvidia'],
    ['Some argue that scale will decide everything.', 'Some', 'some'],
    ['Kestrel’s analysts said the gap keeps growing.', 'Kestrel', 'Kestrel analysts'],
    [
      'Survey results released on Friday by the research group Tallyho show open models gaining.',
      'Survey',
      'Tallyho',
    ],
    [
      'Few deals went to start-ups, according to filings compiled by the consultancy Marlow Group.',
      'Few',
      'Marlow Group',
    ],
    [
      'Ada Fenn runs a lab. Ada Fenn was not at the launch. Fenn was careful. “It is over,” she said.',
      '“It',
      'Ada Fenn',
    ],
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

  test('an unlabelled interview credits every answer paragraph to the guest the introduction names', () => {
    const text = [
      'Ilse Marr has run the Tern Fund since 2015. We asked her about AI.',
      'Do the big labs have a moat?',
      'I think they do. Our companies rent all their chips from them.',
      'Will open models catch up?',
      'Not soon. The best ones still trail by a year.',
      'What would change your mind?',
      'A cheap chip. We would all move overnight.',
    ].join('\n\n');
    expect(attributionOf(text, 'Our companies')).toBe('Ilse Marr');
    expect(attributionOf(text, 'The best ones')).toBe('Ilse Marr');
    expect(attributionOf(text, 'Will open')).toBeNull();
  });
  test('an op-ed with a few rhetorical questions is not an interview', () => {
    const text = [
      'Ilse Marr has run the Tern Fund since 2015.',
      'Is the moat real?',
      'The labs spend billions. Prices keep falling.',
      'Who wins?',
      'Nobody knows. Investors keep paying.',
    ].join('\n\n');
    expect(attributionOf(text, 'The labs spend')).toBeNull();
  });
});
