// Open-source parity rules: how open(-weight) models compare with closed ones (claims.md, category
// `open_source_parity`). Every cue needs open models in the sentence or just before it: "they are
// catching up" is only a parity claim when "they" are open models.
import type { Rule } from './types';

export const PARITY_RULES: readonly Rule[] = [
  {
    id: 'open-catching-up',
    group: 'open-source-parity',
    description: 'Says open models are catching up with, matching or overtaking closed ones.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\bclosing in\b(?! (?:on )?(?:the )?(?:first|second|third|fourth) quarter)|\bclos(?:e|es|ed|ing) (?:the|that|this) (?:performance |capability |quality )?(?:gap|distance)\b/i,
      /\bclose\b[^.;]{0,30}\bto (?:ChatGPT|GPT|the best|closed|proprietary|frontier)/i,
      /\b(?:overcom\w*|prefer|no preference|rise of)\b/i,
      /\b(?:moved|moving|move|switch\w*|shift\w*|migrat\w*)\b[^.;]{0,50}\b(?:to|onto) (?:an? )?(?:open|free)\b/i,
      /\bgap\b[^.;]{0,30}\b(?:clos\w+|narrow\w*|shrink\w*|shrunk)\b/i,
      /\bcatch(?:es|ing)? up\b|\bcaught up\b/i,
      /\b(?:gain\w*|reach\w*|achiev\w*|at) parity\b|\bon par\b/i,
      /\b(?:match|matches|matched|matching|rival|rivals|rivalled|rivaled)\b/i,
      /\b(?:comparable|as good as|good enough|perfectly good|indistinguishable|close to)\b/i,
      /\b(?:outperform\w*|outpac\w*|outstrip\w*|overtak\w*|eclips\w*|lapping|surpass\w*|superior|beat|beats)\b/i,
      /\bfraction of the (?:cost|price)\b/i,
      /\b(?:off|away from|instead of|replace\w*|replacing)\b[^.;]{0,20}\b(?:paid|closed|proprietary|restricted)\b/i,
      /\b(?:trail\w*|behind)\b[^.;]{0,40}\bby (?:only|just|mere)\b/i,
      /\bwithin touching distance\b|\bmonths rather than years\b/i,
      /\b(?:no longer need|nobody should pay|not pay for|would (?:a \w+ )?pay|pay for a)\b/i,
      /\b(?:alternatives?|counterbalance)\b/i,
      /\bvoting with (?:its|their) feet\b/i,
      /\bopting for\b/i,
      /\b(?:we|us)\b[^.;]{0,30}\b(?:struggl\w*|cannot (?:hope to )?(?:match|replicate)|can't (?:match|replicate))\b/i,
      /\bcannot (?:hope to )?(?:match|replicate)\b/i,
      /\bsolved\b/i,
      /\bmore attractive\b/i,
      /\b(?:win|wins|won|winning) (?:on|in) (?:cost|price|adoption)\b/i,
    ],
    examples: {
      match: [
        'Open-weight models are closing the gap with the best proprietary systems.',
        'The new open model matches paid chatbots on most coding tests.',
        'Many firms have moved workloads off paid APIs onto open models they host.',
      ],
      noMatch: ['The company open-sourced its internal build tools on Monday.'],
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
    patterns: [/\b(?:faster|cheaper|more capable|more customi[sz]able|more private|more efficient)\b/i],
    examples: {
      match: ['Open-source models are now cheaper and more capable than many paid services.'],
      noMatch: ['Open-source models are popular with hobbyists.'],
    },
  },
  {
    id: 'open-lagging',
    group: 'open-source-parity',
    description: 'Says closed models keep a lead that open ones cannot reach.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1.5,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      /\b(?:behind|lag|lags|lagging|lagged|trail|trails|trailing|inferior)\b(?![^.;]{0,40}\bby (?:only|just|mere)\b)/i,
      /\b(?:still|keep|keeps|retain\w*|hold|holds|maintain\w*) (?:a |the |their |its )?(?!slight|small|narrow|thin|modest|marginal)(?:\w+ )?(?:lead|edge)\b/i,
      /\b(?:still )?lead the best\b/i,
      /\bgap has not closed\b|\bgap (?:remains|persists|is widening|widens)\b/i,
      /\b(?:can't|cannot|never|unable to) (?:catch up|close the gap|reach|match)\b/i,
      /\bfall\w* behind\b/i,
      /\bwhere (?:we|they|the leaders) (?:were|stood)\b/i,
      /\b(?:can't|cannot) do yet\b/i,
      /\bsaturated\b/i,
      /\bdistilled from\b/i,
    ],
    examples: {
      match: [
        'On long agent workflows, open releases remain a full generation behind the proprietary leaders.',
        'Open models are only catching up to where the leaders were a year ago.',
      ],
      noMatch: ['Community models now trail proprietary ones by mere weeks on coding benchmarks.'],
    },
  },
];
