import { describe, expect, test } from 'vitest';
import { certaintyOf } from './certainty';

describe('certainty', () => {
  test.each([
    ['Can any lab keep a lead for more than a year?', 'question'],
    ['Who would pay for a closed model when a free one is as good?"', 'question'],
    ['If compute gets cheap, the barriers will fall.', 'conditional'],
    ['Unless chip supply loosens, only the giants can train at the frontier.', 'conditional'],
    ['Open models will overtake paid ones unless the labs cut prices.', 'conditional'],
    ['Then we would still have the data centres and the customers.', 'conditional'],
    ['Once considered untouchable, the incumbents risk becoming utilities.', 'hedged'],
    ['The pattern could leave five firms in control of the market.', 'hedged'],
    ['Recent trends suggest the giants’ dominance may be waning.', 'hedged'],
    ['It seems likely that several labs will be sold.', 'hedged'],
    ['Some observers argue the market favours consolidation.', 'hedged'],
    ['Perhaps the sceptics are right.', 'hedged'],
    ['I would be surprised if that changed soon.', 'hedged'],
    ['The next model will cost tens of billions of dollars.', 'asserted'],
    ['Analysts say the market is concentrating.', 'asserted'],
    ['We could have raised another round, but we sold.', 'asserted'],
    ['People still talk as if a model were a clever idea.', 'asserted'],
    ['If I had to bet, I would say the giants keep their lead.', 'hedged'],
    ['She said no start-up could afford a cluster of its own.', 'asserted'],
    ['Nobody in the industry could match that price.', 'asserted'],
    ['The giants could still lose their lead.', 'hedged'],
    ['I suspect the real moat is distribution.', 'hedged'],
  ])('%s → %s', (sentence, expected) => {
    expect(certaintyOf(sentence)).toBe(expected);
  });
});
