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
    // the employer speaks through its spokesperson, here and in the follow-on quotation
    ['A spokeswoman for Quillon Labs said the grant kept it independent.', 'A spokes', 'Quillon Labs'],
    [
      'A spokesman for Tarrow Robotics said little. “We could not have survived alone,” the spokesman added.',
      '“We could',
      'Tarrow Robotics',
    ],
    // "the same report" credits the report's named source
    [
      'A study by the think tank Orvel Institute counted six labs. The same study found that four rely on one cloud.',
      'The same',
      'Orvel Institute',
    ],
    [
      'Trials run by the lab Pintail Evals scored both models. Closed ones still lead on long tasks, the same tests found.',
      'Closed',
      'Pintail Evals',
    ],
    ['Field tests by the group Larkspur Metrics put open models close behind.', 'Field', 'Larkspur Metrics'],
    ['A note by the broker Hale & Dunmore argues the giants will win.', 'A note', 'Hale & Dunmore'],
    // groups and unnamed sources reported in mid-sentence
    ['It is a deal that critics say locks the start-up in for years.', 'It is', 'critics'],
    ['What matters most, bankers say, is who owns the customer.', 'What', 'bankers'],
    ['If prices fall, one banker told me, small labs could vanish.', 'If prices', 'one banker'],
    ['Engineers tell me that switching vendors takes an afternoon.', 'Engineers', 'Engineers'],
    ['That is the trend economists describe: fewer labs, bigger bills.', 'That is', 'economists'],
    ['The big labs would argue they stay a year ahead.', 'The big', 'big labs'],
    ['Prices will keep falling, according to three consulting firms.', 'Prices', 'three consulting firms'],
    // the speaker after an opening clause, or after a long appositive, or at the end
    ['At the hearing, chief economist Noor Haddad said concentration is rising.', 'At the', 'Noor Haddad'],
    [
      'Tova Lind, founder of Gray Owl, a firm that sells data to banks and insurers, said the moat is data.',
      'Tova',
      'Tova Lind',
    ],
    [
      'Demand stays high even as rivals catch up, because everyone needs the same chips, Kestrel said.',
      'Demand',
      'Kestrel',
    ],
    // a quotation with no tag, after the sentence that names its speaker
    ['Orla Quist has a blunt view. “The giants own the shelf and the shop.”', '“The giants', 'Orla Quist'],
    ['Orla Quist spoke first. In her telling, the small labs never stood a chance.', 'In her', 'Orla Quist'],
    // not a speaker: a conditional opener, or an organisation that only "seems to have concluded"
    ['Should Vantor’s supply loosen as Kelp adds capacity, smaller labs could catch up.', 'Should', null],
    ['Vantor, for its part, seems to have concluded that models are cheap.', 'Vantor', null],
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
