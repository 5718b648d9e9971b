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
  ])('%s', (sentence, expected) => {
    const got = actorsOf(sentence.replace(/’/g, "'"));
    expect(got.map((a) => a.toLowerCase()).sort()).toEqual(expected.map((a) => a.toLowerCase()).sort());
  });
});
