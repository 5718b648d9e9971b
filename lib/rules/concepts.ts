// Concept rules built from lexicons rather than fixed phrases: an advantage noun next to a verb of
// strength or decay, a cost noun next to a verb of rising or falling, a few-players phrase next to
// a verb of control, the open or closed side as the subject of a comparison. Each lexicon is a
// list of words a journalist might use for one idea (claims.md), so new wordings of the same idea
// fire without a rule per phrase. Where the cue word is not the start of the match, a named group
// `cue` marks it: negation is read in front of the cue ("no longer have a lead over open ones").

import { alt, re } from './pattern';
import { LEVEL_POINTS, openMinusClosed } from './scores';
import type { Rule } from './types';

const GAP = '[^.;?!]{0,40}?';
/** What is bought in a deal that changes market structure (not chips, customers or data). */
const DEAL_TARGETS =
  'start-?ups?|labs?|compan(?:y|ies)|firms?|developers?|makers?|rivals?|competitors?|businesses|teams?|stakes?|outfits?|unicorns?|challengers?|independents?|providers?';

/** Nouns for a firm's advantage over rivals. */
const ADVANTAGE = alt([
  'moats?',
  'advantages?',
  'head ?starts?',
  'pricing power',
  'differentiation',
  'dominance',
  'incumbency',
  'leverage',
  'first-mover \\w+',
  "(?:its|their|the|a|an|'s|'|any) (?:[\\w-]+ )?(?:lead|edge|hold|grip|stranglehold|defen[cs]e|position)",
]);
/** Words that say an advantage holds, grows or is hard to overcome. */
const HOLDS = alt([
  'durable',
  'lasting',
  'widen\\w*',
  'deepen\\w*',
  'tighten\\w*',
  'compound\\w*',
  'strengthen\\w*',
  'entrench\\w*',
  'formidable',
  'decisive',
  'insurmountable',
  'unassailable',
  'self-reinforcing',
  '(?:only )?(?:grown|grows|growing)',
  'hard to (?:erase|match|beat|copy|close|overcome|dislodge)',
  'getting (?:wider|deeper|bigger|stronger)',
  '(?:stronger|firmer|tighter|more secure) than ever',
]);
/** An advantage named as the real one ("its real defence is…"). */
const TRUE_ADV =
  '(?:real|true|biggest|strongest|greatest|lasting|durable|decisive) (?:moat|defen[cs]e|advantage|edge|protection)';
/** Words that say an advantage is shrinking, short-lived or gone. */
const FADES = alt([
  'shrink\\w*',
  'shrank',
  'shrunk',
  'wiped out',
  'vanish\\w*',
  'evaporat\\w*',
  'erod\\w*',
  'fad(?:es|ed|ing)',
  'slipp\\w*',
  'slips?',
  'narrow(?:s|ed|ing)',
  'disappear\\w*',
  'fleeting',
  'short-lived',
  'never been shorter',
  'lasted (?:only |just |mere )?(?:days|weeks|a week|a month|months|a quarter)',
  'less durable',
  'illusory',
  'melt\\w*',
  'wan(?:es|ed|ing)',
  'dwindl\\w*',
  'weaken\\w*',
  'collaps\\w*',
  'worth less',
  'gone',
]);
/** Others who would have to catch up. */
const OTHERS = alt([
  'others',
  'rivals',
  'competitors',
  'challengers',
  'newcomers',
  'new entrants',
  'latecomers',
  'nobody(?: else)?',
  'no one(?: else)?',
  'anyone else',
  'no (?:newcomer|rival|challenger|competitor|start-?up|lab|company)',
  'its rivals',
  'a challenger',
  'a rival',
  'a newcomer',
  'smaller (?:labs|firms|players|rivals|companies)',
  '(?:money|cash|capital) alone',
]);
const CANNOT = alt([
  'cannot',
  "can't",
  'can not',
  'could not',
  "couldn't",
  'will struggle to',
  'would struggle to',
  'struggle to',
  'would need (?:years|a decade|billions) to',
  'would take years to',
]);
const GET = alt([
  'buy',
  'get',
  'match',
  'touch',
  'copy',
  'replicate',
  'afford',
  'catch up',
  'rebuild',
  'reproduce',
  'erase',
  'beat',
  'access',
  'obtain',
  'secure',
  'compete',
  'keep up',
  'fix',
]);
/** What it costs to play at the frontier. */
const COST = alt([
  'costs?',
  'prices?',
  'bills?',
  'fees?',
  'ticket',
  'price tag',
  'entry price',
  'capital (?:required|needed|requirements?)',
  'budgets?',
]);
const RISES = alt([
  'ris(?:e|es|ing|en)',
  'rose',
  'climb\\w*',
  'soar\\w*',
  'balloon\\w*',
  'explod\\w*',
  'doubl\\w*',
  'skyrocket\\w*',
  'ten times',
  'tenfold',
  'measured in (?:billions|the billions)',
  'keeps? (?:rising|climbing|growing)',
]);
const FALLS = alt([
  'collaps\\w*',
  'plung\\w*',
  'plummet\\w*',
  'fall(?:s|ing|en)?',
  'fell',
  'tumbl\\w*',
  'crash\\w*',
  'halv\\w*',
  'dropp(?:ed|ing)',
  'drops?',
  'crater\\w*',
  'sink\\w*',
  'sank',
  'cut by',
  'down (?:by )?\\d+',
  'a fraction of what',
]);
const AI_COST_OBJECT =
  '(?:training|inference|tokens?|compute|chips?|GPUs?|models?|APIs?|intelligence|capabilit\\w+|frontier|a (?:frontier|training) run|data cent\\w+|accelerators?)';
