// The rule set as data: every rule, the groups a reader can switch off, and plain descriptions.
import { CONCEPT_RULES } from './concepts';
import { CONSOLIDATION_RULES } from './consolidation';
import { DISTRACTOR_RULES } from './distractors';
import { FAMILY_RULES } from './families';
import { MOAT_RULES } from './moat';
import { PARITY_RULES } from './parity';
import { STRUCTURE_RULES } from './structure';
import type { Rule, RuleGroup } from './types';

export type { Rule, RuleGroup, SignalEffect, VetoEffect } from './types';

export const RULES: readonly Rule[] = [
  ...MOAT_RULES,
  ...CONSOLIDATION_RULES,
  ...PARITY_RULES,
  ...CONCEPT_RULES,
  ...STRUCTURE_RULES,
  ...FAMILY_RULES,
  ...DISTRACTOR_RULES,
];

export const RULE_GROUPS: readonly RuleGroup[] = [
  {
    id: 'moat-barriers',
    label: 'Moats and barriers to entry',
    description: 'Sentences saying a firm has (or lacks) a moat, or that barriers to entry rise or fall.',
  },
  {
    id: 'moat-commodity',
    label: 'Commoditisation',
    description:
      'Sentences saying models are becoming interchangeable commodities and firms lose pricing power.',
  },
  {
    id: 'moat-advantage',
    label: 'Advantages of scale',
    description: 'Sentences about capital, compute, data, talent, brand or distribution advantages.',
  },
  {
    id: 'moat-weak-cues',
    label: 'Combined weak cues',
    description:
      'Sentences that talk about both money (prices, margins, capital) and competition (rivals, advantages) in AI.',
  },
  {
    id: 'consolidation-concentration',
    label: 'Concentration',
    description: 'Sentences saying power, capital or talent is concentrating in a few players.',
  },
  {
    id: 'consolidation-deals',
    label: 'Acquisitions and acqui-hires',
    description: 'Sentences reporting big companies buying or hiring away AI start-ups.',
  },
  {
    id: 'consolidation-entry',
    label: 'New entrants and fragmentation',
    description: 'Sentences saying new players keep arriving or the market is fragmenting.',
  },
  {
    id: 'open-source-parity',
    label: 'Open vs closed models',
    description: 'Sentences comparing open(-weight) models with closed, proprietary ones.',
  },
  {
    id: 'distractors',
    label: 'Filter look-alikes',
    description:
      'Ignore castle moats, debt consolidation, sports or currency parity and open-source licence news.',
  },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The reader-facing reason for a rule id ("why this is a claim"); the id itself if unknown. */
export function describeRule(id: string): string {
  return BY_ID.get(id)?.description ?? id;
}
