// Market-structure rules, round 3: families of phrasing the guide's definitions cover but the
// earlier rounds did not — start-ups shutting down or selling out, roll-ups, vertical integration,
// licence-and-hire deals, the giants taking stakes in labs, market-share figures and their moves,
// a single supplier selling most of something; on the other side, new labs launching, capability
// spreading, rivals joining the race, buyers spreading spend across vendors. For moats: rivals who
// cannot get or lack what a leader has, lock-in by reluctance, leads nobody can hold, copying at a
// fraction of the cost, prices forced down. For parity: open models some points behind.
// Each lexicon below is a list of a journalist's words for one idea, written from claims.md.
import type { Rule } from './types';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
const re = (source: string) => new RegExp(source, 'i');

/** Kinds of company whose fate is the market's structure. */
const FIRMS = alt([
  'start-?ups?',
  'labs?',
  'compan(?:y|ies)',
  'firms?',
  'rivals?',
  'competitors?',
  'challengers?',
  'independents?',
  'players?',
  '(?:[\\w-]+ )?makers?',
  'developers?',
  'upstarts?',
  'outfits?',
  'unicorns?',
  'vendors?',
  'newcomers?',
]);
/** A firm going out of business or being sold off. */
const EXIT = alt([
  'shut(?:ting)? down(?! (?:its|their|the|a|an|his|her|some|one|two)\\b)',
  'shuttered',
  'folded',
  'fold(?:ing)?',
  'go(?:ne|es|ing)? bust',
  'went bust',
  'go(?:ne|es|ing)? under',
  'went under',
  'wound down',
  'wind(?:ing)? down',
  'closed (?:their|its) doors',
  'ran out of (?:money|cash|runway)',
  'run(?:ning)? out of (?:money|cash|runway)',
  'sold (?:themselves|itself|out)',
  'sell(?:ing)? (?:themselves|itself)',
  'been sold off',
  'disappeared',
  'collapsed',
  'went out of business',
  'gone out of business',
]);
/** A few suppliers, the subject of "sells most of". */
const FEW_SUPPLIERS = `(?:one|a single|two|three|four|a few|a handful of|the big (?:two|three|four|five)) (?:[\\w-]+ ){0,2}?(?:company|firm|supplier|vendor|chipmaker|cloud|provider|lab|companies|firms|suppliers|vendors|chipmakers|clouds|providers|labs|giants)`;
/** How much of a market: most of it, or a share given as a number. */
const MOST_OF = `(?:most|nearly all|almost all|virtually all|the bulk|the majority|the lion's share|(?:about |roughly |nearly |almost |more than |over |some )?(?:[5-9]\\d|100)\\s?(?:%|per ?cent|percent)) of(?! (?:its|their|his|her) )`;
/** Verbs of rising and falling for a market share. */
const SHARE_UP = alt([
  'rose',
  'risen',
  'rising',
  'grew',
  'grown',
  'growing',
  'climbed',
  'climbing',
  'jumped',
  'increased',
  'expanded',
  'swelled',
]);
const SHARE_DOWN = alt([
  'fell',
  'fallen',
  'falling',
  'slipp(?:ed|ing)',
  'slid',
  'sliding',
  'dropped',
  'dropping',
  'declin(?:ed|ing)',
  'shr(?:ank|unk|inking)',
  'eroded',
  'eroding',
  'halved',
]);
/** The leader whose share is moving (a challenger's share rising says the opposite). */
const LEADER = alt([
  'leader',
  "leader's",
  'market leader',
  'dominant (?:player|supplier|vendor|firm|company)',
  'incumbent',
  'biggest (?:player|supplier|vendor|lab)',
  'largest (?:player|supplier|vendor|lab)',
  'Nvidia',
  'OpenAI',
]);
/** Rivals who would want what a leader has. */
const NO_RIVAL = alt([
  'no (?:rival|competitor|challenger|newcomer|start-?up|other (?:lab|firm|company))',
  'none of (?:its|their|the) (?:rivals|competitors|challengers)',
  'nobody else',
  'no one else',
  'few (?:rivals|competitors|others)',
]);
/** What a leader might hold that others lack. */
const ASSET = alt([
  'data',
  'distribution',
  'channels?',
  'reach',
  'scale',
  'compute',
  'chips',
  'capacity',
  'talent',
  'customers',
  'users',
  'relationships?',
  'contracts?',
  'ecosystem',
  'brand',
  'infrastructure',
  'access',
  'footprint',
]);
/** Open models, as the subject of a parity comparison. */
const OPEN = alt([
  'open[- ]?(?:source|weights?)(?: [\\w-]+)?',
  'open (?:models?|releases?|systems?|alternatives?|rivals?)',
  'Llama[\\w.-]*',
  'Mistral',
  'DeepSeek',
  'Qwen',
  'Gemma',
]);