/** Phrases naming only a few players. */
const FEW = alt([
  'a few',
  'a handful of',
  'two',
  'three',
  'four',
  'the big (?:two|three|four|five)',
  'one of (?:two|three|four|five|a few|a handful of)',
  'a small (?:group|club|number) of',
  'a tiny (?:group|club|number) of',
  'trillion-dollar',
  'the (?:largest|biggest|richest|wealthiest|top)',
]);
const PLAYERS = alt([
  'companies',
  'firms',
  'labs',
  'players',
  'employers',
  'giants',
  'hyperscalers',
  'clouds',
  'suppliers',
  'providers',
  'incumbents',
  'corporations',
  'groups',
  'platforms',
  'chipmakers',
  'vendors',
  'tech (?:giants|companies|firms)',
]);
const STAKES = alt([
  'power',
  'control',
  'capital',
  'money',
  'talent',
  'researchers',
  'spending',
  'profits?',
  'market share',
  'revenue',
  'compute',
  'influence',
  'wealth',
  'value',
  'investment',
  'funding',
]);
const OPEN = alt([
  'open[- ]?(?:source|weights?)(?: models?| releases?| systems?| LLMs?)?',
  'open (?:models?|releases?|systems?|ones|alternatives?|community|projects?|labs?)',
  'Llama[\\w.-]*',
  'Mistral',
  'DeepSeek',
  'Qwen',
  'Gemma',
  'free models?',
  '(?:downloadable|community|freely available|self-hosted) (?:models?|weights|releases?|systems?)',
]);
const CLOSED = alt([
  'closed(?:[- ]source)? (?:models?|systems?|labs?|ones|leaders?|frontier|rivals|AI|counterparts|competitors|offerings|APIs?)',
  'proprietary (?:models?|systems?|labs?|ones|leaders?|frontier|rivals|AI|counterparts|competitors|offerings|APIs?|state of the art)',
  'paid (?:models?|APIs?|services?|ones|systems)',
  'commercial (?:models?|systems?|labs?)',
  'the (?:big|frontier|leading) labs',
  '(?:API-only|hosted|frontier|closed-weight) (?:models?|systems?|offerings|leaders?)',
]);
const CLOSED_WINS = alt([
  'better',
  'stronger',
  'ahead',
  'leads?',
  'superior',
  'outperform\\w*',
  'outscor\\w*',
  'beat\\w*',
  'more capable',
  'the edge',
]);
const OPEN_WINS = alt([
  'match(?:es|ed|ing)?',
  'equal(?:s|led|ed|ling|ing)?',
  'drawn (?:even|level)',
  'draw(?:s|ing)? (?:even|level)',
  'level with',
  'on (?:a )?par',
  'as well as',
  'just as well',
  'as good as',
  'competitive with',
  'tops?',
  'topp(?:ed|ing)',
  'ahead of',
  'beat(?:s|ing)?',
  'outperform\\w*',
  'outscor\\w*',
  'rival(?:s|led|ed|ling|ing)?',
  'nipping at (?:the |their )?heels',
  '(?:close|near|good) enough',
  'close behind',
  'caught up(?! (?:to|with) where)',
  'catch(?:es|ing)? up(?! (?:to|with) where)',
  'does the (?:same )?(?:job|work|thing)',
  'replac\\w*',
  'displac\\w*',
]);

