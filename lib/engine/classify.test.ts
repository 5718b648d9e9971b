// Negation and contrast decide direction: the label is what the sentence asserts after them.
import { describe, expect, test } from 'vitest';
import { annotate } from './index';

/** Enough AI vocabulary around the sentence that the domain gate lets it through. */
const CONTEXT = 'AI labs and AI chatbots. Generative AI is everywhere.\n\n';

function labelsOf(sentence: string): string[] {
  const claims = annotate(CONTEXT + sentence).claims.filter((c) => sentence.includes(c.text.slice(0, 20)));
  return claims.flatMap((c) => c.labels.map((l) => `${l.category}:${l.direction}`));
}

describe('categories and directions', () => {
  test.each([
    ['The chatbot maker lacks a durable moat against cheaper AI rivals.', 'moat:eroding'],
    ['The AI lab has built a deep moat around its enterprise business.', 'moat:strengthening'],
    ['Language models are quickly becoming a commodity.', 'moat:eroding'],
    ['Barriers to entry in frontier AI have never been higher.', 'moat:strengthening'],
    ['It is no longer true that AI start-ups face high barriers to entry.', 'moat:eroding'],
    ['Smaller AI labs cannot afford the chips they would need.', 'moat:strengthening'],
    ['The AI market is consolidating around three cloud giants.', 'consolidation:concentrating'],
    [
      'Dozens of new AI start-ups were founded this spring, fragmenting the market.',
      'consolidation:fragmenting',
    ],
    ['A cloud giant agreed to acquire the AI model start-up for $2 billion.', 'consolidation:concentrating'],
    ['Open-weight models are closing the gap with proprietary AI systems.', 'open_source_parity:closing'],
    ['It is not true that open models have caught up with the closed labs.', 'open_source_parity:lagging'],
    [
      'Open models are always catching up to where the leaders were, never to where they are going.',
      'open_source_parity:lagging',
    ],
    [
      'While closed AI models still hold a slight edge, open-source ones are closing the gap fast.',
      'open_source_parity:closing',
    ],
    [
      'The best open model still trails the leading proprietary AI system by a wide margin.',
      'open_source_parity:lagging',
    ],
    // "whether or not" and "not whether X but whether Y" still assert
    [
      'The platforms keep the profits whether or not they build the best AI model, because they own the customers.',
      'moat:strengthening',
    ],
    ['We no longer believe the leading AI labs hold any durable advantage.', 'moat:eroding'],
  ])('%s → %s', (sentence, expected) => {
    expect(labelsOf(sentence)).toContain(expected);
  });

  test.each([
    'Volunteers refilled the moat around the medieval castle last spring, AI drones helping.',
    'The bank offers a debt consolidation loan for AI engineers.',
    'The league hopes its salary cap will restore parity between clubs.',
    'The AI lab released a new model with a longer context window on Tuesday.',
    'She maintains an open-source library for date parsing used by AI teams.',
    'Is there a moat in AI at all?',
    // an indirect question names a claim without making it
    'Regulators are studying whether the cloud deals with AI labs reduce competition.',
    'Whether the AI giants will keep their lead is the subject of this week’s episode.',
  ])('not a claim: %s', (sentence) => {
    expect(labelsOf(sentence)).toEqual([]);
  });

  test('a sentence can carry several categories', () => {
    const labels = labelsOf(
      'As open-weight models catch up with closed ones, AI model makers are becoming interchangeable commodity suppliers.',
    );
    expect(labels).toEqual(expect.arrayContaining(['open_source_parity:closing', 'moat:eroding']));
  });
});

/** Article text without any mention of open models: the sentence under test is all there is. */
function labelsIn(article: string, sentence: string): string[] {
  return annotate(CONTEXT + article)
    .claims.filter((c) => sentence.includes(c.text.slice(0, 20)))
    .flatMap((c) => c.labels.map((l) => `${l.category}:${l.direction}`));
}

describe('context a cue may borrow', () => {
  // naming the closed side by kind is the open-versus-closed topic, open models left implied
  test.each([
    ['The closed labs will stay a year ahead of everyone else.', 'open_source_parity:lagging'],
    ['Proprietary models are still well ahead on long, messy tasks.', 'open_source_parity:lagging'],
  ])('closed side named: %s → %s', (sentence, expected) => {
    expect(labelsIn(sentence, sentence)).toContain(expected);
  });

  // two deal cues in a sentence without AI words ("such deals") lean on the sentence before it
  test.each([
    [
      'Chip orders rose again. The remaining independents will be forced to sell, and more such deals are coming.',
      'consolidation:concentrating',
    ],
  ])('corroborated cues, domain just before: %s → %s', (article, expected) => {
    expect(labelsIn(article, 'The remaining independents')).toContain(expected);
  });

  test.each([
    // the sentence before is not about the industry
    'The weather was fine. The remaining independents will be forced to sell, and more such deals are coming.',
    // one cue alone does not borrow its neighbour's domain
    'Chip orders rose again. The remaining independents will be forced to sell.',
  ])('no borrowed domain: %s', (article) => {
    expect(labelsIn(article, 'The remaining independents')).toEqual([]);
  });
});

describe('the few holding a scarce input is a barrier too', () => {
  test.each([
    ['Four AI companies now hold most of the GPUs anyone can buy.', true],
    ['A handful of AI firms own the data centres every model depends on.', true],
    ['A handful of AI firms own the most popular chatbots.', false],
    ['The chip giant agreed to acquire the AI start-up.', false],
  ])('%s -> moat:strengthening %s', (sentence, moat) => {
    const labels = labelsOf(sentence);
    expect(labels).toContain('consolidation:concentrating');
    expect(labels.includes('moat:strengthening')).toBe(moat);
  });
});
