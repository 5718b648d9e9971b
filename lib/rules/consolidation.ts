// Consolidation rules: whether power, capital or talent is concentrating in a few players, or the
// market is fragmenting with new entrants (claims.md, category `consolidation`).
import type { Rule } from './types';

/** What is bought in a deal that changes market structure (not chips, customers or data). */
const DEAL_TARGETS =
  'start-?ups?|labs?|compan(?:y|ies)|firms?|developers?|makers?|rivals?|competitors?|businesses|teams?|stakes?|outfits?|unicorns?|challengers?|independents?|providers?';

export const CONSOLIDATION_RULES: readonly Rule[] = [
  {
    id: 'consolidation-term',
    group: 'consolidation-concentration',
    description: 'Speaks of the industry consolidating or power concentrating in fewer hands.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      /\bconsolidat(?:e|es|ed|ing|ion)\b/i,
      /\bconcentrat(?:e|es|ed|ing|ion)\b[^.;]{0,30}\b(?:power|talent|capital|market|compute|resources|control|supply|supplies|spending|chips|capacity|profits|revenue|wealth|data|customers|at the (?:very )?top|in front of)\b/i,
      /\b(?:power|talent|capital|market|compute|resources|control|industry)\b[^.;]{0,12}\bconcentrat(?:e|es|ed|ing|ion)\b/i,
      /\bmore concentrated\b/i,
      /\bmarket concentrates\b/i,
      /\bwinners?[- ]takes?[- ](?:all|most)\b/i,
      /\bwinners and losers\b/i,
      // "lost their monopoly" says the opposite
      /(?<!\b(?:lost|lose|loses|losing|broke|broken|ended|ending) (?:their|its|the|a|any) )\b(?:monopol\w+|oligopol\w+|duopol\w+)\b(?![^.;]{0,30}\b(?:erod\w*|weaken\w*|broken|crumbl\w*))/i,
      /\bplatform dominance\b/i,
    ],
    examples: {
      match: [
        'The AI market is consolidating around three cloud giants.',
        'Critics warn of a dangerous concentration of power in a few labs.',
        'Analysts expect a winner-takes-all outcome in chatbots.',
      ],
      noMatch: ['The startup opened an office in Lisbon.'],
    },
  },
  {
    id: 'few-players',
    group: 'consolidation-concentration',
    description: 'Says only a handful of companies can play, or that their number is shrinking.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      /(?<!outside (?:of )?(?:a )?)\b(?:a )?handful of (?:[\w-]+ ){0,2}?(?:companies|firms|labs|players|buyers|suppliers|giants|providers|platforms|groups|investors|countries)\b/i,
      /\b(?:a )?small number of (?:[\w-]+ ){0,2}?(?:companies|firms|labs|players|providers|giants|cloud providers)\b/i,
      /\bonly (?:two|three|four|five|a few|a handful|about (?:two|three|four|five))\b[^.;]{0,25}\b(?:companies|firms|labs|players|buyers)\b/i,
      /\bfewer than (?:\w+ ) ?(?:companies|firms|labs|players)\b/i,
      /\bnumber of (?:serious |credible |independent )?(?:players|companies|labs|competitors|firms)\b[^.;]{0,30}\b(?:going down|shrink\w*|fall\w*|declin\w*)\b/i,
      /\b(?:very )?short list\b/i,
      /\b(?:list|field) was longer\b/i,
      /\b(?:pull\w*|pulled) (?:further |even further )?(?:ahead|away)\b/i,
      /\bwidening (?:divide|gap|gulf)\b/i,
      /\b(?:flow\w*|pour\w*|go(?:es)?|went) (?:to|toward|towards) (?:the )?(?:established|biggest|largest|leading|incumbent)\b/i,
      /\bcluster\w* (?:at|around|in)\b/i,
      /\btalent concentration\b/i,
      /\bin control of\b/i,
      /\bkeep\b[^.;]{0,40}\bat the top\b/i,
      /\b(?:two|three|four|five|a few|a handful of) (?:[\w-]+ ){0,2}(?:companies|firms|providers|buyers|customers|players|labs) (?:now )?account(?:ed|s)? for\b/i,
      /\bcontrolled by (?:a few|a handful|a small number|two|three|four)\b/i,
    ],
    examples: {
      match: [
        'Only a handful of companies are able to afford training the next generation.',
        'The number of serious players at the frontier keeps shrinking.',
        'The richest labs are pulling further ahead of everyone else.',
      ],
      noMatch: ['A handful of reporters attended the launch event.'],
    },
  },
  {
    id: 'giants-dominate',
    group: 'consolidation-concentration',
    description: 'Says big technology companies dominate the market.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 0.5,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      /\bdominat\w*|\bdominance\b/i,
      /\b(?:giants?|behemoths?|incumbents?|big tech|hyperscalers?|titans?|established players|larger players|largest players)\b/i,
    ],
    examples: {
      match: ['Tech giants dominate the market for AI chips.'],
      noMatch: ['The small lab published its paper on Friday.'],
    },
  },
  {
    id: 'talent-drain',
    group: 'consolidation-concentration',
    description: 'Says researchers, capital or chips are flowing to the biggest players.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [],
    // word sequences with optional words: compromise's matcher reads these more simply than a regex
    matchHint: /\b(?:flock|flow|mov|migrat|head|go|pool|gravitat|drain|hollow|strip)\w*/i,
    match: [
      '(talent|researchers|engineers|scientists|capital|money|investment|chips|compute|funding) (is|are|keeps|keep)? (flocking|flowing|moving|migrating|heading|going|pooling|gravitating) (to|toward|towards|into|at) (the|a)? (few|handful|biggest|largest|richest|big|top|wealthiest|leading) .? (labs|companies|firms|players|giants|platforms)?',
      '(drained|hollowed|stripped) (out)? of (its|their)? (best|top|senior|most)? (talent|researchers|staff|engineers)',
    ],
    examples: {
      match: [
        'Top researchers are flocking to the richest labs in California.',
        'Venture money keeps flowing to the biggest AI platforms.',
        'The smaller labs have been drained of their best researchers.',
      ],
      noMatch: ['Researchers presented their findings at a conference in Vienna.'],
    },
  },
  {
    id: 'acquisition',
    group: 'consolidation-deals',
    description: 'Reports a large company buying, absorbing or hiring away an AI company or its staff.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'drop',
      needsDomain: true,
    },
    patterns: [
      // buying or acquiring a company, not chips, customers or data: the object is a name or a
      // kind of company (case-sensitive, so a capital letter means a name)
      new RegExp(
        `\\b(?:[Aa]cqui(?:re|res|red|ring)|[Bb]ought|[Bb]uys|[Bb]uying|[Bb]uy out|[Ss]napped up|[Ss]nap up|[Tt]ake over|[Tt]ook over|[Mm]erge|[Mm]erged)(?: (?:by|with) | (?:(?:the|a|an|its|their|two|three|several|rival|smaller|[Ll]ondon|[Pp]aris)\\s)?(?=[A-Z])| (?:[\\w'-]+ ){0,3}(?:${DEAL_TARGETS})\\b)`,
      ),
      /\bacqui-?hires?\b/i,
      /\b(?:licen[cs]e|licensing)-and-hire\b/i,
      /\b(?:was|were|been|being|get|gets|got) (?:acquired|bought|taken over|absorbed|snapped up)\b/i,
      /\b(?:completed|closed|announced|agreed)\b[^.;]{0,20}\b(?:purchase|deal|takeover)\b/i,
      /\b(?:acquisitions?|takeovers?|mergers?|purchases?) of\b(?! (?:the |its |their )?(?:shares?|stock|chips|GPUs|servers|equipment|land|power|licen[cs]es?)\b)/i,
      /\babsorb\w*\b|\bswallow\w*\b|\b(?:buy|buys|buying|bought|scoop\w*|snap\w*) up\b/i,
      /\bhired\b[^.;]{0,50}\b(?:staff|founders|researchers|employees|team)\b/i,
      /\bpa(?:y|id|ying) (?:about |some |nearly )?\$[\d.,]+ ?(?:billion|million|bn|m)\b[^.;]{0,40}\bfor\b/i,
      /\btook\b[^.;]{0,20}\bfounders\b/i,
      /\boff the board\b/i,
      /\b(?:sold|be sold) to\b/i,
      /\bpaid to license\b/i,
    ],
    examples: {
      match: [
        'A cloud giant agreed to acquire the chatbot startup for $1 billion.',
        'The social network hired most of the lab’s researchers in a licensing deal.',
      ],
      noMatch: ['The startup raised a new funding round from venture investors.'],
    },
  },
  {
    id: 'deal-mention',
    group: 'consolidation-deals',
    description:
      'Mentions a deal by name only ("the acquisition", "the merger"): counts only with a second cue about market structure.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 0.5,
      onNegation: 'drop',
      needsDomain: true,
    },
    // a deal referred back to ("the purchase is likely to draw scrutiny", "as a result of the
    // deal") is background unless something else in the sentence says what it does to the market
    patterns: [/\b(?:acquisitions?|takeovers?|mergers?)\b/i],
    examples: {
      match: ['The acquisition still needs approval from regulators.'],
      noMatch: ['The lab released a new model on Tuesday.'],
    },
  },
  {
    id: 'new-entrants',
    group: 'consolidation-entry',
    description: 'Says new entrants keep arriving or the market is fragmenting, loosening the giants’ grip.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      /\bfragment(?:ed|ation|ing|s)?\b/i,
      /\bnew entr(?:y|ants?)\b/i,
      /\b(?:more|\d+|dozens of|hundreds of|wave of) (?:new )?(?:model |ai |AI )?(?:start-?ups|entrants|companies|labs|challengers|competitors) (?:were |have been |had been )?(?:funded|founded|launched|started|entering)\b/i,
      /\bmore new (?:[\w-]+ ){0,2}(?:companies|start-?ups|labs)\b/i,
      /\bnew wave of\b/i,
      /\bfrom a handful to\b/i,
      /\bmore labs at the frontier\b/i,
      /\bdemocrati[sz]\w*/i,
      /\bdiversified competition\b/i,
      /\b(?:erod\w*|diminish\w*|break\w*|weaken\w*|loosen\w*|challeng\w*|prevent\w*)\s+(?:the |their |its )?(?:\w+ ){0,2}(?:dominance|monopol\w*|grip|stranglehold)\b/i,
      /\b(?:dominance|monopol\w*|grip|stranglehold)\b[^.;]{0,50}\b(?:erod\w*|being eroded|weaken\w*|broken|crumbl\w*|loosen\w*|slipp\w*)\b/i,
      /\bcarv\w* out niches\b/i,
      /\bopens? (?:up )?opportunities for\b/i,
      /\blevel(?:s|ling|ing)? the playing field\b/i,
      /\bcounterbalance|counterweight\b/i,
      /\beating our lunch\b/i,
      /\b(?:risks?|threats?) to (?:their|its|the) market share\b/i,
    ],
    examples: {
      match: [
        'The model market is fragmenting into hundreds of niche providers.',
        'More new AI labs were founded this year than ever before.',
        'Cheap chips are eroding the dominance of the largest cloud firms.',
      ],
      noMatch: ['The largest cloud firm reported record profits.'],
    },
  },
  {
    id: 'dependence-on-few',
    group: 'consolidation-concentration',
    description: 'Says the industry depends on a few suppliers or clouds that control most of the market.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:depend\w*|reliant|rely|relies|relying|dependent|hooked) on (?:a |the |one of )?(?:handful|few|small number|two|three|four|single|one|same)\b/i,
      /\brents? (?:\w+ ){0,3}from (?:one of )?(?:a handful|a few|two|three|four|the big)\b/i,
      /\bchoke ?points?\b|\bgatekeepers?\b|\bkingmakers?\b/i,
      /\bthe (?:big|rich) get (?:bigger|richer)\b/i,
      /\b(?:control|controls|controlled|hold|holds|command\w*|account\w* for) (?:about |roughly |nearly |almost |more than |over )?(?:\d+|half|two-thirds|three-quarters|most)\s?(?:%|per ?cent|percent)?\s?of (?:the |all )?(?:[\w-]+ )?(?:market|spending|compute|supply|sales|capacity|chips)\b/i,
      /\broll-?ups?\b|\bland grab\b/i,
    ],
    examples: {
      match: [
        'Nearly every AI start-up depends on one of three cloud companies for compute.',
        'Two chip designers control more than 80 per cent of the accelerator market.',
        'The cloud giants have become kingmakers for model labs.',
      ],
      noMatch: ['The start-up depends on its engineers’ creativity.'],
    },
  },
  {
    id: 'crowded-market',
    group: 'consolidation-entry',
    description: 'Says the market is crowded with new challengers and no single firm dominates.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      /\bcrowded (?:market|field|space|arena)\b|\bupstarts?\b|\bnew (?:challengers|rivals|competitors|players)\b/i,
      /\blong tail of\b|\b(?:dozens|scores|hundreds) of (?:[\w-]+ ){0,2}(?:providers|labs|companies|start-?ups|vendors)\b/i,
      /\bno (?:single )?(?:company|firm|lab|player|vendor) (?:dominates|controls|owns|commands)\b/i,
      /\bcompetition (?:is |has )?(?:intensif\w*|heat\w* up|fiercer|fierce)\b|\bless concentrated\b|\bspin-?outs?\b/i,
    ],
    examples: {
      match: [
        'Dozens of small labs now sell specialised models to hospitals and banks.',
        'No single company dominates the market for coding assistants.',
      ],
      noMatch: ['The company dominates the market for search advertising.'],
    },
  },
  {
    id: 'squeezed-out',
    group: 'consolidation-concentration',
    description: 'Says smaller or independent players are being squeezed out and fewer remain.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:squeez|push|driv|forc|wip|crowd|price)(?:e|ed|es|ing|ing)?d? out\b/i,
      /\bfewer (?:and fewer )?(?:[\w-]+ ){0,2}(?:companies|firms|labs|players|competitors|rivals|start-?ups)\b/i,
      /\b(?:independent|standalone)\b[^.;]{0,30}\b(?:disappear\w*|vanish\w*|dwindl\w*|extinct|endangered|rare|rarer)\b/i,
      /\b(?:a few|few|two|three|four) (?:[\w-]+ ){0,2}(?:giants|companies|firms|labs|players|providers|clouds) (?:control|controls|dominate|own|run|capture|decide)\b/i,
    ],
    examples: {
      match: [
        'Independent model makers are being squeezed out by the cloud platforms.',
        'Each year there are fewer independent labs at the frontier.',
        'Three cloud companies decide which model makers survive.',
      ],
      noMatch: ['Three engineers left the company in June.'],
    },
  },
  {
    id: 'few-hands',
    group: 'consolidation-concentration',
    description:
      'Says power, value or control is ending up in a few hands: the field thinned to a few, a club or table with few seats, the middle hollowed out, a few setting the terms for everyone else.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    // the players are counted (a few, four) or ranked (the biggest): "only the richest can afford"
    // alone is a barrier (moat), the guide's consolidation is about how many are left
    hint: /hands|down to|narrow|thinn|shrunk|whittl|reduced to|seats?\b|club|middle|mid-|spoils|profits?|value|gains|rewards|captur|terms|expense|oligarch|cartel|two-horse|two-way/i,
    patterns: [
      /\b(?:in|into|to) (?:the )?(?:very |ever |a )?(?:few|fewer|a handful of|a small number of) hands\b|\bfew hands (?:now )?(?:hold|control|own|run|decide)\b/i,
      /\b(?:down to|narrow\w* (?:down )?to|thinn\w* (?:[\w-]+ ){0,3}to|shrunk to|whittled (?:down )?to|reduced to) (?:a |just |only |perhaps |maybe |about )?(?:two|three|four|five|six|a few|a handful|a couple|a small number)\b[^.;]{0,25}\b(?:firms|companies|labs|players|seats|contenders|giants|providers|vendors|rivals|members)\b/i,
      /\b(?:two|three|four|five|six|a few|a handful of) seats\b|\bseats? at the (?:top )?table\b|\b(?:club|table|group)\b[^.;]{0,30}\b(?:down to|has|of|with) (?:only |just |perhaps |maybe )?(?:two|three|four|five|six|a few|a handful)\b/i,
      /\b(?:middle|mid-sized|mid-tier|mid-market)\b[^.;]{0,40}\b(?:hollow\w* out|squeezed|disappear\w*|vanish\w*|wiped out)\b|\bhollow\w* out (?:the |its )?(?:middle|mid-)/i,
      /\b(?:spoils|profits?|value|gains|rewards|returns)\b[^.;]{0,40}\b(?:go(?:es|ing)?|went|flow\w*|accru\w*|pil\w*) (?:\w+ ){0,2}(?:to|up with|toward|towards) (?:\w+ ){0,1}(?:a couple|a few|a handful|two|three|four|the biggest|the largest|the same)\b/i,
      /\bcaptur\w* (?:most|nearly all|almost all|all|the bulk|the lion's share|a growing share) of the (?:value|profits?|spoils|gains|margins?|revenue|money)\b/i,
      /\bset(?:s|ting)? the terms (?:for|on which) (?:everyone|everybody|the rest|all|every)\b|\bdictat\w* (?:the )?terms to\b/i,
      /\bat the expense of (?:the )?(?:smaller|independent|younger|weaker|everyone|the rest|start-?ups|challengers|newcomers)\b/i,
      /\boligarch(?:y|ies)\b|\bcartel\b|\btwo-(?:horse|way) race\b/i,
    ],
    examples: {
      match: [
        'Control of the strongest AI systems is ending up in very few hands.',
        'Rising training bills have thinned the AI field to a few deep-pocketed players.',
        'The frontier AI club is down to four or five firms.',
        'Frontier AI now has perhaps five seats at the table.',
        'The middle of the AI market is being hollowed out.',
        'The spoils of generative AI are going mostly to a couple of firms.',
        'Chipmakers and clouds capture nearly all of the value in the AI stack.',
        'Three companies now set the terms for everyone building on AI.',
        'The largest AI labs are gaining share at the expense of smaller rivals.',
        'Cloud AI is settling into an oligarchy of four.',
      ],
      noMatch: [
        'The data centre was built by a few hands over two years.',
        'The club of AI researchers meets every Thursday in the library.',
        'The AI lab cut its prices down to a few cents per query.',
        'Only the richest AI labs can afford to train at that scale.',
        'The AI start-up reported profits for the first time.',
      ],
    },
  },
  {
    id: 'room-for-many',
    group: 'consolidation-entry',
    description:
      'Says the field is opening up: anyone can enter, there is room for many winners, power is spreading widely, new players keep appearing.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsDomain: true,
    },
    hint: /anyone|anybody|room for|many winners|widely|spread|distribut|filling|teeming|awash|every (?:week|month)|each (?:week|month)/i,
    patterns: [
      /\b(?:anyone|anybody)\b(?: with [^.;]{1,30})? can (?:now |still |easily )?(?:enter|join|compete|set up|start (?:a|an|their|its)|launch (?:a|an|their|its))\b/i,
      /\broom for (?:many|several|more than one|lots of|plenty of|multiple|dozens of|a (?:dozen|lot|few))\b[^.;]{0,20}\b(?:winners|players|companies|labs|firms|providers|vendors|models|rivals|competitors)\b|\bmany winners\b/i,
      /\b(?:power|capabilit\w*|talent|compute|capital|spending|market share|value|expertise)\b[^.;]{0,30}\b(?:spread\w* (?:across|among|over|out|widely)|(?:more |ever more |increasingly )?widely (?:distributed|spread|shared|held))\b/i,
      /\b(?:filling|filled|teeming|swarming|awash) with (?:[\w-]+ ){0,2}(?:players|start-?ups|labs|companies|rivals|challengers|competitors|vendors|providers|model makers)\b/i,
      /\bnew (?:[\w-]+ ){0,2}(?:labs?|start-?ups?|compan(?:y|ies)|rivals?|competitors?|challengers?|model makers?) (?:\w+ ){0,2}(?:appear|emerge|launch|arriv|spring|pop)\w*[^.;]{0,10}\b(?:every|each) (?:week|month|few (?:weeks|months)|day)\b|\b(?:every|each) (?:week|month) (?:brings|sees) (?:a )?new (?:[\w-]+ )?(?:lab|start-?up|rival|challenger|competitor)\b/i,
    ],
    examples: {
      match: [
        'Anyone with a few GPUs can now enter the AI model business.',
        'The AI market has room for many winners.',
        'AI capability is spreading across hundreds of firms and dozens of countries.',
        'Power in AI is becoming more widely distributed.',
        'The AI landscape is filling with specialised players.',
        'A new AI lab seems to appear every week.',
      ],
      noMatch: [
        'Anyone can download the AI model and run it at home.',
        'The AI conference had room for many more attendees.',
        'The AI lab spread its offices across three cities.',
        'A new AI model update appears every week.',
      ],
    },
  },
];