export const FAMILY_RULES: readonly Rule[] = [
  {
    id: 'firms-exit',
    group: 'consolidation-concentration',
    description:
      'Says start-ups or labs are shutting down, going bust or selling themselves off: the field thins out.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      // a shake-out outvotes the "dozens of start-ups" that it thins
      vote: 2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b${FIRMS}\\b[^.;]{0,50}\\b${EXIT}\\b`),
      re(`\\bfire[- ]sales?\\b|\\bsold (?:off )?for parts\\b|\\bshake-?outs?\\b|\\bculling\\b`),
      re(`\\b(?:shutdowns|closures|failures|bankruptcies) (?:of|among) (?:[\\w-]+ ){0,2}${FIRMS}\\b`),
      re(`\\bexit(?:ed|s|ing)?\\b[^.;]{0,40}\\bby selling\\b`),
    ],
    examples: {
      match: [
        'Dozens of AI start-ups have shut down this year or sold themselves to bigger groups.',
        'Several well-funded model makers quietly folded after their last funding round.',
        'Investors expect a wave of fire sales among chatbot companies.',
      ],
      noMatch: [
        'The lab shut down its office in Berlin to save rent.',
        'The company sold its stake in the chip designer.',
      ],
    },
  },
  {
    id: 'roll-up-and-stack',
    group: 'consolidation-deals',
    description:
      'Says buyers are rolling up smaller AI firms, or a company integrates vertically to own every layer from chips to apps.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\broll(?:s|ed|ing)? up\\b[^.;]{0,40}\\b${FIRMS}\\b`),
      re(`\\bvertical(?:ly)?[- ]integrat\\w*`),
      re(
        `\\b(?:own|owns|owning|control|controls|controlling|run|runs|running)\\b[^.;]{0,25}\\b(?:every|each|all the) layers?\\b|\\b(?:own|owns|owning|control|controls|controlling) (?:more of |all of |the (?:whole|entire|full) )(?:the )?(?:stack|supply chain|value chain)\\b`,
      ),
      re(
        `\\bfrom (?:the )?(?:chips?|silicon|hardware|data cent(?:re|er)s?)\\b[^.;]{0,30}\\bto (?:the )?(?:apps?|applications?|chatbots?|assistants?|software|consumers?|end users?)\\b`,
      ),
    ],
    examples: {
      match: [
        'Buyout firms are rolling up small AI tool makers into a few larger platforms.',
        'The chipmaker now wants to own every layer of the business, from silicon to the chatbot.',
        'The group is vertically integrated, which leaves its suppliers little room.',
      ],
      noMatch: ['The team rolled up its sleeves and shipped the update.'],
    },
  },
  {
    id: 'license-and-hire',
    group: 'consolidation-deals',
    description:
      'Reports a licensing deal that also brings over a start-up’s founders or staff, or leaves an empty shell behind.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'drop',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\blicen[cs]\\w*\\b[^.;]{0,70}\\b(?:hire|hired|hiring|bring|brings|brought|bringing|poach\\w*|recruit\\w*|took on|taking on)\\b[^.;]{0,25}\\b(?:founders?|co-founders?|staff|team|researchers|employees|engineers|chief executive)\\b`,
      ),
      re(
        `\\b(?:bring|brings|brought|bringing|took|taking|poach\\w*) (?:over |in |across )?(?:its |the |their )?(?:founders|co-founders|entire team|whole team|top researchers)\\b`,
      ),
      re(`\\b(?:empty|hollow) shell\\b|\\breverse acqui-?hires?\\b`),
    ],
    examples: {
      match: [
        'The cloud giant paid to license the lab’s models and brought over both of its founders.',
        'All that is left of the start-up is an empty shell and a few engineers.',
      ],
      noMatch: ['The company licensed a font for its new logo.'],
    },
  },
  {
    id: 'giants-take-stakes',
    group: 'consolidation-concentration',
    description: 'Says the giants have taken stakes in, or invested billions in, the leading model labs.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b(?:took|taken|take|takes|taking|bought|buys|hold|holds|own|owns|acquired) (?:a |large |big |minority |majority |sizeable |significant |multi-?billion[- ]dollar )?stakes? in (?:the |a |an |every |each |most )?(?:[\\w-]+ ){0,3}(?:labs?|start-?ups?|developers?|model makers?|rivals?|AI (?:companies|firms))\\b`,
      ),
      re(
        `\\b(?:giants?|hyperscalers|cloud (?:providers|companies|giants)|big tech)\\b[^.;]{0,40}\\b(?:stakes|equity) in\\b`,
      ),
    ],
    examples: {
      match: [
        'Google, Microsoft and Amazon have each taken stakes in the leading model developers.',
        'The hyperscalers now hold equity in almost every frontier lab.',
      ],
      noMatch: ['The utility bought a stake in a wind farm.'],
    },
  },
  {
    id: 'few-supply-most',
    group: 'consolidation-concentration',
    description:
      'Says one or a few suppliers sell, run or host most of what the industry uses, or nearly every AI product runs on theirs.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b${FEW_SUPPLIERS}\\b[^.;]{0,30}\\b(?:sells?|sold|supplies|supply|supplied|makes?|made|controls?|owns?|runs?|hosts?|provides?|designs?|captures?|captured|takes?|took|holds?|commands?|gets?|got|earns?|rakes? in|collects?)\\b (?:now )?${MOST_OF}\\b`,
      ),
      re(
        `\\b(?:nearly|almost|virtually|practically) (?:every|all(?: the)?) (?:[\\w-]+ ){0,3}(?:models?|start-?ups?|applications?|apps|labs|companies|developers|workloads?|products?)\\b[^.;]{0,50}\\b(?:runs? on|relies on|rely on|depends? on|hosted by|owned by|built on|passes through|pass through)\\b[^.;]{0,30}\\b(?:one|two|three|four|a few|a handful|the big|the same)\\b`,
      ),
      re(
        `\\b(?:small|select|exclusive|tiny|elite|closed) (?:club|circle|group) of (?:[\\w-]+ ){0,2}(?:companies|firms|labs|players|giants)\\b`,
      ),
      re(`\\b(?:two|three)-(?:horse|way|player) race\\b`),
    ],
    examples: {
      match: [
        'One company now sells most of the accelerators the industry trains on.',
        'Almost every AI application today runs on servers owned by three companies.',
        'Power in the sector sits with a small club of firms.',
      ],
      noMatch: ['One company sold most of its shares in the chip designer.'],
    },
  },
  {
    id: 'share-moves',
    group: 'consolidation-concentration',
    description: 'Says the leader’s market share is rising (concentrating) or slipping (fragmenting).',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b${LEADER}\\b[^.;]{0,30}\\b(?:market )?share\\b(?! price)[^.;]{0,30}\\b${SHARE_UP}\\b`),
      re(`\\b${SHARE_UP} (?:its|their) (?:market )?share\\b`),
    ],
    examples: {
      match: ['The market leader’s share of AI chip sales rose to 85 per cent last year.'],
      noMatch: ['The market leader’s share price rose after the results.'],
    },
  },
  {
    id: 'share-slips',
    group: 'consolidation-entry',
    description: 'Says the leader’s market share is slipping as rivals gain.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
    },
    patterns: [
      re(`\\b(?:market )?share\\b(?! price)[^.;]{0,40}\\b${SHARE_DOWN}\\b`),
      re(
        `\\b(?:los(?:e|es|ing|t)|ced(?:e|es|ed|ing)|giv(?:e|es|ing)|gave) (?:up )?(?:market )?share (?:to|as)\\b`,
      ),
    ],
    examples: {
      match: [
        'The leader’s share of the accelerator market is slipping as rivals ship their own chips.',
        'The incumbent keeps losing share to cheaper providers.',
      ],
      noMatch: ['Its share price fell 3 per cent on Monday.'],
    },
  },
  {
    id: 'race-widens',
    group: 'consolidation-entry',
    description:
      'Says new labs keep launching, rivals join the race, researchers leave to found their own firms, or capability spreads to many.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\bnew (?:[\\w-]+ )?(?:labs|start-?ups|companies|entrants|players|challengers|rivals|model makers|competitors|firms|providers)\\b[^.;]{0,30}\\b(?:launch\\w*|appear\\w*|emerg\\w*|spring\\w* up|sprang up|pop\\w* up|arriv\\w*|are founded|being founded|keep coming|every (?:week|month|quarter))\\b`,
      ),
      re(`\\b(?:join\\w*|enter\\w*|entering) (?:the )?(?:race|fray|field|contest|competition|market)\\b`),
      re(
        `\\b(?:left|leave|leaves|leaving|quit|quitting)\\b[^.;]{0,40}\\bto (?:found|start|launch|set up|build) (?:their|his|her) own\\b`,
      ),
      re(
        `\\b(?:capabilit\\w*|know-how|expertise|technology|skills|power|talent)\\b[^.;]{0,20}\\b(?:spread\\w*|diffus\\w*|proliferat\\w*|dispers\\w*|trickl\\w* down)\\b[^.;]{0,25}\\b(?:to|among|across|around|beyond|through)\\b`,
      ),
      re(
        `\\b(?:spread\\w*|split\\w*|divid\\w*|shift\\w*) (?:their |its )?(?:[\\w-]+ )?(?:spending|budgets?|business|workloads?|orders)\\b[^.;]{0,20}\\b(?:across|among|between) (?:several|many|multiple|two|three|a range of|different)\\b`,
      ),
      re(
        `\\b(?:use|uses|using|buy from|work with|sign with|mix\\w*) (?:several|multiple|many|two or more|a range of) (?:[\\w-]+ )?(?:vendors|providers|suppliers|models|clouds)\\b`,
      ),
    ],
    examples: {
      match: [
        'New model labs are launching every month across Europe and Asia.',
        'Chinese labs and European start-ups have all joined the race.',
        'Capability is spreading to dozens of firms around the world.',
        'Banks now spread their AI spending across several providers.',
      ],
      noMatch: ['The new chief executive joined from a bank.', 'The disease is spreading to other regions.'],
    },
  },
  {
    id: 'rivals-lack',
    group: 'moat-advantage',
    description:
      'Says rivals cannot obtain, or lack, the data, distribution, compute or customers a leader has.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b${NO_RIVAL} (?:can|could|is able to|will be able to|has been able to)(?: \\w+)? (?:obtain|get|buy|match|copy|replicate|access|license|afford|build|reach|secure|duplicate)\\b`,
      ),
      re(
        `\\b${ASSET}\\b[^.;]{0,30}\\b(?:that |which )?(?:its |their )?(?:rivals|competitors|challengers|newcomers|others|smaller (?:labs|firms|players)) (?:lack|do not have|don't have|cannot (?:match|get|buy|copy)|can't (?:match|get|buy|copy)|will never have|simply do not have)\\b`,
      ),
    ],
    examples: {
      match: [
        'Its deals with publishers give it training data no rival can legally obtain.',
        'Owning the phone gives the company a distribution channel its rivals lack.',
      ],
      noMatch: ['Its rivals lack nothing but patience, the founder joked.'],
    },
  },
  {
    id: 'reluctant-to-leave',
    group: 'moat-advantage',
    description:
      'Says customers are reluctant to leave, rarely switch, or that a lead is hard for anyone to overturn.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:customers|users|developers|buyers|clients|enterprises|businesses|companies|banks|consumers)\\b[^.;]{0,25}\\b(?:reluctant|unwilling|loath|loth|slow|afraid) to (?:leave|switch|move|abandon|change (?:providers?|vendors?|suppliers?))\\b`,
      ),
      // usage improving the product is a data loop rivals without the users cannot start
      re(
        `\\b(?:feeds?|fed|flows?|goes|go) back into (?:the |its |their )?(?:model|product|system|training)\\b|\\bthe more (?:it is|they are|people|users|customers)\\b[^.;]{0,40}\\bthe better\\b`,
      ),
      re(
        `\\b(?:rarely|seldom|hardly ever) (?:switch|leave|change (?:providers?|vendors?|suppliers?)|defect)\\b`,
      ),
      re(
        `\\b(?:hard|difficult|tough|impossible) for (?:anyone|any rival|rivals|others|newcomers|competitors|challengers|a newcomer|a rival) to (?:overturn|overcome|reverse|erase|match|close|catch|dislodge|unseat|displace|challenge)\\b`,
      ),
    ],
    examples: {
      match: [
        'Its chips are tied to a software ecosystem that developers are reluctant to leave.',
        'The incumbents’ head start in compute will be very hard for anyone to overturn.',
        'Every question users ask feeds back into the model, so the product keeps getting better.',
      ],
      noMatch: ['The chef was reluctant to leave the restaurant early.'],
    },
  },
  {
    id: 'no-lead-holds',
    group: 'moat-commodity',
    description:
      'Says no firm can hold on to a lead, rivals copy at a fraction of the cost, leaders are forced to cut prices, or what once took billions now takes millions.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:no|none of the|no single) (?:firm|company|lab|one|player|vendor|model maker)s? (?:can|could|will|has been able to|is able to|manages to) (?:hold on to|hang on to|keep|hold|sustain|maintain|retain|defend) (?:a|its|their|any|the) (?:[\\w-]+ )?(?:lead|edge|advantage)\\b`,
      ),
      re(
        `\\b(?:cop(?:y|ies|ied|ying)|replicat\\w*|reproduc\\w*|clon\\w*|distil\\w*|imitat\\w*)\\b[^.;]{0,60}\\b(?:a fraction of the (?:cost|price)|for a fraction)\\b`,
      ),
      re(
        `\\b(?:forc\\w*|push\\w*|pressur\\w*|compel\\w*) (?:the )?(?:[\\w-]+ ){0,2}(?:leaders?|incumbents?|labs?|giants?|vendors?|providers?|rivals?|them|it) to (?:cut|slash|lower|halve|match) (?:their |its )?prices\\b`,
      ),
      re(
        `\\bonce (?:took|cost|required|needed|demanded)\\b[^.;]{0,60}\\b(?:now|today|can now)\\b[^.;]{0,40}\\b(?:fraction|few (?:thousand|million|hundred)|millions|thousands|afternoon|weekend|laptop)\\b`,
      ),
      re(
        `\\b(?:nothing|little) (?:to )?(?:stop|stops|prevent|prevents|keep|keeps) (?:a |the |its )?(?:customers?|users?|buyers?|clients?|developers?)\\b[^.;]{0,20}\\b(?:from )?(?:moving|switching|leaving|defecting|walking)\\b`,
      ),
    ],
    examples: {
      match: [
        'The technology spreads so fast that no firm can hold on to a technical lead.',
        'A small team can distil much of a large model’s skill at a fraction of the cost.',
        'Cheaper rivals are forcing the leaders to cut their prices.',
        'What once took a billion-dollar budget can now be done for a few million.',
        'There is little to stop a customer from moving to a cheaper model tomorrow.',
      ],
      noMatch: ['The lab kept its lead engineer for another year.'],
    },
  },
  {
    id: 'open-points-behind',
    group: 'open-source-parity',
    description:
      'Says open models score so many points lower than closed ones, or are consistently behind the state of the art.',
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
      re(
        `\\b${OPEN}\\b[^.;]{0,60}\\b\\d+(?:\\.\\d+)? (?:percentage )?points? (?:lower|behind|below|worse|short)\\b`,
      ),
      re(
        `\\b${OPEN}\\b[^.;]{0,40}\\b(?:consistently|still|always|persistently|well|far|clearly) (?:behind|short of|below) (?:the )?(?:state of the art|frontier|best|leaders?|top)\\b`,
      ),
    ],
    examples: {
      match: [
        'Open models score 20 points lower than the leading closed system on the agent test.',
        'Open-weight releases are consistently behind the state of the art.',
      ],
      noMatch: ['Open-weight models scored 20 points higher than last year.'],
    },
  },
];
