import { describe, expect, test } from 'vitest';
import { actorsOf } from './actors';

describe('actors', () => {
  test.each([
    ['Meta’s Llama and Mistral’s models keep pace with OpenAI.', ['Meta', 'Llama', 'Mistral', 'OpenAI']],
    ['Google DeepMind and Google both train large models.', ['Google DeepMind']],
    ['Large technology companies keep buying startups.', ['large technology companies', 'startups']],
    ['Cloud providers and incumbents gain the most.', ['Cloud providers', 'incumbents']],
    ['These companies have nothing in common.', []],
    ['Companies that own data gain an edge.', []],
    ['They say it is over.', []],
    ['Pellwood Research expects Fennick AI to be sold.', ['Pellwood Research', 'Fennick AI']],
    ['Big tech dominates the market for chips.', ['Big tech']],
    ['Analysts expect Tarrow to buy Quillon before the summer.', ['Tarrow', 'Quillon']],
    ['Vantor, which runs a large cloud, now owns most AI chips.', ['Vantor']],
    ['If Brisket and other challengers ship chips, prices fall.', ['Brisket', 'challengers']],
    ['Okafor said the market in London was shrinking on Monday.', []],
    ['The deal was reviewed by Maria Olsen in Brussels.', []],
    ['Today’s frontier labs are each other’s fiercest rivals.', ['frontier labs', 'fiercest rivals']],
    ['The big four now rent chips to every model provider.', ['big four', 'model provider']],
    // nationality adjectives and scare quotes qualify a group; a count or "the" makes labs definite
    ['Cheap weights from Chinese labs reset prices.', ['Chinese labs']],
    ['The thin “wrapper” companies had nothing to defend.', ['thin wrapper companies']],
    ['Only four labs can pay for the next run, and the labs know it.', ['labs']],
    ['Smaller cloud operators and AI vendors feel the squeeze.', ['Smaller cloud operators', 'AI vendors']],
    // places are not firms: a city after "a lab in", or before "company"
    ['Kelpie, a 40-person lab in Lisbon, sold its weights to Quarry AI.', ['Quarry AI']],
    ['In May, Umber bought a Tallinn company that rents out chips.', ['Umber']],
    // a dateline's agency and abbreviated month are not actors
    ['OSLO, Feb 3 (Ferrywire) - Three labs now hold most of the chips.', ['labs']],
    // firm names with a trade's word at the end, or only as the first of a list
    [
      'Idris Vale, a director at Hallam Insurance, said Corran Compute was sold.',
      ['Hallam Insurance', 'Corran Compute'],
    ],
    ['Azure, AWS and Google Cloud took most of the spending.', ['Azure', 'AWS', 'Google Cloud']],
    ['Top AI researchers go where the chips are.', []],
    ['Firms that steadily hire skilled developers stay ahead.', ['skilled developers']],
    ['Half of China’s AI chips come from one supplier.', []],
    ['Most of the rest went to Brisket-designed chips.', ['Brisket']],
  ])('%s', (sentence, expected) => {
    const got = actorsOf(sentence.replace(/’/g, "'"));
    expect(got.map((a) => a.toLowerCase()).sort()).toEqual(expected.map((a) => a.toLowerCase()).sort());
  });
});
