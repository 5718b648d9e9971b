// Market-structure rules, round 2: claims carried by the words of market structure rather than
// by each category's keywords. Who captures the profits, how many players remain independent,
// whether others can follow, what a thin product on someone else's model is worth, whether the
// number of competitors grows or shrinks, and what a market "looks like" (an estate or a bazaar).
// Every pattern is a lexicon slot next to a verb slot, bounded gaps only before literals.

import { alt, re } from './pattern';
import type { Rule } from './types';

/** Players that would have to catch up with a leader (not open models: that is parity). */
const FOLLOWERS = alt([
  'smaller (?:labs|firms|players|rivals|companies|teams)',
  'everyone else',
  'everybody else',
  'the rest(?: of the (?:field|pack|industry))?',
  '(?:the )?followers',
  '(?:the )?(?:challengers|latecomers|newcomers|upstarts|rivals|competitors)',
  '(?:a|any) (?:well-funded |determined |small )?(?:rival|challenger|newcomer|start-?up|competitor)',
  'start-?ups',
]);
/** Verbs of reaching where the leader is. */
const REACH = alt([
  'reach',
  'match',
  'copy',
  'replicate',
  'board',
  'follow',
  'catch up',
  'get there',
  'close in',
  'arrive',
]);
/** What a dominant player keeps for itself. */
const SPOILS = alt([
  'profits?',
  'spoils',
  'value',
  'margins?',
  'gains',
  'rewards',
  'returns',
  'economics',
  'money',
]);
/** Verbs of keeping or capturing. */
const CAPTURE = alt([
  'own(?:s|ing)?',
  'end up (?:owning|with|keeping|taking|capturing)',
  'keep(?:s|ing)?',
  'captur(?:e|es|ing)',
  'tak(?:e|es|ing)',
  'pocket(?:s|ing)?',
  'collect(?:s|ing)?',
  'reap(?:s|ing)?',
  'harvest(?:s|ing)?',
]);
/** Open models, by kind or name (the subject of a parity claim). */
const OPEN_KIND = alt([
  'open[- ]?(?:source|weights?)(?: [\\w-]+)?',
  'open (?:models?|releases?|systems?|alternatives?|rivals?)',
  'free (?:models?|alternatives?)',
  'Llama[\\w.-]*',
  'Mistral',
  'DeepSeek',
  'Qwen',
  'Gemma',
]);
/** Counts of companies. */
const NUMBER_OF = `number of (?:[\\w-]+ ){0,3}(?:companies|labs|firms|players|competitors|providers|developers|model makers|start-?ups|vendors|rivals)`;

const VALUE_CAPTURE = [
  re(
    `\\b${CAPTURE} (?:most|nearly all|almost all|the bulk|the lion's share|the lions share|a disproportionate share|most) of the ${SPOILS}\\b`,
  ),
  re(`\\b${CAPTURE} the ${SPOILS}\\b(?! (?:of|from) (?:its|their|his|her) (?:sale|deal))`),
  re(
    `\\b(?:leader|winner|biggest player|top (?:lab|firm|player)|front-?runner)s? takes? (?:nearly |almost |practically )?(?:everything|it all|all|most)\\b`,
  ),
  re(
    `\\b(?:keep|keeps|keeping|leave|leaves|leaving)\\b[^.;]{0,25}\\bthe field (?:small|narrow|thin|closed|to (?:a few|a handful|two|three|four))\\b`,
  ),
];