export const CONCEPT_RULES: readonly Rule[] = [
  {
    id: 'advantage-holds',
    group: 'moat-advantage',
    description:
      'Says an advantage — a lead, an edge, a hold on customers — is durable, growing or hard to overcome.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'flip' },
    patterns: [
      re(`\\b(?<cue>${ADVANTAGE})\\b${GAP}\\b${HOLDS}\\b`),
      re(`\\b${HOLDS} (?:[\\w-]+ ){0,2}?(?<cue>${ADVANTAGE})\\b`),
      re(`\\b(?<cue>${TRUE_ADV})\\b`),
      re(`\\bentrench\\w*\\b`),
      re(
        `\\b(?:the )?more (?:users|usage|data|customers|people)\\b[^.;]{0,50}\\b(?:better|smarter|more)\\b|\\bthe most (?:usage|users|data|customers)\\b[^.;]{0,40}\\bthe most\\b`,
      ),
      re(
        `\\b(?:booked|sold|reserved) (?:out|up)\\b[^.;]{0,40}\\b(?:biggest|largest|richest|few)\\b|\\bleaving (?:little|nothing|scraps|crumbs) for\\b`,
      ),
      re(
        `\\b(?:hard|harder|difficult|impossible|tough)\\b[^.;]{0,20}\\bfor (?:any |a |other |smaller )?(?:[\\w-]+ )?(?:rivals?|competitors?|challengers?|newcomers?|entrants?|others|anyone(?: else)?|start-?ups?) to (?:match|copy|replicate|catch up|compete|enter|dislodge|displace|beat|follow|join)\\b`,
      ),
      re(`\\bkeeps? (?:[\\w-]+ ){0,3}from (?:straying|leaving|switching|defecting|moving|churning)\\b`),
      re(
        `\\b(?:can ?not|can't|no way to|never) (?:win|survive|compete|catch up|keep up|play|enter)\\b[^.;]{0,40}\\bwithout\\b`,
      ),
    ],
    examples: {
      match: [
        'The chipmaker’s grip on developers keeps tightening.',
        'It enjoys a durable head start in voice assistants.',
        'The lab’s true moat is its contracts with governments.',
      ],
      noMatch: ['The firm’s head start has proved fleeting.'],
    },
  },
  {
    id: 'advantage-fades',
    group: 'moat-commodity',
    description: 'Says an advantage is shrinking, short-lived or gone.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.3,
      onNegation: 'flip',
    },
    patterns: [
      re(`\\b(?<cue>${ADVANTAGE})\\b${GAP}\\b${FADES}\\b`),
      re(`\\b${FADES} (?:[\\w-]+ ){0,2}?(?<cue>${ADVANTAGE})\\b`),
    ],
    examples: {
      match: ['The firm’s head start has proved fleeting.', 'Any edge the pioneers had is melting away.'],
      noMatch: ['The chipmaker’s grip on developers keeps tightening.'],
    },
  },
  {
    id: 'others-cannot-follow',
    group: 'moat-advantage',
    description: 'Says rivals, newcomers or anyone else cannot buy, copy or match what a firm has.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.6,
      onNegation: 'keep',
    },
    patterns: [
      re(`\\b${OTHERS}\\b(?: [\\w-]+){0,3}? ${CANNOT} (?:simply |easily |hope to |ever )?${GET}\\b`),
      re(
        `\\b(?:nobody|no one|no (?:newcomer|rival|challenger|competitor|start-?up))(?: else)? (?:can|could) (?:simply |easily |ever )?${GET}\\b`,
      ),
      re(`\\b(?:nobody|no one) else (?:has|have|owns|controls)\\b`),
      re(
        `\\b(?:take|takes|would take|need|needs|would need) (?:a |an )?(?:rival|challenger|newcomer|competitor|start-?up)?\\s?(?:years|a decade|decades|billions)\\b[^.;]{0,40}\\b(?:to )?(?:rebuild|replicate|copy|match|catch up|build)\\b`,
      ),
    ],
    examples: {
      match: [
        'Its chips give it a cost base rivals cannot match.',
        'Nobody else has that much training data.',
      ],
      noMatch: ['Rivals copied the feature within a month.'],
    },
  },
  {
    id: 'nothing-uncopyable',
    group: 'moat-commodity',
    description: 'Says nothing a firm has is beyond a rival’s reach, or nothing stops a newcomer.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 2.5,
      onNegation: 'keep',
    },
    patterns: [
      re(
        `\\b(?:none|nothing|no one|nobody|no (?:lab|company|firm|vendor))\\b[^.;]{0,40}\\b(?:anything|nothing)\\b[^.;]{0,30}\\b(?:cannot|can't|could not) (?:copy|replicate|match|reproduce)\\b`,
      ),
      re(
        `\\bnothing (?:is )?(?:stopping|preventing|to stop) (?:a |an |any )?(?:[\\w-]+ ){0,2}(?:newcomers?|rivals?|competitors?|challengers?|start-?ups?|upstarts?|entrants?|anyone|labs?|teams?)\\b`,
      ),
      re(
        `\\bany (?:[\\w-]+ ){0,2}(?:lab|team|start-?up|company|firm|developer|student|competitor|rival)s? (?:can|could) (?:now )?(?:replicate|copy|build|train|match|reproduce|clone)\\b`,
      ),
    ],
    examples: {
      match: [
        'There is nothing stopping a rival from building the same assistant.',
        'Any competent team can now train a model like it.',
      ],
      noMatch: ['Nobody else has that much training data.'],
    },
  },
  {
    id: 'switching-costly',
    group: 'moat-advantage',
    description: 'Says switching away from a provider is painful, costly or rare.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:switch\\w*|migrat\\w*|ripping|rip|tearing|moving|leaving|changing (?:vendors|providers|models))\\b[^.;]{0,60}\\b(?:costly|painful|expensive|risky|a nightmare|daunting|hard|difficult)\\b`,
      ),
      re(`\\b(?:rarely|seldom|almost never|never) (?:leave|leaves|switch\\w*|churn|defect|move)\\b`),
    ],
    examples: {
      match: [
        'Moving a bank’s records to another AI vendor is painful.',
        'Once signed, enterprise buyers rarely switch.',
      ],
      noMatch: ['Switching between chatbots takes minutes.'],
    },
  },
  {
    id: 'switching-easy',
    group: 'moat-commodity',
    description: 'Says customers can swap one model or provider for another in minutes.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:switch\\w*|swap\\w*|mov\\w*|chang\\w*|hop\\w*|jump\\w*|port\\w*)\\b[^.;]{0,40}\\b(?:takes? (?:an afternoon|minutes|a day|hours|seconds)|(?:one|a single|a) line of code|overnight|in minutes|with a click|trivial(?:ly)?|painless(?:ly)?|costless(?:ly)?|at will)\\b`,
      ),
      re(`\\b(?:hop|hops|hopping|jump|jumps|flit\\w*) (?:to|between) (?:whichever|the cheapest|any)\\b`),
      re(`\\bloyalty\\b[^.;]{0,40}\\b(?:thin|weak|fickle|nonexistent|non-existent|scarce|low)\\b`),
    ],
    examples: {
      match: ['Switching between chatbots takes minutes.', 'Users hop to whichever assistant is cheapest.'],
      noMatch: ['Moving a bank’s records to another AI vendor is painful.'],
    },
  },
  {
    id: 'entry-cost-rising',
    group: 'moat-barriers',
    description:
      'Says what it costs to compete — training, chips, data centres — is rising, pricing out all but a few.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b(?<cue>${COST})\\b[^.;]{0,50}\\b${RISES}\\b`),
      re(`\\b(?:cost|costs|will cost) (?:ten|five|\\d+) times (?:as much|more)\\b`),
    ],
    examples: {
      match: [
        'The price of a frontier training run keeps climbing.',
        'Each new model will cost ten times as much to train.',
      ],
      noMatch: ['The price of AI tokens has collapsed.'],
    },
  },
  {
    id: 'priced-out',
    group: 'moat-barriers',
    description: 'Says the price of entry locks newcomers out, leaving the game to all but a few.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:priced|pricing|prices?) (?:\\w+ ){0,2}out\\b|\\blocks? (?:\\w+ ){0,2}out\\b|\\blocked out\\b`,
      ),
      re(`\\bkeeps? (?:[\\w-]+ ){1,6}out of (?:the game|the race|the market|the running|contention)\\b`),
      re(
        `\\bwall of (?:costs|capital|spending)\\b|\\bmembership fee\\b|\\bclub (?:for|of) the (?:rich|richest|few)\\b`,
      ),
      re(`\\ball but (?:a few|the (?:largest|biggest|richest))\\b`),
    ],
    examples: {
      match: [
        'Chip costs have priced out smaller labs.',
        'The bill for compute keeps most founders out of the race.',
      ],
      noMatch: ['The price of AI tokens has collapsed.'],
    },
  },
  {
    id: 'cheap-to-copy',
    group: 'moat-commodity',
    description:
      'Says what once cost a fortune can now be rebuilt for little, or that capability is cheap and abundant.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.6,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:reproduc\\w*|replicat\\w*|rebuil\\w*|built|build|trained|train|cop(?:y|ied)|matched|cloned)\\b[^.;]{0,30}\\bfor (?:a fraction|a few (?:million|thousand|hundred)|pennies|a tiny fraction|next to nothing|a tenth|a hundredth)\\b`,
      ),
      re(`\\b(?:cheap|abundant|plentiful) and (?:abundant|plentiful|cheap|everywhere)\\b`),
    ],
    examples: {
      match: [
        'A rival reproduced the chatbot for a tenth of the price.',
        'Raw capability is now plentiful and cheap.',
      ],
      noMatch: ['The price of a frontier training run keeps climbing.'],
    },
  },
  {
    id: 'cost-collapsing',
    group: 'moat-commodity',
    description: 'Says the price of AI — tokens, inference, training, building a model — is collapsing.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b(?<cue>${COST})\\b[^.;]{0,40}\\b${FALLS}\\b`),
      re(`\\b${AI_COST_OBJECT}\\b[^.;]{0,20}\\b(?:costs?|prices?)\\b[^.;]{0,30}\\b${FALLS}\\b`),
    ],
    examples: {
      match: [
        'The price of AI tokens has collapsed.',
        'Inference bills for chatbots fell sharply this year.',
      ],
      noMatch: ['The price of a frontier training run keeps climbing.'],
    },
  },
  {
    id: 'copied-fast',
    group: 'moat-commodity',
    description: 'Says rivals replicate or match a breakthrough within weeks or months.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.3,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:replicat\\w*|reproduc\\w*|cop(?:y|ied|ies|ying)|clon\\w*|match(?:ed|es|ing)?|catch(?:es)? up|caught up|shipped something)\\b[^.;]{0,50}\\b(?:within|in|inside|after) (?:a |two |three |four |six |a few |\\d+ )?(?:days|weeks|months|fortnight|a month|a week|a quarter)\\b`,
      ),
    ],
    examples: {
      match: [
        'Rivals copied the feature within a month.',
        'A competitor matched the model within two months.',
      ],
      noMatch: ['Nobody else has that much training data.'],
    },
  },
  {
    id: 'commodity-words',
    group: 'moat-commodity',
    description:
      'Describes models as perishable, low-margin goods competed on price, with no secret to keep.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.3,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\bperishable\\b|\\blow-margin\\b|\\bthin margins?\\b|\\bcompet\\w* (?:on|over) price\\b|\\bon price alone\\b|\\bcheapest (?:this|that|each|every) (?:week|month)\\b|\\bpick\\w* whichever\\b`,
      ),
      re(
        `\\b(?:secret sauce|trade secrets?)\\b[^.;]{0,60}\\b(?:published|public|papers|open|anyone|leak\\w*|spread)\\b`,
      ),
      re(
        `\\b(?:know-how|techniques?|recipes?|tricks?)\\b[^.;]{0,20}\\b(?:has |have )?(?:spread|diffus\\w*|leak\\w*|published)\\b`,
      ),
      re(`\\b(?:little|no real|no) leverage\\b`),
      re(`\\bno (?:[\\w-]+ ){0,3}(?:keeps?|holds?|stays?|lasts?)\\b[^.;]{0,30}\\bfor long\\b`),
      re(`\\b(?:worth|value) (?:less|falls|decays|drops)\\b|\\bvalue decays\\b`),
    ],
    examples: {
      match: [
        'Selling access to a chatbot is a low-margin trade.',
        'The labs’ trade secrets end up in public papers within months.',
      ],
      noMatch: ['The lab sells premium access to its models.'],
    },
  },
  {
    id: 'few-hold-the-stakes',
    group: 'consolidation-concentration',
    description:
      'Says power, capital, talent or profits sit with a few companies, or the field narrows to them.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b${STAKES}\\b[^.;]{0,40}\\b(?:pool\\w*|pil\\w* (?:in|into)|flow\\w*|concentrat\\w*|accru\\w*|captured by|sits? with|in the hands of)\\b[^.;]{0,30}\\b${FEW}\\b`,
      ),
      re(
        `\\b${FEW} (?:[\\w-]+ ){0,2}${PLAYERS}\\b[^.;]{0,30}\\b(?:control\\w*|captur\\w*|account\\w* for|own|owns|dominat\\w*|sit at the cent\\w*|employ|decide|hold|command|run|take)\\b`,
      ),
      re(`\\b(?:contest|race|game|fight|battle|club) (?:among|between|of|for) ${FEW}\\b`),
      re(`\\b(?:work|works|working) for (?:one of )?${FEW}\\b`),
      re(`\\b(?:narrow\\w*|shrink\\w*|whittl\\w*|dwindl\\w*) (?:down )?to ${FEW}\\b`),
      re(
        `\\b(?:rents?|rent\\w*|buys?|gets?|sources?)\\b[^.;]{0,40}\\bfrom one of (?:two|three|four|five|a few|a handful of)\\b`,
      ),
      re(
        `\\b(?:getting|grow\\w*) (?:bigger|richer)\\b|\\bleft behind\\b|\\bgo(?:es)? hungry\\b|\\bstarved of\\b`,
      ),
      re(
        `\\b(?:grip|hold|stranglehold|dominance|control)\\b[^.;]{0,40}\\b(?:tighten\\w*|strengthen\\w*|grow\\w*|grew|widen\\w*)\\b`,
      ),
      re(`\\bsit\\w* at the cent(?:re|er) of\\b`),
    ],
    examples: {
      match: [
        'Profits are pooling in the hands of a few cloud companies.',
        'Four tech giants now control most of the AI compute.',
      ],
      noMatch: ['Power is dispersing across hundreds of small labs.'],
    },
  },
  {
    id: 'deal-verbs',
    group: 'consolidation-deals',
    description: 'Reports big companies buying, hoovering up or hiring away AI start-ups and their founders.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'drop',
      needsDomain: true,
    },
    patterns: [
      new RegExp(
        `\\b(?:[Aa]greed|[Aa]grees|[Pp]lans?|[Pp]lanning|[Oo]ffered|[Oo]ffers|[Mm]oved|[Mm]oves|[Ss]et|[Dd]eal) to (?:buy|purchase|acquire|take over)(?: (?:(?:the|a|an|its|their|rival|smaller)\\s)?(?=[A-Z])| (?:[\\w'-]+ ){0,3}(?:${DEAL_TARGETS})\\b)`,
      ),
      re(`\\b(?:hoover\\w*|gobbl\\w*|snatch\\w*|scoop\\w*|vacuum\\w*|hov\\w*) up\\b`),
      re(
        `\\bbr(?:ought|ing|ings|inging) (?:[\\w'-]+ ){0,4}(?:founders|team|researchers|staff|employees|engineers) (?:to|into|in-house|over)\\b`,
      ),
      re(
        `\\bsell\\w* (?:themselves|itself|out) to\\b|\\bend (?:up )?(?:selling|being (?:acquired|bought|absorbed))\\b`,
      ),
      re(`\\bshake-?out\\b`),
    ],
    examples: {
      match: [
        'The cloud company agreed to buy the chatbot start-up.',
        'Big tech keeps hoovering up AI labs.',
      ],
      noMatch: ['The AI start-up raised money from investors.'],
    },
  },
  {
    id: 'power-disperses',
    group: 'consolidation-entry',
    description:
      'Says power is dispersing: more and more players, no one in control, incumbents’ share falling.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b(?:more|increasingly|ever more|so) crowded\\b|\\bcrowded than ever\\b`),
      re(
        `\\b(?:dispers\\w*|diffus(?:e|es|ed|ing)\\b|diffusion of|decentrali[sz]\\w*|splinter\\w*|balkani[sz]\\w*|proliferation of (?:new )?(?:AI )?(?:labs|start-?ups|companies|model makers|vendors)|springing up|popping up|sprouting|mushroom\\w*|keep appearing|keeps appearing|multiplying)\\b`,
      ),
      re(`\\bwide open\\b`),
      re(
        `\\b(?:nobody|no one|no single (?:[\\w-]+ )?\\w+|no (?:company|firm|lab|vendor|player)) (?:controls|dominates|owns|rules|commands|(?:will|can|could|is going to|is likely to) (?:control|dominate|own|rule|command))\\b`,
      ),
      re(`\\bera of (?:a |the )?(?:single|one) dominant\\b[^.;]{0,40}\\bover\\b`),
      re(
        `\\b(?:competition|rivalry)\\b[^.;]{0,30}\\b(?:fierce|fiercer|fiercest|never been (?:fiercer|stronger|more intense)|more intense than ever)\\b`,
      ),
      re(
        `\\b(?:incumbents|giants|leaders|big tech)\\W{0,2}s?\\b[^.;]{0,20}\\b(?:share|dominance|grip|hold)\\b[^.;]{0,40}\\b(?:fall\\w*|shrink\\w*|slipp\\w*|slips?|erod\\w*|loosen\\w*|declin\\w*)\\b`,
      ),
      re(
        `\\b(?:a dozen|dozens|hundreds|thousands|scores|(?:at least|more than|over|some) (?:ten|a dozen|twelve|fifteen|twenty|thirty|fifty|[1-9]\\d+)) (?:of )?(?:[\\w-]+ ){0,2}(?:labs|companies|start-?ups|firms|teams|players|model makers)\\b[^.;]{0,40}\\b(?:now|compet\\w*|ship\\w*|build\\w*|launch\\w*|offer\\w*|sell\\w*)\\b`,
      ),
      re(
        `\\bspread\\w* [^.;]{0,30}\\bacross (?:many|several|multiple|a range of|dozens of)\\b|\\b(?:many|multiple) vendors\\b`,
      ),
      re(
        `\\bwithout (?:asking|needing|depending on|relying on|the permission of) (?:the )?(?:giants|big tech|hyperscalers|incumbents)\\b`,
      ),
      re(`\\bup from (?:two|three|four|five|a handful)\\b`),
      re(`\\bloosen\\w*\\b[^.;]{0,30}\\b(?:hold|grip)\\b`),
    ],
    examples: {
      match: [
        'Power in the chatbot business is dispersing.',
        'No single lab controls the AI frontier any more.',
      ],
      noMatch: [
        'Four tech giants now control most of the AI compute.',
        'The AI image generator is built on latent diffusion, like Stable Diffusion.',
      ],
    },
  },
  {
    id: 'open-side-wins',
    group: 'open-source-parity',
    description: 'Has open models as the subject that matches, tops or replaces closed ones.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsOpenTopic: 'sentence',
    },
    patterns: [
      re(`\\b${OPEN}\\b[^.;?]{0,60}?\\b(?<cue>${OPEN_WINS})\\b`),
      re(
        `\\b(?:in favou?r of|switch\\w* to|mov\\w* to|instead of (?:licensing |paying for )?(?:closed|proprietary|paid))\\b[^.;]{0,30}\\b${OPEN}\\b|\\b(?:closed|proprietary|paid)\\b[^.;]{0,20}\\bin favou?r of\\b`,
      ),
      re(
        `\\bgap\\b[^.;]{0,60}\\b(?:all but |largely |almost )?(?:disappeared|vanished|gone|evaporated|closed|collapsed|narrowed|shrunk|shrank)\\b(?! (?:models?|ones|systems?|labs?|source|weights?))`,
      ),
      re(`\\bwhy (?:would (?:anyone|a \\w+|you) )?pay\\b`),
      re(
        `\\b(?:advantage|lead|edge)s? (?:of|enjoyed by) (?:the )?${CLOSED}\\b[^.;]{0,30}\\b${FADES}\\b|\\b${CLOSED}\\W{0,3}s?\\b[^.;]{0,10}\\b(?:advantage|lead|edge)\\b[^.;]{0,30}\\b${FADES}\\b`,
      ),
    ],
    examples: {
      match: [
        'Llama now tops the leaderboard on coding.',
        'The gap between open and proprietary systems has all but vanished.',
      ],
      noMatch: ['Open models are popular with hobbyists.'],
    },
  },
  {
    id: 'closed-side-wins',
    group: 'open-source-parity',
    description: 'Has closed models as the subject that stays ahead, or open ones as weaker.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(
        `\\b${CLOSED}\\b[^.;?]{0,50}?\\b(?:still |remain\\w* |clearly |far |well |comfortably )?(?<cue>${CLOSED_WINS})\\b`,
      ),
      re(`\\bfrontier (?:remains|is still|stays|will stay|will remain) (?:closed|proprietary)\\b`),
      re(`\\b(?:weaker|worse|less capable|inferior|slower|less reliable) than (?:the |their )?${CLOSED}\\b`),
      re(`\\b(?:benchmarks?|leaderboards?|scores?) (?:flatter|overstate|exaggerate|flatters|overstates)\\b`),
      re(`\\bgap\\b[^.;]{0,50}\\b(?:widen\\w*|grow\\w*|grew|persist\\w*|remains)\\b`),
    ],
    examples: {
      match: [
        'Proprietary systems are clearly better on long tasks.',
        'The frontier remains closed, whatever the leaderboards say.',
      ],
      noMatch: ['Llama now tops the leaderboard on coding.'],
    },
  },
  {
    id: 'deal-consequences',
    group: 'consolidation-deals',
    description:
      'Says a deal hands a buyer control, removes an independent rival or reduces competition; or that a few owners act as landlords.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      // the object is a company (a name, or a kind of company), not chips or customers
      new RegExp(
        `\\b(?:would|will|to|plans? to|agreed to|offered to|is set to|deal to) (?:buy|acquire|purchase|take over|absorb)(?: (?:(?:the|a|an|its|their|rival|smaller)\\s)?(?=[A-Z])| (?:[\\w'-]+ ){0,3}(?:${DEAL_TARGETS})\\b)`,
      ),
      re(`\\bfewer (?:places|options|choices|buyers|bidders|alternatives|independent|homes|exits)\\b`),
      re(`\\b(?:last|few remaining|only remaining|remaining|few) independent\\b`),
      re(
        `\\bhand\\w* (?:[\\w'-]+ ){0,3}control of\\b|\\bcontrol of (?:a third|a quarter|half|most|two-thirds|\\d+ ?(?:%|per ?cent))`,
      ),
      re(
        `\\b(?:reduc|lessen|stifl|harm|chill|weaken|curb)\\w* (?:the )?competition\\b|\\banti-?competitive\\b|\\bless competition\\b`,
      ),
      re(`\\btoo much (?:power|control|influence|sway|leverage)\\b`),
      re(`\\bunder (?:[\\w'-]+ ){0,3}(?:roof|umbrella|wing)\\b`),
      re(`\\bone (?:fewer|less) (?:competitor|rival|player|lab|company|independent)\\b`),
      re(`\\b(?:buying|shopping|acquisition|deal) spree\\b|\\borbit\\b|\\bsphere of influence\\b`),
      re(`\\blandlords?\\b|\\btenants?\\b`),
      re(`\\bowned by (?:a few|a handful of|two|three|four|five|the same)\\b`),
      re(
        `\\ba single (?:foundry|supplier|company|firm|vendor|chipmaker|provider) (?:makes|produces|supplies|controls|builds|owns)\\b`,
      ),
      re(
        `\\bshare of (?:the )?(?:[\\w-]+ ){0,3}market\\b[^.;]{0,30}\\b(?:above|over|more than|nearly|almost|close to|exceeds?) \\d+`,
      ),
    ],
    examples: {
      match: [
        'The chip giant agreed to acquire the inference start-up.',
        'The merger leaves model makers with fewer buyers.',
      ],
      noMatch: ['The start-up raised money to hire engineers.'],
    },
  },
  {
    id: 'newcomers-join',
    group: 'consolidation-entry',
    description: 'Says newcomers keep joining the race or chipping away at a leader’s dominance.',
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
        `\\bchip\\w* away at\\b|\\bjoins? the (?:race|fray|field|fight)\\b|(?<!\\b(?:lead|shares?|stock|money|cash|ownership)\\b[^.;,]{0,30})\\bchang\\w* hands\\b`,
      ),
    ],
    examples: {
      match: ['Cheaper rivals are chipping away at the chipmaker’s dominance.'],
      noMatch: [
        'The chipmaker reported record sales.',
        'The lead in AI models changes hands every quarter.',
        'No shares change hands in an AI acqui-hire.',
      ],
    },
  },
  {
    id: 'commodity-metaphor',
    group: 'moat-commodity',
    description:
      'Compares AI models to wheat, electricity or a utility, or says nobody cares which model they use and buyers pick the cheapest.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b(?:wheat|grain|corn|soybeans?|flour|crude oil|bushels?|raw materials?|bulk goods?)\\b|\\b(?:the way (?:they|we|you|people) buy|like) (?:electricity|water|gas|bandwidth)\\b|\\b(?:a|like a) utility\\b(?! (?:company|bill|pole|firm))`,
      ),
      re(
        `\\b(?:nobody|no one|few people|hardly anyone|does anyone|do (?:users|customers|people|buyers)) (?:asks?|cares?|knows?|notices?|remembers?) (?:which|whose|what)\\b`,
      ),
      re(`\\bprice[- ]takers?\\b`),
      re(
        `\\b(?:premium|margins?|pricing power)\\b[^.;]{0,50}\\b(?:fantasy|illusion|myth|unsustainable|won't last|will not last|cannot last|razor[- ]thin|thin|wafer[- ]thin|slim)\\b`,
      ),
      re(
        `\\bwhoever is cheapest\\b|\\bby the unit\\b|\\bthe cheapest (?:supplier|vendor|provider|bidder|option)\\b`,
      ),
      re(
        `\\b(?:shortage|scarcity|crunch|bottleneck)s?\\b[^.;]{0,30}\\b(?:eas(?:e|es|ed|ing)|ends?|ended|ending|abat\\w*|disappear\\w*|over)\\b`,
      ),
    ],
    examples: {
      match: [
        'AI models are becoming like electricity, bought by the kilowatt.',
        'Margins on chatbot subscriptions will be razor thin.',
      ],
      noMatch: ['The lab charges a premium for its best model.'],
    },
  },
  {
    id: 'premium-lasts',
    group: 'moat-advantage',
    description: 'Says a firm can keep charging a premium for long (or, negated, that no one can).',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?<cue>(?:earn|charg|command|keep|sustain)\\w* (?:a |any |its |their )?premium)\\b[^.;]{0,20}\\bfor long\\b`,
      ),
    ],
    examples: {
      match: ['No chatbot maker will charge a premium for long.'],
      noMatch: ['The lab charges a premium for its best model.'],
    },
  },
  {
    id: 'only-the-giants',
    group: 'moat-barriers',
    description:
      'Says only the hyperscalers or giants can build at scale, or that scarce compute goes to the biggest payers first.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'flip' },
    patterns: [
      re(
        `\\bonly (?:the )?(?:hyperscalers|giants|incumbents|big tech|cloud giants|largest clouds|biggest clouds|tech giants|richest (?:labs|firms|companies))\\b`,
      ),
      re(
        `\\ballocat\\w*\\b[^.;]{0,40}\\b(?:first|biggest|largest|richest|pay the most|highest bidders?)\\b|\\bfront of the (?:queue|line)\\b`,
      ),
    ],
    examples: {
      match: [
        'Only the hyperscalers can afford the power contracts.',
        'Scarce chips are allocated first to the biggest customers.',
      ],
      noMatch: ['The start-up trained its model on rented chips.'],
    },
  },
  {
    id: 'open-not-ready',
    group: 'open-source-parity',
    description:
      'Says open models are not yet good, reliable or ready enough, or a year or a generation behind.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 1.5,
      onNegation: 'keep',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(`\\bnot (?:yet )?(?:\\w+ )?(?:enough|ready|there|on par|competitive)\\b|\\bnot yet\\b`),
      re(`\\b(?:a|one|two|three|\\w+) (?:full )?(?:years?|months|generations?|steps?) behind\\b`),
    ],
    examples: {
      match: [
        'Open models are not yet reliable enough for agents.',
        'The open releases sit about a year behind.',
      ],
      noMatch: ['Open models are now reliable enough for agents.'],
    },
  },
  {
    id: 'scores-open-behind',
    group: 'open-source-parity',
    description: 'Gives head-to-head scores with the open model well below the closed one.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'keep',
      needsOpenTopic: 'sentence',
    },
    patterns: [],
    check: (s) => {
      const d = openMinusClosed(s);
      return d !== null && d <= -LEVEL_POINTS;
    },
    examples: {
      match: [
        'The open-weight entry solved 35 per cent of the puzzles, against 70 per cent for the best closed model.',
      ],
      noMatch: [
        'The open-weight entry solved 68 per cent of the puzzles, against 70 per cent for the best closed model.',
      ],
    },
  },
  {
    id: 'scores-open-level',
    group: 'open-source-parity',
    description: 'Gives head-to-head scores with the open model level with or above the closed one.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 2,
      onNegation: 'keep',
      needsOpenTopic: 'sentence',
    },
    patterns: [],
    check: (s) => {
      const d = openMinusClosed(s);
      return d !== null && d > -LEVEL_POINTS;
    },
    examples: {
      match: [
        'The open-weight entry solved 68 per cent of the puzzles, against 70 per cent for the best closed model.',
      ],
      noMatch: [
        'The open-weight entry solved 35 per cent of the puzzles, against 70 per cent for the best closed model.',
      ],
    },
  },
];
