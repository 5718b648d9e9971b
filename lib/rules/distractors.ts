// Distractors (claims.md, "Not claims"): the words without the idea. Each veto removes the
// categories whose keyword is being used in another sense.
import type { Rule } from './types';

export const DISTRACTOR_RULES: readonly Rule[] = [
  {
    id: 'veto-castle-moat',
    group: 'distractors',
    description:
      'A moat around a castle, house or garden, or the word "moat" discussed as a word, is not a claim.',
    effect: { kind: 'veto', categories: ['moat'] },
    patterns: [
      /\b(?:castles?|drawbridges?|medieval|ditch|nettle\w*|ramparts?|fortress walls|moat of sorts|water-filled|refill\w*|drain\w* the moat|lil(?:y|ies)|ponds?|swans|carp|perimeter|firewalls?|network security)\b/i,
      /\bthe (?:word|term|phrase|metaphor|idea of a) "?moat/i,
      /\bmoat around (?:your|the|their|our) (?:company's |firm's )?(?:network|house|home|garden|property|castle)\b/i,
      // security metaphors: a moat that keeps attackers or intruders out of a network
      /\b(?:attackers|intruders|hackers|invaders)\b/i,
      // moats as the topic of a conversation ("we spoke to her about moats"), not a claim about one
      /\b(?:spoke|speak|spoken|talked|talk|talking|chatted|asked|interviewed)\b[^.;]{0,40}\babout moats?\b/i,
    ],
    examples: {
      match: [
        'Volunteers are clearing reeds from the moat around the medieval castle.',
        'Investors have loved the word “moat” since the 1980s.',
        'We talked with the founder about moats, chips and hiring.',
        'The moat kept intruders away from the servers.',
      ],
      noMatch: ['The lab’s moat is its exclusive data.'],
    },
  },
  {
    id: 'veto-debt-consolidation',
    group: 'distractors',
    description: 'Consolidating debts, loans or bank balances is personal finance, not market structure.',
    effect: { kind: 'veto', categories: ['consolidation'] },
    patterns: [
      /\b(?:debts?|loans?|credit[- ]cards?|overdrafts?|borrowers?|mortgages?|APR|balances|monthly payment|student loans?)\b/i,
    ],
    examples: {
      match: ['The bank offers a debt consolidation loan at a fixed rate.'],
      noMatch: ['The chip market is consolidating around two suppliers.'],
    },
  },
  {
    id: 'veto-operations-consolidation',
    group: 'distractors',
    description:
      'Consolidating offices, servers, workloads or storage — or parity bits and drives — is housekeeping, not market structure.',
    effect: { kind: 'veto', categories: ['consolidation', 'open_source_parity'] },
    patterns: [
      /\bconsolidat\w* (?:its |their |our |the |several |two |three )?(?:[\w-]+ ){0,2}(?:offices|operations|accounts|servers|workloads|data cent(?:re|er)s|storage|facilities|warehouses|headquarters|racks|virtual machines|VMs|databases|clusters|vendors|tools|apps|subscriptions|subsidiaries|units|divisions|entities|branches|brands|pots|savings|debts)\b/i,
      // merging one's own things into one ("into a single entity", "into one account")
      /\bconsolidat\w*\b[^.;]{0,50}\binto (?:one|a single|a new|one single) (?!market|industry|sector)\w+/i,
      /\b(?:server|storage|workload|data[- ]cent(?:re|er)|vendor|office|branch|VM) consolidation\b/i,
      /\bparity (?:checks?|bits?|drives?|disks?|data|blocks?|errors?|calculations?)\b|\bRAID\b/i,
    ],
    examples: {
      match: [
        'The team consolidated its servers into one rack.',
        'The group is consolidating its two European subsidiaries in Dublin.',
        'The app lets customers consolidate several savings accounts into one.',
        'A failed parity check corrupted the volume.',
      ],
      noMatch: ['The AI market is consolidating around three cloud giants.'],
    },
  },
  {
    id: 'veto-sports-currency-parity',
    group: 'distractors',
    description: 'Parity, dominance or catching up in sport, currencies or pay is not about AI models.',
    effect: { kind: 'veto', categories: ['open_source_parity', 'consolidation', 'moat'] },
    patterns: [
      /\b(?:leagues?|clubs|(?:football|soccer|rugby|cricket|golf|sports?) club|squads?|salary caps?|seasons|titles|championships?|football|soccer|tournaments?|referees?|coach\w*|fixtures|goals? scored|crowds)\b/i,
      /\b(?:purchasing power parity|pay parity|gender parity|wage parity|parity with the (?:dollar|euro|pound|yen)|exchange rates?|currenc(?:y|ies)|pegged)\b/i,
    ],
    examples: {
      match: [
        'The league hopes a salary cap will restore competitive parity between clubs.',
        'The peso reached parity with the dollar for the first time.',
      ],
      noMatch: ['Open models reached parity with closed ones on coding tests.'],
    },
  },
  {
    id: 'veto-licensing-news',
    group: 'distractors',
    description:
      'News about an open-source licence or codebase, with no comparison to closed models, is not a parity claim.',
    effect: { kind: 'veto', categories: ['open_source_parity', 'moat', 'consolidation'] },
    patterns: [
      /\b(?:apache|gpl|mit|bsd|source-available|open[- ]source|copyleft)(?: [\d.]+)? licen[cs]es?\b/i,
      // a definition of the term ("an open-weight model is one whose parameters are published")
      /\b(?:is|are) (?:one|ones|a model|models) (?:whose|that|which|with) (?:[\w-]+ ){0,3}(?:weights|parameters)\b/i,
      /\blicen[cs]e (?:under which|change|wars?)\b|\bchange[ds]? (?:its|their) licen[cs]e\b/i,
      /\bin the strict sense\b/i,
      /\bopen[- ]source (?:database|library|libraries|framework|project|package|agents)\b/i,
      // a code repository as the subject of the news, not "coding across a whole repository"
      /\b(?:fork|forked|maintainers|pull requests?)\b|\b(?:public|GitHub|project's|code|its|the project) repositor(?:y|ies)\b/i,
    ],
    examples: {
      match: [
        'The database project will move to a source-available licence next year.',
        'She maintains an open-source library for parsing dates.',
        'Its code is released with an MIT 2.1 licence for hobbyists to fork.',
        'A downloadable model is one whose trained weights anyone can fetch.',
      ],
      noMatch: ['Open-weight models now rival the best proprietary systems.'],
    },
  },
  {
    id: 'veto-topic-only',
    group: 'distractors',
    description:
      'A sentence that only names the topic (a panel on consolidation, a column about moats) or reports that not everyone agrees takes no side.',
    effect: { kind: 'veto', categories: ['moat', 'consolidation', 'open_source_parity'] },
    hint: /discuss|debat|talk|spoke|asked|session|panel|episode|column|chapter|essay|argument|thread|conversation|question|not (?:every|all)/i,
    patterns: [
      // the topic as the object of talk: "discussed consolidation", "a session on moats"
      /\b(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing)|talk(?:ed|s|ing)? about|spoke about|asked about|(?:debates?|discussions?|panels?|sessions?|talks?|episodes?|columns?|chapters?|essays?|arguments?|threads?|conversations?|questions?) (?:about|on|over))\s+(?:(?:the|AI|AI's|industry|market|tech|open-source|model)\s+){0,2}(?:moats?|consolidation|concentration|parity|market power|competition|open source)\b(?!\s+(?:is|are|was|were|has|have|will)\b)/i,
      // a report that views differ, which names a reading without taking it
      /^\W*not (?:everyone|everybody|all (?:[\w-]+ ){0,2}(?:analysts|investors|observers|executives|experts|economists|researchers|founders|buyers))\b[^.;]{0,30}\b(?:agrees?|reads?|sees?|believes?|thinks?|is convinced|are convinced|buys?|accepts?|shares?)\b/i,
    ],
    examples: {
      match: [
        'The panel discussed consolidation, open weights and chip supply.',
        'That argument about AI moats deserves a closer look.',
        'Not everyone agrees that the big labs are pulling away from the rest.',
        'Not all investors read the price cuts as a sign of weakness.',
      ],
      noMatch: [
        'Consolidation is the story of the year: three labs now sell most of the tokens.',
        'The debate about moats is over: there are none.',
        'Everyone agrees that the big labs are pulling away.',
      ],
    },
  },
  {
    id: 'veto-deal-logistics',
    group: 'distractors',
    description:
      'The timing or paperwork of a deal (closing dates, approvals, comments) says nothing about market structure.',
    effect: { kind: 'veto', categories: ['consolidation', 'open_source_parity'] },
    patterns: [
      /\b(?:expects?|expected) (?:the |its )?(?:\w+ ){0,3}(?:acquisition|deal|merger|purchase) to close\b/i,
      /\bsubject to (?:regulatory )?approval\b/i,
      /\bdeclined to comment\b/i,
      /\b(?:merger|antitrust) (?:review|filing|guidelines)\b/i,
      /\bnever (?:before )?(?:acquired|bought)\b/i,
    ],
    examples: {
      match: ['The buyer expects the acquisition to close in the spring, subject to approval.'],
      noMatch: ['The buyer’s acquisition spree leaves three firms in control of the market.'],
    },
  },
  {
    id: 'veto-background-news',
    group: 'distractors',
    description:
      'Background news — a release on a given day, a report due to be published — says nothing about competition.',
    effect: { kind: 'veto', categories: ['moat', 'consolidation', 'open_source_parity'] },
    patterns: [
      /\b(?:released|launched|unveiled|announced|introduced|rolled out|shipped)\b[^,;]{0,80}\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this week|last week|yesterday|today)\W*$/i,
      /\b(?:due|set|scheduled|expected) to (?:publish|release|present|unveil)\b[^.;]{0,30}\b(?:report|study|review|findings)\b/i,
      /\b(?:report|study|hearing|inquiry|consultation) (?:on|into)\b/i,
    ],
    examples: {
      match: [
        'The lab released a new model with a longer context window on Tuesday.',
        'The watchdog plans a hearing into chip pricing later this year.',
      ],
      noMatch: ['The lab’s new model matches the best closed systems, analysts said on Tuesday.'],
    },
  },
  {
    id: 'veto-open-question',
    group: 'distractors',
    description:
      'A question that only asks whether moats exist, or a premise set up with "suppose", takes no side.',
    effect: { kind: 'veto', categories: ['moat', 'consolidation', 'open_source_parity'] },
    patterns: [
      /^\W*(?:[A-Z][\w'-]+ [A-Z][\w'-]+: )?(?:is there|are there|are the|is the|do|does) (?:an? |any )?(?:[\w-]+ ){0,2}moats?\b[^?]{0,40}\?\W*$/i,
      /^\W*(?:[A-Z][\w'-]+ [A-Z][\w'-]+: )?(?:suppose|imagine that|picture this|let's say)\b/i,
    ],
    examples: {
      match: [
        'Is there a moat in AI at all?',
        'Suppose a rival publishes open weights that match the flagship.',
      ],
      noMatch: ['Does a head start of one quarter qualify as a moat?'],
    },
  },
];
