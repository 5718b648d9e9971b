// Open-source parity rules: how open(-weight) models compare with closed ones (claims.md, category
// `open_source_parity`). Every cue needs open models in view: "they are catching up" is only a
// parity claim when "they" are open models. How near they must be depends on how specific the cue
// is: an explicit gap-closing phrase counts anywhere in an article about open models, a bare
// "alternatives" only right after they were named.
import type { Rule } from './types';

export const PARITY_RULES: readonly Rule[] = [
  {
    id: 'open-closing-gap',
    group: 'open-source-parity',
    description: 'Says open models are closing the gap with, catching up to or overtaking closed ones.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
      needsOpenTopic: 'article',
    },
    // negation-bearing phrasings first: the first pattern that fires is where negation is read
    patterns: [
      /\b(?:we|us)\b[^.;]{0,30}\b(?:struggl\w*|can ?not (?:hope to )?(?:match|replicate|keep up)|can't (?:match|replicate|keep up))\b/i,
      /\bcan ?not (?:hope to )?(?:match|replicate)\b/i,
      /\b(?:ability|capacity) to (?:maintain|keep|hold|defend) (?:an?|the|their|its) (?:edge|lead)\b[^.;]{0,40}\b(?:in question|in doubt|doubtful)\b/i,
      /\bclosing in\b(?! (?:on )?(?:the )?(?:first|second|third|fourth) quarter)/i,
      /\bclos(?:e|es|ed|ing) (?:the|that|this) (?:performance |capability |quality )?(?:gap|distance)\b/i,
      /\bgap\b[^.;]{0,30}\b(?:closing|closes|closed(?! (?:models?|ones|systems?|labs?|source|weights?|rivals|leaders?|frontier|counterparts|AI|competitors|offerings))|narrow\w*|shrink\w*|shrunk|shrank|down from)\b/i,
      /\b(?:gap|lead|distance|step)\b[^.;]{0,30}\b(?:getting|grow\w*|keeps? getting) (?:shorter|smaller|narrower)\b/i,
      /(?<!\b(?:hope|hoping|hopes|try|trying|tries|aim|aiming|aims|want|wants|wanting) to )\bcatch(?:es|ing)? up\b|\bcaught up\b/i,
      /\b(?:gain\w*|reach\w*|achiev\w*|at) parity\b|\bon par\b/i,
      /(?<!\b(?:hope|hoping|hopes|try|trying|tries|aim|aiming|aims|want|wants|wanting) to )\b(?:outpac\w*|outstrip\w*|overtak\w*|eclips\w*|lapping|surpass\w*|leapfrog\w*)\b/i,
      /\bindistinguishable\b/i,
      /\bclose\b[^.;]{0,30}\bto (?:ChatGPT|GPT|the best|closed|proprietary|frontier)/i,
      /\b(?:trail\w*|behind)\b[^.;]{0,40}\bby (?:only|just|mere)\b/i,
      /\bwithin touching distance\b|\bmonths rather than years\b/i,
      /\beating (?:our|their) lunch\b/i,
    ],
    examples: {
      match: [
        'Open-weight models are closing the gap with the best proprietary systems.',
        'Community releases have caught up with last year’s flagship chatbots.',
        'Hobbyist fine-tunes now outpace the tech giants’ research divisions.',
      ],
      noMatch: ['The company open-sourced its internal build tools on Monday.'],
    },
  },
  {
    id: 'open-substitutes',
    group: 'open-source-parity',
    description: 'Says open models match closed ones or replace paid services for the work people do.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\b(?:match|matches|matched|matching|rivalled|rivaled|rivalling|rivaling)\b|\brivals? (?:the|those|that|closed|proprietary|paid)\b/i,
      /\b(?:comparable|as good as|as capable as|good enough|perfectly good|close to|competitive with|equivalent to|on a level with)\b/i,
      /\b(?:outperform\w*|superior|beat|beats)\b/i,
      /\b(?:overcom\w*|prefer|no preference|rise of)\b/i,
      /\b(?:moved|moving|move|switch\w*|shift\w*|migrat\w*)\b[^.;]{0,50}\b(?:to|onto) (?:an? )?(?:open|free)\b/i,
      /\b(?:off|away from|instead of|replace\w*|replacing)\b[^.;]{0,20}\b(?:paid|closed|proprietary|restricted)\b/i,
      /\b(?:no longer need|nobody should pay|not pay for|would (?:a \w+ )?pay|pay for a)\b/i,
      /\b(?:alternatives?|counterbalance)\b/i,
      /\bvoting with (?:its|their) feet\b/i,
      /\bopting for\b/i,
      /\bsolved\b/i,
      /\bmore attractive\b/i,
      /\b(?:win|wins|won|winning) (?:on|in) (?:cost|price|adoption)\b/i,
      /\bfor (?:nothing|free)\b/i,
    ],
    examples: {
      match: [
        'The new open model matches paid chatbots on most coding tests.',
        'Many firms have moved workloads off paid APIs onto open models they host.',
        'For routine drafting, a free open-weight model is good enough.',
      ],
      noMatch: ['Open-source models are popular with hobbyists.'],
    },
  },
  {
    id: 'open-outperforms',
    group: 'open-source-parity',
    description: 'Says open models are faster, cheaper or more capable than closed ones.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      onNegation: 'flip',
      needsOpenTopic: 'sentence',
    },
    patterns: [
      /\b(?:faster|cheaper|more capable|more customi[sz]able|more private|more efficient)\b/i,
      /\bfraction of the (?:cost|price)\b/i,
      /\b(?:using|deploying|running) free\b/i,
    ],
    examples: {
      match: ['Open-source models are now cheaper and more capable than many paid services.'],
      noMatch: ['Open-source models are popular with hobbyists.'],
    },
  },
  {
    id: 'open-behind-frontier',
    group: 'open-source-parity',
    description: 'Says the gap has not closed: open models only reach where closed ones used to be.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsOpenTopic: 'article',
    },
    patterns: [
      /\bgap (?:has not|hasn't|has never) (?:closed|narrowed)\b|\bgap (?:remains|persists|is widening|widens|has widened)\b/i,
      /\b(?:can't|cannot|never|unable to) (?:catch up|close the gap|reach|match)\b/i,
      /\bfall\w* (?:further )?behind\b/i,
      /\bwhere (?:we|they|the leaders|the closed labs) (?:were|stood)\b/i,
      /\b(?:can't|cannot) do yet\b/i,
      /\b(?:still|far|well|(?:(?:a|one|full|whole) ){0,3}generation|years|months) behind\b/i,
    ],
    examples: {
      match: [
        'Open models are only catching up to where the leaders were a year ago.',
        'On long agent workflows, open releases remain a full generation behind the proprietary leaders.',
      ],
      noMatch: ['Community models now trail proprietary ones by mere weeks on coding benchmarks.'],
    },
  },
  {
    id: 'open-lagging',
    group: 'open-source-parity',
    description: 'Says closed models keep a lead over open ones.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed|still|falls?|fell|well|far|months|years|weeks|steps?|generation|lags?|lagging) behind|lag|lags|lagging|lagged|trail|trails|trailing|inferior)\b(?![^.;]{0,40}\bby (?:only|just|mere)\b)/i,
      /\b(?:still|keep|keeps|retain\w*|hold|holds|maintain\w*) (?:a |the |their |its )?(?!slight|small|narrow|thin|modest|marginal)(?:\w+ )?(?:lead|edge)\b(?![^.;]{0,40}\b(?:in question|in doubt|doubtful|slipping|eroding))/i,
      /\b(?:still )?lead the best\b/i,
      /\bsaturated\b/i,
      /\bdistilled from\b/i,
    ],
    examples: {
      match: ['The leading proprietary chatbots still hold a clear lead over open ones on reasoning.'],
      noMatch: ['Open weights let anyone inspect the model.'],
    },
  },
  {
    id: 'open-level',
    group: 'open-source-parity',
    description:
      'Says open models score level with closed ones, within a few points, or well enough to self-host.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\bneck and neck\b|\bon a par\b|\blevel with\b|\bcloser than ever\b/i,
      /\bwithin (?:\w+ ){0,2}(?:points?|percentage points?|per ?cent)\b/i,
      /\b(?:difference|gap|margin) (?:is |was |has become |became )?(?:now )?(?:negligible|marginal|tiny|slim|a rounding error)\b/i,
      /\bno longer (?:behind|trail\w*)\b|\b(?:tie|ties|tied) with\b/i,
      /\bself-host\w*\b|\bhost (?:their|its|our) own\b|\brun (?:it |them )?(?:locally|in-house|on-prem\w*)\b/i,
    ],
    examples: {
      match: [
        'On the coding benchmark the open model finished within two points of the leader.',
        'More hospitals now self-host an open-weight model instead of paying for an API.',
      ],
      noMatch: ['Open models are popular with hobbyists.'],
    },
  },
  {
    id: 'open-falls-short',
    group: 'open-source-parity',
    description: 'Says closed models stay ahead: open ones fall short or the gap is widening.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\btrail\w* by (?:\d+|\w+) (?:points?|percentage points?)\b/i,
      /\bgap (?:widened|has widened|grew|has grown|is growing)\b/i,
      /\b(?:still|remains?|remained|stays?|stayed|comfortably|well) ahead\b/i,
      /\bfalls? short\b|\bfell short\b/i,
      /\b(?:lead|advantage) of (?:\d+|\w+) (?:points?|months)\b/i,
    ],
    examples: {
      match: [
        'The proprietary systems remain comfortably ahead of open releases on long tasks.',
        'The best open-weight entry fell short of the closed leaders on every agent test.',
      ],
      noMatch: ['Open models are popular with hobbyists.'],
    },
  },
  {
    id: 'closed-ahead',
    group: 'open-source-parity',
    description: 'Compares the two sides head on with closed models as the better one.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsOpenTopic: 'sentence',
    },
    patterns: [
      /\b(?:closed|proprietary|paid)\b[^.;]{0,40}\b(?:outperform\w*|outscor\w*|beat|beats|better than|superior to|ahead of|lead|leads|edge over)\b[^.;]{0,40}\bopen\b/i,
    ],
    examples: {
      match: ['The proprietary assistants still outscored every open-weight entry on planning tasks.'],
      noMatch: ['Open-weight entries outscored the proprietary assistants on planning tasks.'],
    },
  },
  {
    id: 'open-ahead',
    group: 'open-source-parity',
    description: 'Compares the two sides head on with open models as the better one.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsOpenTopic: 'sentence',
    },
    patterns: [
      /\bopen\b[^.;]{0,40}\b(?:outperform\w*|outscor\w*|beat|beats|better than|superior to|ahead of)\b[^.;]{0,40}\b(?:closed|proprietary|paid)\b/i,
    ],
    examples: {
      match: ['Open-weight entries outscored the proprietary assistants on planning tasks.'],
      noMatch: ['The proprietary assistants still outscored every open-weight entry on planning tasks.'],
    },
  },
];