export const STRUCTURE_RULES: readonly Rule[] = [
  {
    id: 'followers-can-reach',
    group: 'moat-commodity',
    description:
      'Says smaller players, rivals or everyone else can reach, copy or follow where the leaders are, soon after.',
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
        `\\b${FOLLOWERS}\\b (?:now |soon |quickly |also )?(?:can|could|will|would|are able to|were able to|manage to|keep|keeps)(?: soon| now| easily| quickly)? (?<cue>${REACH}|arriv\\w*)\\b`,
      ),
      re(
        `\\b(?:everyone|everybody|anyone) else (?:can|could|will) (?<cue>${REACH}|board|use|buy)\\b[^.;]{0,40}\\b(?:later|soon|after|behind)\\b`,
      ),
      re(
        `\\b(?:each|every|any) (?:lead|edge|advantage|breakthrough) (?:has |have )?(?:lasted|lasts|survived?) (?:only |just |mere )?(?:weeks|months|a few months|a quarter)\\b`,
      ),
    ],
    examples: {
      match: [
        'Smaller labs could reach the same frontier on a modest cluster within a year.',
        'Whatever the leader ships, everyone else can copy a few months later.',
      ],
      noMatch: ['Smaller labs hired more engineers this year.'],
    },
  },
  {
    id: 'wrapper-thin',
    group: 'moat-commodity',
    description:
      'Says a product is a thin layer on someone else’s model, a feature rather than a business, or that the model itself loses value fast.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.6,
      onNegation: 'keep',
    },
    patterns: [
      re(`\\bthin (?:layer|wrapper|veneer|shell)s?\\b|\\bwrappers? (?:around|on top of|over)\\b`),
      re(
        `\\b(?:just |merely |only )?a feature(?:,| and) not a (?:business|product|company)\\b|\\bfeature waiting to be (?:absorbed|copied|built in|swallowed)\\b`,
      ),
      re(
        `\\b(?:isn't|is not|aren't|are not) (?:a |an )?(?:real |viable |defensible )?business\\b[^.;]{0,20}\\bfeature\\b`,
      ),
      re(`\\b(?:model|models|product|technology|weights)\\b[^.;]{0,30}\\bdepreciat\\w*\\b`),
      re(`\\bnot worth (?:protecting|defending|guarding|hoarding|keeping secret)\\b`),
      re(`\\bnot (?:a|an) (?:lasting |durable |real )?(?:lock|grip|stranglehold|monopoly) on\\b`),
      re(`\\bprice floor\\b[^.;]{0,40}\\b(?:zero|nothing|collapsed|vanished|fell|dropped|went)\\b`),
      re(
        `\\b(?:harder|impossible|difficult|hard) (?:for (?:anyone|anybody|\\w+) )?to charge (?:a premium|more|extra)\\b`,
      ),
    ],
    examples: {
      match: [
        'Most of these apps are a thin wrapper around a rival’s chatbot.',
        'A summariser is a feature, not a business.',
        'The model you paid for depreciates within a year.',
      ],
      noMatch: ['The app adds a summary feature for paying customers.'],
    },
  },
  {
    id: 'cannot-get-elsewhere',
    group: 'moat-advantage',
    description:
      'Says customers cannot get something elsewhere, or a newcomer cannot buy its way to the front.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.6,
      onNegation: 'keep',
    },
    patterns: [
      re(
        `\\b(?:cannot|can't|could not|couldn't|can not) (?:get|find|buy|obtain) (?:it |them )?(?:anywhere else|elsewhere)\\b`,
      ),
      re(
        `\\b(?:a|no|any) (?:[\\w-]+ ){0,2}(?:newcomer|start-?up|rival|challenger|lab|entrant)\\b[^.;]{0,40}\\b(?:cannot|can't|could not|can not|couldn't|can)(?: easily| quickly| simply)? (?:buy|afford)\\b`,
      ),
      re(`\\b(?:at any price|for any price|money alone cannot|cash alone cannot)\\b`),
      re(`\\b(?:scarcest|rarest|most constrained) (?:input|resource|asset|ingredient)\\b`),
      re(`\\bnobody else is (?:close|near|in the running)\\b`),
    ],
    examples: {
      match: [
        'A newcomer with deep pockets still cannot buy that kind of distribution.',
        'Power is now the scarcest input in the AI business.',
      ],
      noMatch: ['A newcomer bought chips from a reseller.'],
    },
  },
  {
    id: 'value-capture',
    group: 'consolidation-concentration',
    description:
      'Says the platforms or giants end up owning the profits, or that the leader takes nearly everything.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: VALUE_CAPTURE,
    examples: {
      match: [
        'The cloud platforms will end up owning the profits of the AI boom.',
        'In search, the leader takes nearly everything, and AI could go the same way.',
      ],
      noMatch: ['The lab reported its first quarterly profit.'],
    },
  },
  {
    id: 'value-capture-moat',
    group: 'moat-advantage',
    description: 'Says a few owners keep the profits or the field stays small: an advantage that lasts.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 0.8,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: VALUE_CAPTURE,
    examples: {
      match: [
        'Nine-figure training bills keep this field narrow, so the AI giants pocket most of the profits.',
      ],
      noMatch: ['The lab reported its first quarterly profit.'],
    },
  },
  {
    id: 'independents-dwindle',
    group: 'consolidation-concentration',
    description:
      'Says few labs will stay independent, independents will be forced to sell, or more such deals are coming.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(`\\b(?:remain|stay|stays|remains|survive) (?:independent|standalone|on (?:its|their) own)\\b`),
      re(`\\b(?:forced|pushed|driven|compelled) to (?:sell|merge|seek a buyer|find a buyer)\\b`),
      re(
        `\\b(?:expect\\w*|predict\\w*|forecast\\w*|see\\w*|anticipat\\w*)\\b[^.;]{0,30}\\bmore (?:such )?(?:deals|acquisitions|takeovers|tie-ups|mergers|buyouts)\\b`,
      ),
      re(
        `\\b(?:in|into) (?:very |a )?few(?:er)? hands\\b|\\bin the hands of (?:a few|very few|a handful)\\b`,
      ),
      re(
        `\\b(?:buy|buys|own|owns|control|controls|hold|holds|take|takes) (?:most|nearly all|almost all|the bulk|the lion's share|a majority) of (?:the )?(?:world's )?(?:[\\w-]+ )?(?:compute|chips|GPUs|capacity|data cent(?:re|er)s|training runs|spending)\\b`,
      ),
      re(
        `\\baccount(?:s|ed)? for (?:most|the bulk|nearly all|almost all|(?:a|the) (?:clear |vast )?majority|close to half|more than half|over half|two-thirds|three-quarters) of\\b`,
      ),
      re(
        `\\b(?:a |the )?(?:independent|standalone) (?:[\\w-]+ ){0,2}(?:lab|labs|start-?ups?|developers?|model makers?)\\b[^.;]{0,40}\\b(?:thing of the past|dying breed|endangered species|on the way out|relic)\\b`,
      ),
      re(`\\b(?:shrinking|narrowing|dwindling|tiny|exclusive) (?:club|circle|group|set|list) of\\b`),
      re(`\\b(?:not owned by|financially tied to|tied to)\\b[^.;]{0,40}\\b(?:largest|biggest|big)\\b`),
    ],
    examples: {
      match: [
        'Few of the AI labs founded this decade will remain independent for long.',
        'The remaining start-ups may be forced to sell to a cloud giant.',
        'Four cloud companies control the bulk of all GPUs sold this year.',
      ],
      noMatch: ['The start-up raised money from independent investors.'],
    },
  },
  {
    id: 'tied-to-giants',
    group: 'consolidation-concentration',
    description:
      'Says labs are tied to, squeezed between or have no choice but to partner with the giants, or that the giants tighten their grip.',
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
        `\\b(?:tied|bound|beholden|locked|chained|wedded|attached) to (?:one of )?(?:the |a )?(?:few |handful of |big (?:two|three|four|five) |largest |biggest )?(?:tech giants|giants|hyperscalers|cloud (?:giants|providers|companies)|big tech|incumbents|platforms)\\b`,
      ),
      re(
        `\\b(?:little|no) (?:other |real )?(?:choice|option|alternative) but to (?:partner|sign|rent|sell|work|team up|ally)\\b`,
      ),
      re(
        `\\bsqueez\\w* (?:between|by) (?:the )?(?:giants|hyperscalers|big tech|incumbents|platforms|tech giants)\\b`,
      ),
      re(
        `\\b(?:tighten|strengthen|extend|cement|consolidat)\\w* (?:their|its|the) (?:grip|hold|stranglehold|control|dominance)\\b`,
      ),
    ],
    examples: {
      match: [
        'Nearly every frontier lab is now bound to one of the hyperscalers by an equity deal.',
        'Small AI developers have little choice but to partner with a cloud giant.',
      ],
      noMatch: ['The lab partnered with a university on a safety study.'],
    },
  },
  {
    id: 'players-multiply',
    group: 'consolidation-entry',
    description: 'Says the number of companies competing has grown (or shrunk) in so many months.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b${NUMBER_OF}\\b[^.;]{0,40}\\b(?:has |have |had |is |are |keeps? )?(?:still )?(?:roughly |nearly |more than |almost )?(?:doubled|tripled|trebled|grown|grew|growing|risen|rose|rising|climbed|climbing|jumped|increased|increasing|multiplied|exploded|ballooned|soared)\\b`,
      ),
    ],
    examples: {
      match: ['The number of labs shipping capable AI models has doubled in a year.'],
      noMatch: ['The number of labs at the frontier is falling.'],
    },
  },
  {
    id: 'market-looks-like',
    group: 'consolidation-entry',
    description:
      'Compares the market to a bazaar or an app economy rather than a monopoly, oligopoly or a landlord’s estate.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 2.5,
      onNegation: 'keep',
    },
    patterns: [
      re(
        `\\bmore like (?:a |an |the )?[\\w'-]+(?: [\\w'-]+)? than (?:like )?(?:a |an )?(?:oligopol\\w*|monopol\\w*|duopol\\w*|cartel|club|estate|fiefdom)\\b`,
      ),
      re(
        `\\bless like (?:a |an |the )?[\\w'-]+(?: [\\w'-]+)?(?: [\\w'-]+)? and more like (?:a |an |the )?(?:bazaar|market ?place|free-for-all|street market|app (?:store|economy)|web|crowd)\\b`,
      ),
    ],
    examples: {
      match: [
        'The app layer will look more like a bazaar than like an oligopoly.',
        'Model hosting looks less like a walled garden and more like a street market.',
      ],
      noMatch: ['The AI market looks more like an oligopoly every year.'],
    },
  },
  {
    id: 'gap-to-the-rest',
    group: 'consolidation-concentration',
    description: 'Says the gap between the biggest players and everyone else keeps widening.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\bgap between (?:the )?(?:hyperscalers|giants|leaders|incumbents|big (?:two|three|four|five)|biggest \\w+|largest \\w+|richest \\w+|top \\w+)\\b[^.;]{0,40}\\b(?:everyone|everybody|the rest|others|smaller)\\b[^.;]{0,30}\\b(?:widen\\w*|grow\\w*|grew)\\b`,
      ),
    ],
    examples: {
      match: ['Expect the gap between the giants and smaller AI labs to go on growing.'],
      noMatch: ['The gap between the two models is narrowing.'],
    },
  },
  {
    id: 'follower-stays-behind',
    group: 'open-source-parity',
    description:
      'Says open models only ever reach where the leaders were (last year’s frontier), never where they are going: a follower.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'keep',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(
        `\\b(?:still|only|always|forever|merely|just|permanently) (?:a |the )?(?:follower|fast follower|step behind|generation behind)\\b`,
      ),
      re(
        `\\bnever (?:get|gets|reach|reaches|arrive|arrives|catch|catches)\\b[^.;]{0,15}\\b(?:where (?:we|they|the leaders|the closed labs|the frontier) (?:are|is|will be)|the (?:real |current |moving )?frontier)\\b`,
      ),
      re(
        `\\b(?:arriv|reach|get|gets|getting|got)\\w* (?:at |to )?(?:the |a )?(?:place|station|point|spot|stop|mark|level) (?:we|they|the leaders|the closed labs|the closed models) (?:left|vacated|passed|stood|were)\\b`,
      ),
      re(
        `\\b(?:level|equal|even|on par|match\\w*)\\b[^.;]{0,50}\\b(?:and nowhere else|but nowhere else|and on nothing else|only on (?:the )?(?:exams|benchmarks|tests|leaderboards))\\b`,
      ),
    ],
    examples: {
      match: [
        'Whatever the leaderboard says, the open-weight camp is still a follower.',
        'Community models match the closed ones only on the benchmarks everyone trains against.',
      ],
      noMatch: ['Open models follow a different release schedule.'],
    },
  },
  {
    id: 'good-enough-for-most',
    group: 'open-source-parity',
    description:
      'Says most work does not need the best closed model: an older or open one is plenty, so open models win on that measure.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 1.5,
      onNegation: 'keep',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(
        `\\b(?:is|are|was|will be) (?:more than |already )?(?:plenty|ample|enough|sufficient)(?: for (?:most|many|nearly all|the bulk))?\\b`,
      ),
      re(
        `\\b(?:doesn't|don't|do not|does not|rarely|seldom|won't|will not) (?:\\w+ )?need (?:the |a )?(?:best|top|leading|frontier|smartest|most capable|state-of-the-art)\\b`,
      ),
      re(`\\b${OPEN_KIND}\\b[^.;]{0,20}\\b(?:have|has) (?:already |largely |clearly )?won\\b`),
      re(
        `\\b(?:closed|proprietary) (?:models?|systems?|labs?|vendors?)\\b[^.;]{0,20}\\b(?:no longer|lost|lose|losing) (?:have |hold )?(?:their|its|the|a) (?:monopoly|lock|lead|edge)\\b`,
      ),
      re(
        `\\b(?:can't|cannot|can not|could not|couldn't|hard to|unable to|struggle to) tell (?:the difference|them apart|which is which)\\b`,
      ),
      re(
        `\\b(?:abandon\\w*|ditch\\w*|dropp\\w*|leav\\w*|mov\\w* off|switch\\w* (?:away )?from|cancel\\w*) (?:their |its |the )?(?:paid|closed|proprietary|commercial|hosted) (?:APIs?|models?|services?|subscriptions?|contracts?)\\b`,
      ),
      re(
        `\\b${OPEN_KIND}\\b[^.;]{0,30}\\b(?:just |every bit |now |already )?as (?:good|capable|useful|strong)\\b(?! as)`,
      ),
      re(
        `\\b(?:open (?:ecosystem|community|camp)|${OPEN_KIND})\\b[^.;]{0,20}\\b(?:moving|improving|advancing|iterating|shipping) faster\\b`,
      ),
    ],
    examples: {
      match: [
        'For drafting emails, last season’s open release is plenty.',
        'A call centre does not need the smartest model on the market.',
      ],
      noMatch: ['The hospital needs a model it can audit.'],
    },
  },
  {
    id: 'open-side-cannot',
    group: 'open-source-parity',
    description:
      'Says no open-weight developer can afford or match what the closed leaders have, or that the big contracts never go to open models.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2,
      onNegation: 'keep',
      needsOpenTopic: 'sentence',
    },
    patterns: [
      re(
        `\\bno ${OPEN_KIND} (?:[\\w-]+ )?(?:developers?|labs?|teams?|projects?|models?|releases?|groups?|rivals?) (?:could|can|would|will|is able to) (?:ever )?(?:afford|match|fund|reach|pay for|replicate)\\b`,
      ),
      re(
        `\\b(?:not one|none|not a single|hardly any|almost none)\\b[^.;]{0,80}\\b(?:went|goes|go|were awarded|was awarded) to (?:an? )?${OPEN_KIND}`,
      ),
    ],
    examples: {
      match: [
        'The rival’s lead rests on a cluster no open-source lab could afford.',
        'None of the large government AI tenders this year went to an open-weight vendor.',
      ],
      noMatch: ['An open-source lab could afford a small cluster.'],
    },
  },
  {
    id: 'distance-shrinks',
    group: 'open-source-parity',
    description:
      'Says the distance or difference between open and closed models has shrunk, or the gap will close soon.',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'closing',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(
        `\\b(?:distance|difference|daylight|gulf)\\b[^.;]{0,60}\\b(?:shrunk|shrank|shrinking|narrow(?:ed|ing|s)|closed(?! (?:models?|ones|systems?|labs?|source|weights?|rivals|releases?))|closing|vanish\\w*|down to)\\b`,
      ),
      re(
        `\\bgap\\b[^.;]{0,80}\\b(?:will|would|could|should|is set to|is going to|is likely to) (?:close|narrow|shrink|disappear|vanish)\\b`,
      ),
    ],
    examples: {
      match: [
        'The difference between the free models and the paid leaders has narrowed to weeks.',
        'Developers of open-weight agents say the gap will close within a year.',
      ],
      noMatch: ['The distance between the two data centres is ten miles.'],
    },
  },
  {
    id: 'advantage-short-lived',
    group: 'moat-commodity',
    description:
      'Says any lead lasts only weeks, customers switch to whichever model is cheapest, price is all that is left to compete on, or value moves away from the model.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.8,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:lead|edge|advantage|head ?start|breakthrough)s?\\b[^.;]{0,40}\\b(?:last|lasts|lasted|holds?|survives?)(?: (?:only|just|a few|mere|at most|no more than|barely))* (?:days|weeks|months|a week|a month|a quarter)\\b`,
      ),
      re(
        `\\b(?:happily|readily|freely|easily|quickly|simply) (?:switch|swap|move|defect|jump|hop)\\w* (?:to|between)\\b`,
      ),
      re(`\\b(?:switch|swap|move|defect|jump|hop)\\w* to (?:whichever|whatever|the cheapest|any cheaper)\\b`),
      re(
        `\\b(?:only thing left to compete on|compete (?:only |solely |mostly )?on price|price is (?:the only|all that) )`,
      ),
      re(
        `\\b(?:value|profits?|margins?|money)\\b[^.;]{0,20}\\b(?:shift\\w*|mov\\w*|migrat\\w*|flow\\w*|leak\\w*) (?:away )?from (?:the )?(?:model|models|model makers|labs)\\b`,
      ),
      re(
        `\\bno longer (?:a |much of a )?(?:differentiator|moat|edge|advantage)\\b|\\bnot (?:a |much of a )?differentiator\\b`,
      ),
      re(
        `\\banyone (?:with (?:a |an )?[^.;]{0,30})?(?:can|could) (?:now )?(?:rent|train|build|copy|fine-tune|spin up)\\b`,
      ),
    ],
    examples: {
      match: [
        'A lead in AI now survives a few weeks at most.',
        'Buyers simply switch to whichever assistant is cheapest this month.',
        'Profit is migrating away from the model makers toward the apps.',
      ],
      noMatch: ['The lab switched its chips to a new supplier in May.'],
    },
  },
  {
    id: 'decides-who-wins',
    group: 'moat-advantage',
    description:
      'Says whoever owns an asset (data centres, distribution, data, talent) controls the industry or decides who wins, or that customers are kept tied to a vendor.',
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
        `\\bwhoever (?:controls|owns|has|holds|commands) (?:the )?[\\w-]+(?: [\\w-]+)? (?:controls|owns|wins|rules|decides|dominates)\\b`,
      ),
      re(
        `\\b(?:distribution|data|compute|scale|capital|talent|brand|chips|power|customers)\\b[^.;]{0,30}\\b(?:decides|determines|will decide|will determine|decide|determine) (?:who wins|the winners?|who survives)\\b`,
      ),
      re(
        `\\b(?:keeps?|keeping|locks?|locking|ties|tying) (?:developers|customers|users|buyers|companies|enterprises) (?:tied|locked|hooked|wedded|bound)? ?(?:to|into|in)\\b`,
      ),
    ],
    examples: {
      match: [
        'Whoever owns the power contracts owns the next decade of AI.',
        'Its developer tools keep customers locked into its chips.',
      ],
      noMatch: ['Customers tested the chatbot for a week.'],
    },
  },
  {
    id: 'hard-to-dislodge',
    group: 'moat-advantage',
    description: 'Says a position, lead or customer base is hard to dislodge, erode, copy or catch.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.5,
      onNegation: 'keep',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b(?:its|their|the|a|an) (?:[\\w-]+ ){0,2}(?:lead|edge|position|head ?start|hold|advantage|dominance|grip)\\b[^.;]{0,60}\\b(?:hard|difficult|impossible|tough|costly) to (?:erode|dislodge|unseat|displace|overcome|copy|replicate|catch|break|undo)\\b`,
      ),
    ],
    examples: {
      match: ['Its position with hospital buyers of AI tools will be very hard to dislodge.'],
      noMatch: ['The AI tools were hard to install.'],
    },
  },
  {
    id: 'hard-to-keep',
    group: 'moat-commodity',
    description: 'Says a lead, premium or position is hard to defend, sustain or justify.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.5,
      onNegation: 'keep',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b(?:lead|edge|position|head ?start|premium|prices?|margins?|advantage|valuations?)\\b[^.;]{0,60}\\b(?:hard|harder|difficult|impossible|tough) to (?:defend|protect|sustain|justify|keep|hold on to|maintain)\\b`,
      ),
    ],
    examples: {
      match: ['The premium on frontier AI models is getting harder to justify.'],
      noMatch: ['The AI lab found the servers hard to cool.'],
    },
  },
  {
    id: 'patrons-and-gatekeepers',
    group: 'consolidation-concentration',
    description:
      'Says money ends up with the giants, they lock up or control labs through stakes, sit between developers and customers, or corner a market.',
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
        `\\b(?:money|cash|spending|funding|revenue|dollars|capital)\\b[^.;]{0,50}\\b(?:ends? up|flows? back|winds? up|lands?|returns?) (?:in|with|at|to) (?:the pockets of )?(?:the )?(?:cloud (?:giants|providers|companies)|giants|tech giants|hyperscalers|big tech|incumbents|platforms|chipmakers|largest (?:\\w+ )?(?:companies|firms|labs|clouds))\\b`,
      ),
      re(
        `\\b(?:lock|locks|locking|tie|ties|tying) up (?:the )?(?:most )?(?:promising |best |leading |young )?(?:labs|start-?ups|developers|model makers|talent)\\b`,
      ),
      re(
        `\\b(?:tie|ties|tying|bind|binds|binding)\\b[^.;]{0,40}\\bto (?:a single|one|the same) (?:provider|cloud|vendor|supplier|platform)\\b`,
      ),
      re(
        `\\bmergers? in (?:disguise|all but name)|\\b(?:de facto|disguised|quasi-|stealth) (?:mergers?|acquisitions?|takeovers?)\\b|\\bacquisitions? in all but name\\b`,
      ),
      re(`\\b(?:effective|de facto|outsized|decisive) control (?:over|of)\\b`),
      re(`\\b(?:corner(?:ed|s|ing)?|lock(?:ed|s)? up) the (?:[\\w-]+ )?market\\b`),
      re(
        `\\bcontrolled by (?:one|a single|a lone) (?:[\\w-]+ )?(?:company|firm|supplier|vendor|player|provider)\\b`,
      ),
      re(
        `\\bsit\\w* between (?:every|each|all|any) (?:[\\w-]+ ){0,2}(?:developers?|labs?|start-?ups?|companies|firms|builders?)\\b`,
      ),
      re(
        `\\b(?:cannot|can't|could not|couldn't) survive without (?:a |the |an )?(?:patron|backer|sponsor|partner|deal|benefactor)\\b`,
      ),
      re(
        `\\bwithout (?:access to )?(?:the )?(?:hyperscalers|cloud giants|giants|big tech)\\W{0,2}s?\\b[^.;]{0,30}\\bno (?:[\\w-]+ )?(?:lab|start-?up|company|firm|one)\\b`,
      ),
      re(
        `\\b(?:acquired|bought|absorbed|sold) or (?:go bust|fail|die|disappear|shut down|go under|fold)\\b|\\bsell or die\\b`,
      ),
      re(
        `\\b(?:makes?|making|made) the (?:largest|biggest|richest|strongest|leading) (?:[\\w-]+ ){0,2}(?:larger|bigger|richer|stronger|more dominant|more powerful)\\b`,
      ),
      re(`\\b(?:even|ever|still) more (?:dominant|powerful|concentrated|entrenched)\\b`),
      re(
        `\\bera of the (?:[\\w-]+ ){0,2}(?:independent|standalone|scrappy|small) (?:[\\w-]+ ){0,2}(?:labs?|start-?ups?)\\b[^.;]{0,20}\\b(?:ending|over|closing|done)\\b|\\bdays (?:are|look) numbered\\b`,
      ),
    ],
    examples: {
      match: [
        'Most of the cash that AI start-ups raise ends up with the cloud giants.',
        'Critics call the cloud partnerships de facto mergers.',
        'The AI boom is making the richest platforms even more dominant.',
      ],
      noMatch: ['The cloud giants reported higher revenue this quarter.'],
    },
  },
  {
    id: 'players-dwindle',
    group: 'consolidation-concentration',
    description: 'Says the number of independent or frontier players has shrunk to a handful.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b${NUMBER_OF}\\b[^.;]{0,40}\\b(?:has |have |had )?(?:shrunk|shrank|shrinking|fallen|fell|halved|dwindled|dropped|declined|collapsed)\\b`,
      ),
    ],
    examples: {
      match: ['The number of independent frontier AI labs has shrunk to a handful.'],
      noMatch: ['The number of AI labs has doubled.'],
    },
  },
  {
    id: 'power-shifts-away',
    group: 'consolidation-entry',
    description:
      'Says power or business is moving away from the big labs or giants toward many smaller players.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'fragmenting',
      weight: 1,
      vote: 2,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\b(?:power|business|spending|influence|customers|developers|control)\\b[^.;]{0,30}\\b(?:shift\\w*|mov\\w*|flow\\w*|drift\\w*|migrat\\w*) away from (?:the )?(?:big|largest|biggest|incumbent|giant|leading|dominant|handful|few)\\b`,
      ),
    ],
    examples: {
      match: ['Influence in AI is shifting away from the big labs toward thousands of developers.'],
      noMatch: ['Power is shifting toward the big labs.'],
    },
  },
  {
    id: 'dominates-market',
    group: 'consolidation-concentration',
    description: 'Says a company or a few companies dominate a market, or a market is dominated by them.',
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
        `\\b(?<cue>dominat(?:e|es|ing|ed(?= the)))\\b (?:the )?(?:[\\w-]+ ){0,3}(?:market|field|industry|sector|business|space|landscape|supply|sales)\\b`,
      ),
      re(
        `\\b(?:market|field|industry|sector|business|space|landscape|supply)\\b[^.;]{0,30}\\b(?<cue>(?:is|are|was|were|remains?|stays?|has been|will be) (?:still |now |increasingly )?dominated by)\\b`,
      ),
    ],
    examples: {
      match: [
        'Two chip designers dominate the market for AI accelerators.',
        'The AI cloud business is dominated by three firms.',
      ],
      noMatch: ['The keynote was dominated by talk of AI agents.'],
    },
  },
  {
    id: 'undercut-on-price',
    group: 'moat-commodity',
    description: 'Says cheaper models or rivals are undercutting the leaders on price.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
      needsDomain: true,
    },
    patterns: [
      re(
        `\\bundercut(?:s|ting)? (?:the )?(?:[\\w-]+ ){0,3}(?:labs|rivals|incumbents|giants|leaders|companies|firms|prices|providers|vendors|models)\\b`,
      ),
    ],
    examples: {
      match: ['Cheap open releases are undercutting the big American labs on price.'],
      noMatch: ['The lab undercut its own forecast for the quarter.'],
    },
  },
  {
    id: 'closed-preferred',
    group: 'open-source-parity',
    description:
      'Says buyers still prefer or trust closed models, or that closed labs hold the advantage; or that they have lost their monopoly on top performance (the opposite).',
    effect: {
      kind: 'signal',
      category: 'open_source_parity',
      direction: 'lagging',
      weight: 1,
      vote: 2.5,
      onNegation: 'flip',
      needsOpenTopic: 'context',
    },
    patterns: [
      re(
        `\\b(?:prefer\\w*|trust\\w*|stick\\w* with|choos\\w*|pick\\w*|favou?r\\w*) (?:the )?(?:closed|proprietary|paid|commercial|hosted) (?:models?|systems?|vendors?|labs?|APIs?|providers?)\\b`,
      ),
      re(
        `\\b(?:closed|proprietary) (?:models?|systems?|labs?|vendors?|rivals)\\b[^.;]{0,20}\\b(?:hold|holds|keep|keeps|retain|retains|have|has) (?:a |an |the |their )?(?:[\\w-]+ )?(?:advantage|edge|lead)\\b`,
      ),
    ],
    examples: {
      match: [
        'Banks still prefer proprietary models for anything a customer sees.',
        'Closed labs hold a clear edge on long reasoning tasks.',
      ],
      noMatch: ['Banks prefer open models for internal search.'],
    },
  },
  {
    id: 'feudal-metaphor',
    group: 'consolidation-concentration',
    description:
      'Describes the market in feudal or rent terms: landlords and tenants, fiefdoms, vassals, toll booths, the last one standing.',
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
        `\\b(?:tenants? of|landlords? of|feudal|fiefdoms?|vassals?|serfs?|sharecroppers?|toll ?(?:booths?|gates?|roads?|collectors?)|last (?:man|one|lab|company|firm) standing|rent-seeking|pay rent to)\\b`,
      ),
    ],
    examples: {
      match: ['Every AI start-up is now a tenant of one of three cloud landlords.'],
      noMatch: ['The AI lab moved into a rented office in May.'],
    },
  },
  {
    id: 'frontier-town-metaphor',
    group: 'consolidation-entry',
    description: 'Describes the market as a bazaar, a free-for-all, a Cambrian explosion or the wild west.',
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
      re(
        `\\b(?:is|are|looks like|look like|resembles?|becom\\w*|turn\\w* into|more like|like) (?:a |an |the )?(?:[\\w-]+ )?(?:bazaar|free-for-all|cambrian explosion|wild west|thousand flowers)\\b`,
      ),
    ],
    examples: {
      match: ['The market for small AI models is a free-for-all.'],
      noMatch: ['The AI lab held a party at the bazaar.'],
    },
  },
  {
    id: 'only-few-can-pay',
    group: 'consolidation-concentration',
    description:
      'Says only a few labs will be able to pay for each new generation, that the exit for the rest is a sale, or that gains accrue to the biggest players.',
    effect: {
      kind: 'signal',
      category: 'consolidation',
      direction: 'concentrating',
      weight: 1,
      onNegation: 'flip',
    },
    patterns: [
      re(
        `\\b(?:only |maybe |perhaps |just )?(?:two|three|four|five|a few|a handful of) (?:[\\w-]+ )?(?:labs|companies|firms|players|groups|giants) (?:will be able to|can|could|are able to) (?:afford|pay for|fund|finance|keep up with)\\b`,
      ),
      re(
        `\\b(?:exit|endgame|only way out|end state|likely outcome) (?:for [^.;]{0,30})?(?:is|will be) (?:a sale|to sell|an acquisition|being acquired|being bought)\\b`,
      ),
      re(
        `\\baccrues? (?:mostly |mainly |largely )?to the (?:biggest|largest|richest|leading|incumbent|established)\\b`,
      ),
    ],
    examples: {
      match: [
        'Perhaps three AI labs can afford each new frontier generation.',
        'For most AI start-ups the likely outcome is a sale to a cloud giant.',
      ],
      noMatch: ['Three labs can share the data.'],
    },
  },
  {
    id: 'few-lines-of-code',
    group: 'moat-commodity',
    description: 'Says switching to another vendor takes only a few lines of code.',
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
        `\\b(?:chang\\w*|edit\\w*|rewrit\\w*|swap\\w*|alter\\w*) (?:only |just )?(?:a few|a couple of|a handful of|one|a single|a) lines? of code\\b`,
      ),
    ],
    examples: {
      match: [
        'Moving to another AI vendor only requires swapping a single line of code.',
        'Porting the app to another AI vendor takes editing a couple of lines of code.',
      ],
      noMatch: ['The team ate lunch with the AI researchers.'],
    },
  },
  {
    id: 'share-and-dependence',
    group: 'consolidation-concentration',
    description:
      'Says a few customers make up most of the revenue, a few spend more than the rest combined, labs depend on the giants, or a deal removes a remaining rival or hands over control.',
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
        `\\b(?:largest|biggest|top) (?:[\\w-]+ )?(?:customers|buyers|clients|spenders)\\b[^.;]{0,30}\\b(?:account\\w* for|make up|made up|represent\\w*|bring in|brought in)\\b`,
      ),
      re(
        `\\bmore than (?:the rest of the (?:industry|market|field|sector|world)|everyone else|all (?:the )?other [\\w-]+) (?:combined|put together)\\b`,
      ),
      re(
        `\\b(?:depend\\w*|reliant|rely|relies|relying|dependent) (?:heavily |entirely |increasingly )?on (?:the )?(?:hyperscalers|cloud giants|tech giants|giants|big tech|big (?:two|three|four|five))\\b`,
      ),
      re(
        `\\binvestor and (?:supplier|landlord|customer|cloud provider)\\b|\\bsupplier and (?:investor|shareholder)\\b`,
      ),
      re(
        `\\b(?:remov\\w*|eliminat\\w*|tak\\w* out|swallow\\w*) (?:one of )?(?:the )?(?:few |last |only )?(?:remaining|independent) (?:[\\w-]+ )?(?:rivals?|competitors?|independents?|challengers?|labs?|developers?)\\b`,
      ),
      re(`\\b(?:giv\\w*|gave|hand\\w*) (?:[\\w'-]+ ){0,3}control (?:of|over)\\b`),
      re(`\\b(?:last|few remaining|only remaining) (?:[\\w-]+ ){1,2}independent\\b`),
    ],
    examples: {
      match: [
        'Its five biggest AI customers make up half of its sales.',
        'Smaller labs increasingly rely on the hyperscalers for money and compute.',
        'The purchase takes out one of the last independent AI developers.',
      ],
      noMatch: ['The lab’s customers include banks and insurers.'],
    },
  },
];
