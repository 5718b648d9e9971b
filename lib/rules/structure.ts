// Market-structure rules, round 2: claims carried by the words of market structure rather than
// by each category's keywords. Who captures the profits, how many players remain independent,
// whether others can follow, what a thin product on someone else's model is worth, whether the
// number of competitors grows or shrinks, and what a market "looks like" (an estate or a bazaar).
// Every pattern is a lexicon slot next to a verb slot, bounded gaps only before literals.
import type { Rule } from './types';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
const re = (source: string) => new RegExp(source, 'i');

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
/** Counts of companies. */
const NUMBER_OF = `number of (?:[\\w-]+ ){0,2}(?:companies|labs|firms|players|competitors|providers|developers|model makers|start-?ups|vendors|rivals)`;

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
        `\\b(?:a|no|any) (?:[\\w-]+ )?(?:newcomer|start-?up|rival|challenger|lab|entrant)\\b[^.;]{0,40}\\b(?:cannot|can't|could not|can not|couldn't|can)(?: easily| quickly| simply)? (?:buy|afford)\\b`,
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
        `\\baccount(?:s|ed)? for (?:most|the bulk|nearly all|almost all|a majority|close to half|more than half|over half) of\\b`,
      ),
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
        `\\b${NUMBER_OF}\\b[^.;]{0,40}\\b(?:has |have |had )?(?:roughly |nearly |more than |almost )?(?:doubled|tripled|trebled|grown|risen|rose|increased|multiplied|exploded|ballooned|soared)\\b`,
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
      needsDomain: true,
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
];
