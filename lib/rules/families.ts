// Market-structure rules, round 3: families of phrasing the guide's definitions cover but the
// earlier rounds did not — start-ups shutting down or selling out, roll-ups, vertical integration,
// licence-and-hire deals, the giants taking stakes in labs, market-share figures and their moves,
// a single supplier selling most of something; on the other side, new labs launching, capability
// spreading, rivals joining the race, buyers spreading spend across vendors. For moats: rivals who
// cannot get or lack what a leader has, lock-in by reluctance, leads nobody can hold, copying at a
// fraction of the cost, prices forced down. For parity: open models some points behind.
// Each lexicon below is a list of a journalist's words for one idea, written from claims.md.

import { alt, re } from './pattern';
import type { Rule } from './types';

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
  'wind(?:s|ing)? down',
  'folded into',
  'absorbed into',
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
const MOST_OF = `(?:most|nearly all|almost all|virtually all|the bulk|the majority|the lion's share|(?:about |roughly |nearly |almost |more than |over |a little over |just over |some )?(?:half|two-thirds|three-quarters|two thirds|three quarters)|(?:about |roughly |nearly |almost |more than |over |some )?(?:[5-9]\\d|100)\\s?(?:%|per ?cent|percent)) of(?! (?:its|their|his|her) )`;
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
    hint: /shut|fold|bust|under|wound|wind|closed|out of|sold|sell|fire|parts|shake|culling|shutdowns|closures|failures|bankrupt|exit|absorbed/i,
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
    hint: /roll|vertical|layer|stack|chain|from (?:the )?(?:chip|silicon|hardware|data)/i,
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
    hint: /licen|founder|team|researchers|shell|acqui|but name|another name/i,
    patterns: [
      re(
        `\\blicen[cs]\\w*\\b[^.;]{0,70}\\b(?:hire|hired|hiring|bring|brings|brought|bringing|poach\\w*|recruit\\w*|took on|taking on)\\b[^.;]{0,25}\\b(?:founders?|co-founders?|staff|team|researchers|employees|engineers|chief executive)\\b`,
      ),
      re(
        `\\b(?:bring|brings|brought|bringing|took|taking|poach\\w*|hir(?:e|es|ed|ing)) (?:over |in |across |away )?(?:its |the |their )?(?:founders|co-founders|entire team|whole team|top researchers)\\b`,
      ),
      re(
        `\\b(?:empty|hollow) shell\\b|\\breverse acqui-?hires?\\b|\\b(?:acquisitions?|takeovers?|mergers?|purchases?) (?:in (?:all|everything) but name|by another name)\\b`,
      ),
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
    hint: /stake|equity|backed|bankroll|funded|financed|owned|controlled|shareholder|investor|backer|owner/i,
    patterns: [
      re(
        `\\b(?:took|taken|take|takes|taking|bought|buys|hold|holds|own|owns|acquired) (?:a |large |big |minority |majority |sizeable |significant |multi-?billion[- ]dollar )?stakes? in (?:the |a |an |every |each |most )?(?:[\\w-]+ ){0,3}(?:labs?|start-?ups?|developers?|model makers?|rivals?|AI (?:companies|firms))\\b`,
      ),
      re(
        `\\b(?:giants?|hyperscalers|cloud (?:providers|companies|giants)|big tech)\\b[^.;]{0,40}\\b(?:stakes|equity) in\\b`,
      ),
      re(
        `\\b(?:backed|bankrolled|funded|financed|owned|controlled) by (?:one of )?(?:the )?(?:tech |cloud |big )?(?:giants|hyperscalers|big tech|big (?:two|three|four|five))\\b|\\b(?:giant|hyperscaler|cloud provider)s? as (?:its|their) (?:main |largest |biggest |dominant )?(?:shareholder|investor|backer|owner)s?\\b`,
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
    hint: /most|all|bulk|majority|lion|half|third|quarter|%|per ?cent|club|circle|group|race/i,
    patterns: [
      re(
        `\\b${FEW_SUPPLIERS}\\b[^.;]{0,40}\\b(?:(?:have|has|had|now|already|together|between them) )*(?:reserved|booked|ordered|secured|locked up|bought|buy|spend|spent|receive[sd]?|sells?|sold|supplies|supply|supplied|makes?|made|controls?|owns?|runs?|hosts?|provides?|designs?|captures?|captured|takes?|took|holds?|commands?|gets?|got|earns?|rakes? in|collects?)\\b (?:now )?${MOST_OF}\\b`,
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
    hint: /share/i,
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
    hint: /share|more than/i,
    patterns: [
      re(`\\b(?:market )?share\\b(?! price)[^.;]{0,40}\\b${SHARE_DOWN}\\b`),
      re(
        `\\b(?:los(?:e|es|ing|t)|ced(?:e|es|ed|ing)|giv(?:e|es|ing)|gave) (?:up )?(?:market )?share (?:to|as)\\b`,
      ),
      re(
        `\\b(?:take|takes|taking|took|win|wins|winning|won|grab\\w*|steal\\w*|chip\\w* away) (?:market )?share (?:from|away from)\\b|\\bno (?:single )?(?:vendor|company|firm|lab|player|provider|supplier) (?:holds?|has|controls?|commands?|owns?) more than\\b`,
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
    hint: /new|join|enter|left|leave|quit|go(?:es)? on|more|spread|diffus|prolif|dispers|trickl|split|divid|shift|several|multiple|many|range/i,
    patterns: [
      re(
        `\\bnew (?:[\\w-]+ )?(?:labs|start-?ups|companies|entrants|players|challengers|rivals|model makers|competitors|firms|providers)\\b[^.;]{0,30}\\b(?:launch\\w*|appear\\w*|emerg\\w*|spring\\w* up|sprang up|pop\\w* up|arriv\\w*|are founded|being founded|keep coming|every (?:week|month|quarter))\\b`,
      ),
      re(`\\b(?:join\\w*|enter\\w*|entering) (?:the )?(?:race|fray|field|contest|competition|market)\\b`),
      re(
        `\\b(?:left|leave|leaves|leaving|quit|quitting)\\b[^.;]{0,40}\\bto (?:found|start|launch|set up|build) their own\\b|\\bgo(?:es)? on to (?:found|start|launch|set up) (?:new |their own |the next )`,
      ),
      re(
        `\\bmore (?:of (?:those|these|them) |such |new )?(?:[\\w-]+ )?(?:labs|start-?ups|companies|firms|model makers|providers|vendors)\\b[^.;]{0,15}\\bevery (?:week|month|quarter|year)\\b`,
      ),
      re(
        `\\b(?:capabilit\\w*|know-how|expertise|technology|skills|power|talent|funding|money|capital|investment|spending)\\b[^.;]{0,40}\\b(?:spread\\w*|diffus\\w*|proliferat\\w*|dispers\\w*|trickl\\w* down)\\b[^.;]{0,25}\\b(?:to|among|across|around|beyond|through)\\b`,
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
    hint: /rival|competitor|challenger|newcomer|start-?up|other (?:lab|firm|compan)|nobody else|no one else|others|smaller/i,
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
    hint: /reluctant|unwilling|loath|loth|slow|afraid|rarely|seldom|hardly ever|(?:hard|difficult|tough|impossible) for|back into|the more/i,
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
    hint: /lead|edge|advantage|fraction|prices|once|stop|prevent|keep/i,
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
    hint: /point|behind|short of|below/i,
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
  {
    id: 'same-few-collect',
    group: 'consolidation-concentration',
    description:
      'Says the same few companies end up with the money, the capacity or the winners’ places, or that buyers cut their vendors to a few.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    hint: /same|to the|with the|to (?:few|two|three|four|handful|people|compan|owners)|winners|vendors|suppliers|providers|researchers|engineers|scientists|talent|queue|scraps|leftovers|crumbs|remains|left|outside|without|took|take|hold|control|account|captur|booked|reserved|own|sell|sold/i,
    patterns: [
      re(
        `\\bthe same (?:two|three|four|five|six|few|handful of) (?:(?:[\\w-]+ ){0,2}(?:companies|firms|labs|players|giants|landlords|clouds|providers|vendors|suppliers|buyers|hyperscalers|names)\\b|[.,;])|\\bthe same (?:companies|firms|giants|players|names) (?:that|who) (?:dominat|control|own|ran|run)\\w*`,
      ),
      re(
        `\\b(?:flows?|goes|go|accrues?|sits?|ends? up|pools?) (?:to|with) (?:the )?(?:same )?(?:few|two|three|four|handful|people who own|companies that own|owners of)\\b`,
      ),
      re(
        `\\b(?:its|the|their) (?:two|three|four|five) winners\\b|\\bpick(?:ed|s|ing)? (?:its|the|their) winners\\b`,
      ),
      re(
        `\\b(?:cut\\w*|reduc\\w*|trim\\w*|narrow\\w*|shrink\\w*) (?:the number of )?(?:[\\w-]+ ){0,2}(?:vendors|suppliers|providers) (?:they|it|we) (?:pay|use|buy from|work with)\\b`,
      ),
      re(
        `\\bpa(?:y|ys|ying|id) (?:[\\w-]+ ){0,2}(?:researchers|engineers|scientists|talent)\\b[^.;]{0,20}\\b(?:like (?:football|sports|film|movie|rock|pop) stars|fortunes|(?:tens of |hundreds of )?millions)\\b`,
      ),
      re(
        `\\b(?:the rest(?: of us| of the (?:field|market|industry))?|everyone else|smaller (?:labs|firms|players|developers|buyers|rivals))\\b[^.;]{0,40}\\b(?:queue|scraps|leftovers|crumbs|what remains|whatever remains|what is left|whatever is left|back of the line)\\b`,
      ),
      re(
        `\\b(?:anyone|nobody|no one|buyers|customers|companies|labs) outside (?:of )?(?:the )?(?:largest|biggest|richest|big (?:two|three|four|five)|top (?:two|three|four|five)|a (?:few|handful)|(?:two|three|four|five|six)(?: or (?:three|four|five|six|seven))?) (?:[\\w-]+ )?(?:companies|labs|firms|players|clouds|buyers|giants)\\b`,
      ),
      re(
        `\\bwithout (?:cash|money|funding|credits|capital|compute|chips|help|backing)\\b[^.;]{0,30}\\bfrom (?:one of )?the (?:big )?(?:two|three|four|five|few|giants|hyperscalers)\\b`,
      ),
    ],
    // a list of names ("Amazon, Microsoft and Google took 63% of…") needs case: capitals mark the
    // names, so it is a check rather than one more case-insensitive pattern
    check: (s) => NAMED_FEW_TAKE_MOST.test(s),
    examples: {
      match: [
        'However the model contest ends, the profits go to the same four hyperscalers.',
        'Every time supply grows, the same four companies buy most of it.',
        'Big enterprises are trimming the AI suppliers they use down to two or three.',
        'Smaller developers fight over whatever is left after the giants have ordered.',
        'Amazon, Microsoft and Google together took about 65% of AI cloud spending.',
      ],
      noMatch: ['The same three engineers wrote the report on Friday.'],
    },
  },
  {
    id: 'exits-seed-new-firms',
    group: 'consolidation-entry',
    description: 'Says each failure or departure seeds new companies: the field refills.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      // outvotes the shutdown or sale the sentence starts from
      vote: 3,
      onNegation: 'flip',
    },
    hint: /seed|spawn|rise to|breed|bred/i,
    patterns: [
      re(
        `\\b(?:seeds?|seeded|spawns?|spawned|gives? rise to|gave rise to|breeds?|bred) (?:a |an |the )?(?:[\\w-]+ ){0,4}?(?:companies|start-?ups|labs|firms|spin-?offs|rivals|competitors)\\b`,
      ),
    ],
    examples: {
      match: ['Each shutdown seeds two or three new start-ups, an investor said.'],
      noMatch: ['The fund seeded its first investment in 2019.'],
    },
  },
  {
    id: 'cannot-get-near',
    group: 'moat-advantage',
    description:
      'Says others will never get near what a leader has, cannot download or swap it, that entry is steep, or names a scale, brand or default-placement edge.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      onNegation: 'keep',
    },
    hint: /never|cannot|can't|could not|couldn't|steep|high|rising|soaring|prohibitive|entry|admission|capital|money|scale|rich|behind|discount|priority|first in line|front of|what the|by name|household|brand|default|already there|nobody|no one|no customer|few customers/i,
    patterns: [
      re(
        `\\b(?:will|would|could|can) never (?:get near|get close to|get over|get past|catch up|match|afford|reach|climb|compete with)\\b`,
      ),
      re(
        `\\b(?:rivals?|competitors?|challengers?|newcomers?|start-?ups?) (?:cannot|can't|could not|couldn't|will never be able to|can never) (?:download|buy|copy|replicate|obtain|clone)\\b`,
      ),
      re(`\\b(?:could not|couldn't|cannot|can't) (?:swap|replace|rip out|switch away from)\\b`),
      re(
        `\\b(?:steep|high|higher|rising|soaring|prohibitive)\\b[^.;]{0,30}\\b(?:entry ticket|price of (?:entry|admission)|cost of entry|ticket to (?:enter|play|compete))\\b|\\b(?:entry ticket|price of entry|cost of entry|price of admission)\\b[^.;]{0,40}\\b(?:steep|high|rising|risen|soar\\w*|climb\\w*)\\b`,
      ),
      re(
        `\\b(?:capital|money|scale)[- ](?:game|contest)\\b|\\bcapital[- ]intensive\\b|\\brich (?:man's|men's|company's) (?:game|club|sport)\\b`,
      ),
      re(
        `\\b(?:years?|generations?|steps?) behind (?:Nvidia|TSMC|the (?:market )?leaders?|the incumbents?|the leading (?:chips?|firms?|labs?|suppliers?))\\b`,
      ),
      re(
        `\\b(?:volume discounts?|priority access|first in line|front of the (?:queue|line))\\b|\\b(?:above|more than|higher than|over) what (?:the )?(?:largest|biggest|big) (?:buyers|customers|companies|clouds|labs) pay\\b`,
      ),
      re(
        `\\bask for (?:it |them )?by name\\b|\\bhousehold names?\\b|\\bbrand (?:recognition|loyalty)\\b|\\b(?:switched on|installed|turned on|built in|set) by default\\b|\\bdefault (?:settings?|placement|position|status)\\b|\\b(?:whatever|what) (?:is|was|'s) (?:already there|pre-?installed|the default)\\b`,
      ),
      re(
        `\\b(?:nobody|no one|no customer|few customers)\\b[^.;]{0,10}\\b(?:moves?|switch\\w*|migrat\\w*|swaps?)\\b[^.;]{0,40}\\bfrom one\\b`,
      ),
    ],
    examples: {
      match: [
        'Those clusters are something a small lab like ours will never get close to.',
        'What the survivors have is something a richer rival cannot download.',
        'Frontier training has become a capital game for a few giants.',
        'The price of entry to frontier AI has become steep.',
        'Its assistant comes switched on by default on every phone it sells.',
      ],
      noMatch: ['We will never forget the launch party.'],
    },
  },
  {
    id: 'premium-squeezed',
    group: 'moat-commodity',
    description:
      'Says vendors have little room to charge a premium, cut prices to hold customers, swap models unnoticed, that supply is loosening or leads last weeks.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
    },
    hint: /room|price|pricing|swap|from one|supply|shortage|bottleneck|scarcity|queue|defend|resell|rent|stay|remain|is (?:the best|ahead|on top|in front)|matched|copied|equalled|replicated|cloned/i,
    patterns: [
      re(`\\b(?:little|no|less) room (?:left )?to (?:charge|raise prices|command|demand)\\b`),
      re(
        `\\b(?:cut|cuts|cutting|slash\\w*|lower\\w*) (?:their |its )?prices to (?:hold on to|keep|retain|win|stop)\\b|\\bpricing power (?:is|looks|seems|has become|has grown) (?:\\w+ )?(?:thinner|weaker|smaller|limited|gone|fading|shrinking)\\b`,
      ),
      re(
        `\\bswapp?(?:ed|ing)? (?:out )?(?:the|our|their|its|a) (?:[\\w'-]+ ){0,2}(?:model|models|provider|vendor)\\b[^.;]{0,60}\\b(?:never noticed|nobody noticed|no one noticed|didn't notice|did not notice|without (?:anyone|a single)|twice|overnight)\\b`,
      ),
      re(
        `\\bfrom one (?:model |provider |vendor )?to (?:the other|another)\\b[^.;]{0,25}\\b(?:a |an |just |only )?(?:menu choice|click|drop-down|setting|toggle|checkbox)\\b`,
      ),
      re(
        `\\b(?:supply|shortage|bottleneck|scarcity|queues?)\\b[^.;]{0,25}\\b(?:loosen\\w*|eas(?:e|es|ed|ing)|abat\\w*)\\b`,
      ),
      re(
        `\\bprices? of (?:the |a |an )?[^.;]{0,50}\\b(?:models?|tokens?|APIs?|access|inference)\\b[^.;]{0,30}\\b(?:fallen|fell|dropped|plunged|halved|collapsed|tumbled)\\b`,
      ),
      re(
        `\\b(?:little|nothing|not much|never had much) to defend\\b|\\bresell\\w* (?:someone else's|another company's|other people's|a rival's)\\b|\\brents? (?:its|their) (?:intelligence|brains|models?) from\\b`,
      ),
      re(
        `\\b(?:stays?|stayed|remains?|is) (?:the best|ahead|on top|in front) (?:for )?(?:only |about |just |a few |roughly )?(?:\\w+ )?(?:weeks|days)\\b`,
      ),
      re(
        `\\b(?:rivals|competitors|challengers|others|two|three|four|several) (?:rivals |competitors |labs )?(?:have |had )?(?:matched|copied|equalled|replicated|cloned) (?:it|them)\\b`,
      ),
    ],
    examples: {
      match: [
        'Such cheap models leave incumbents with less room to charge extra.',
        'The bank swapped out its chatbot’s underlying model overnight, and customers never noticed.',
        'If chip supply loosens next year, smaller labs will finally get clusters.',
        'The price of access to the leading model dropped by two-thirds within months.',
        'By the autumn, three rivals had matched it.',
      ],
      noMatch: ['The shop cut its prices for the holiday season.'],
    },
  },
  {
    id: 'open-good-enough-cheap',
    group: 'open-source-parity',
    description:
      'Says open models handle most work, cost a fraction of a closed API, rank among the best, trail by a few months at most, or that work moves off paid APIs.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 3,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    hint: /handle|cover|manage|serve|do|cost|tenths|90|most of the|among|at most|off|away from|close enough|within/i,
    patterns: [
      re(
        `\\b${OPEN}\\b[^.;]{0,80}\\b(?:handle|handles|cover|covers|manage|serve|serves|do|does) (?:most|the bulk|nearly all|almost all|the majority|nine-tenths) of\\b`,
      ),
      re(
        `\\b${OPEN}\\b[^.;]{0,80}\\bcosts? (?:only |just |typically |about )?(?:a fraction|a tenth|a tiny fraction|far less|much less|less than half)\\b`,
      ),
      re(`\\b(?:nine-tenths|90 per cent|90%|most) of the (?:quality|performance|capability|ability)\\b`),
      re(`\\b${OPEN}\\b[^.;]{0,60}\\bamong (?:its |the )?(?:top|best|ten best|five best|leading)\\b`),
      re(`\\bby (?:a few|two|three|four|six|several|\\w+) (?:weeks|months) at most\\b`),
      re(
        `\\b(?:move|moves|moving|moved|shift\\w*|migrat\\w*) (?:[\\w-]+ ){0,3}(?:off|away from) (?:the )?(?:paid|closed|proprietary) (?:APIs?|models?|services?|vendors?)\\b`,
      ),
      re(`\\bclose enough (?:that|for)\\b`),
      re(
        `\\bwithin (?:a few|one|two|three|four|five)(?: or (?:two|three|four|five|six))? (?:percentage )?points\\b`,
      ),
    ],
    examples: {
      match: [
        'Open-weight models now cover most of the routine requests a help desk gets.',
        'Self-hosting an open-weight model costs a fraction of a closed API.',
        'Open releases are behind the closed leaders by two months at most.',
        'Finance teams are shifting everyday jobs away from the proprietary APIs.',
      ],
      noMatch: ['The open office handles most of the calls.'],
    },
  },
  {
    id: 'open-stays-behind',
    group: 'open-source-parity',
    description:
      'Says closed labs will stay a year ahead, are not yet beatable, or open models will settle behind for good.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    hint: /ahead|beatable|unmatched|untouchable|out of reach|behind|never the best|gap/i,
    patterns: [
      re(
        `\\b(?:closed|proprietary|frontier) (?:labs|models|systems|vendors|leaders)\\b[^.;]{0,40}\\b(?:a|another|one|two|\\w+) (?:year|years|months?|generation|step)s? ahead\\b`,
      ),
      re(`\\b(?:not (?:yet )?beatable|unbeatable|unmatched|untouchable|out of reach)\\b`),
      re(
        `\\b(?:settle|stay|remain|stuck)\\w* (?:about |roughly |some )?(?:a|one) (?:year|generation|step)(?: or so)? behind\\b|\\bnever the best\\b`,
      ),
      re(`\\bgap (?:is|has become|looks|stays|remains) (?:much |far |still )?(?:wider|bigger|larger)\\b`),
    ],
    examples: {
      match: [
        'The closed labs say they will be another year ahead by then.',
        'For hour-long agent jobs, proprietary systems remain unbeatable.',
        'Open models could settle about a year behind, good enough but never the best.',
      ],
      noMatch: ['The team was a year ahead of schedule.'],
    },
  },
  {
    id: 'power-to-the-few',
    group: 'consolidation-concentration',
    description:
      'Says power or money shifts to those who own the chips, the few are left standing, rivals are reduced to bit players, or big money starves the rest.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    hint: /toward|to the|to whoever|to those|to compan|to (?:few|handful|owners|giants|incumbents|biggest|largest|richest)|standing|to be left|surviv|reduced to|bit players|oxygen|air|starv|drain|suck|pil|combined|put together|raised|attracted|received|got|took|captured/i,
    patterns: [
      re(
        `\\b(?:power|control|leverage|money|capital|influence)\\b[^.;]{0,20}\\b(?:shift\\w*|mov\\w*|flow\\w*|tilt\\w*|swing\\w*) (?:toward|towards|to) (?:the )?(?:companies|firms|those|whoever|owners?|giants|incumbents|biggest|largest|richest|few|handful)\\b`,
      ),
      re(
        `\\b(?:only|just) (?:two|three|four|five|a few|a handful)\\b[^.;]{0,40}\\b(?:left standing|to be left|to survive|will survive|survivors)\\b`,
      ),
      re(`\\breduced to (?:niche|bit|minor|marginal|walk-on) (?:players|parts|roles)\\b|\\bbit players\\b`),
      re(
        `\\b(?:suck\\w*|starv\\w*|drain\\w*) (?:the )?(?:oxygen|air|capital|money|funding) (?:out of|from)\\b|\\bpil(?:e|es|ed|ing) into the same\\b`,
      ),
      re(
        `\\bmore\\b[^.;]{0,30}\\bthan (?:the rest of the (?:industry|market|field|sector)|everyone else|all (?:the )?other [\\w-]+)(?: [\\w-]+){0,2} (?:combined|put together)\\b`,
      ),
      re(
        `\\b(?:the )?(?:top|five|four|three|biggest|largest|best-funded|richest) (?:[\\w-]+ ){0,2}(?:start-?ups|labs|companies|firms|developers)\\b[^.;]{0,20}\\b(?:raised|attracted|received|got|took|captured) (?:more than |over |nearly |almost |about )?(?:half|two-thirds|three-quarters|most|the bulk|[4-9]\\d ?(?:%|per ?cent))\\b`,
      ),
    ],
    examples: {
      match: [
        'Control of the industry is moving to whoever owns the data centres.',
        'Analysts expect only three or four model makers to be left standing by 2030.',
        'Once-promising labs have been reduced to bit players.',
        'Huge rounds for the leaders are starving the oxygen from everyone else.',
        'The biggest labs spend more on chips than all the other developers combined.',
      ],
      noMatch: ['The storm moved to the coast overnight.'],
    },
  },
  {
    id: 'field-opens',
    group: 'consolidation-entry',
    description:
      'Says the market is opening up, the giants’ grip is weaker than it looks, challengers win business from incumbents, several credible rivals exist, or more players build their own models.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 3,
      onNegation: 'flip',
    },
    hint: /open|for grabs|anyone's|grip|dominance|stranglehold|monopoly|hegemony|win|won|tak|took|grab|steal|several|many|number of|dozen|multiple|host|crop|raft|slew|flood|swarm|eat|competitive|from (?:two|three|four|five|a)|own/i,
    patterns: [
      re(
        `\\b(?:market|field|industry|sector|race)\\b[^.;]{0,30}\\b(?:opening up|opened up|wide open|up for grabs|anyone's (?:game|race))\\b`,
      ),
      re(
        `\\b(?:grip|dominance|stranglehold|monopoly|hegemony)\\b[^.;]{0,30}\\b(?:weaker|looser|more fragile|fragile|overstated|slipping|loosening)\\b`,
      ),
      re(
        `\\b(?:start-?ups|challengers|newcomers|upstarts|smaller (?:labs|firms|rivals|players))\\b[^.;]{0,20}\\b(?:winning|win|won|taking|take|took|grabbing|stealing)\\b[^.;]{0,60}\\b(?:from|(?:once |used to )?(?:went|go|going|gone)(?: \\w+)? to|away from) (?:the )?(?:incumbents|giants|leaders|big)\\b`,
      ),
      re(
        `\\b(?:several|many|a number of|a dozen|dozens of|multiple|a growing number of) (?:credible|serious|capable|viable|competitive|strong|well-funded) (?:[\\w-]+ ){0,2}(?:developers|labs|companies|players|rivals|competitors|challengers|contenders|alternatives|providers|start-?ups)\\b|\\b(?:a host|a crop|a raft|a slew|a flood|a swarm|a growing number) of (?:[\\w-]+ ){0,2}(?:start-?ups|challengers|rivals|newcomers|labs|developers)\\b`,
      ),
      re(`\\beat(?:s|ing|en)? into (?:the )?(?:[\\w'-]+ )?(?:market )?(?:share|dominance)\\b`),
      re(`\\b(?:more|increasingly|ever more) competitive\\b`),
      re(
        `\\bfrom (?:two|three|four|five|a handful|a few) to (?:more than |over |nearly |about |roughly )?(?:ten|twelve|fifteen|twenty|thirty|fifty|dozens|hundreds|\\d{2,})\\b`,
      ),
      re(
        `\\b(?:build|building|builds|train|training|trains|develop\\w*) (?:their|its) own (?:[\\w-]+ ){0,2}(?:models?|LLMs?|chips|accelerators)\\b`,
      ),
    ],
    examples: {
      match: [
        'The chip market is opening up as a host of start-ups challenge the leader.',
        'The giants’ grip on the chatbot market is weaker than it looks.',
        'Start-ups are winning contracts that used to go straight to the incumbents.',
        'Europe now has several credible model developers of its own.',
        'The number of labs at the frontier went from three to more than ten.',
      ],
      noMatch: ['The new store is opening on Friday.'],
    },
  },
  {
    id: 'more-deals-coming',
    group: 'consolidation-deals',
    description:
      'Says deals come in waves or more are on the way: buying up AI firms is a pattern, not one event.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    hint: /deals|acqui|takeover|merger|buyout|purchases/i,
    patterns: [
      re(
        `\\b(?:more|further|another (?:wave|round) of|a (?:wave|string|spate|flurry|run) of) (?:such |similar )?(?:[\\w-]+ )?(?:deals|acquisitions|takeovers|mergers|buyouts|acqui-?hires|purchases)\\b`,
      ),
    ],
    examples: {
      match: [
        'Bankers expect more such deals as cash-poor AI start-ups look for buyers.',
        'The cloud group has made a string of acquisitions of small model labs.',
      ],
      noMatch: [
        'The company gave more details of the deal on Tuesday.',
        'The cloud group bought a small model lab last year.',
      ],
    },
  },
  {
    id: 'one-firm-alone',
    group: 'consolidation-concentration',
    description: 'Says a single company on its own holds, buys or sells a large part of a market.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    hint: /alone|by itself|on its own/i,
    patterns: [
      re(
        `\\b(?:alone|by itself|on its own) (?:now |already |still )?(?:has |had )?(?:holds?|held|sells?|sold|controls?|controlled|accounts? for|accounted for|booked|books|buys?|bought|supplies|supplied|makes|made|owns|captured|takes|took)\\b[^.;]{0,30}?${MOST_OF}`,
      ),
    ],
    examples: {
      match: ['Nvidia alone sold about 80 per cent of the accelerators used for training last year.'],
      noMatch: ['The lab alone sold its shares in the chip designer.'],
    },
  },
];

/** Two or three names, a share verb, then most of something or a share of at least 40%. */
const NAMED_FEW_TAKE_MOST =
  /\b[A-Z][\w.-]+(?: [A-Z][\w.-]+)?(?:, [A-Z][\w.-]+(?: [A-Z][\w.-]+)?)* and [A-Z][\w.-]+(?: [A-Z][\w.-]+)? (?:(?:together|between them|alone|now|have|has) )*(?:took|take|takes|hold|holds|control|controls|account for|accounted for|captured|capture|booked|reserved|own|owns|sell|sold) (?:about |roughly |nearly |almost |more than |over |some )?(?:[4-9]\d(?:\.\d)?\s?(?:%|per cent|percent)|half|two-thirds|three-quarters|most|the bulk) of\b/;
