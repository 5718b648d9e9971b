// Moat rules: whether AI firms hold durable advantages or barriers to entry, or whether models are
// commoditised and interchangeable (claims.md, category `moat`).
import type { Rule } from './types';

/** Money words: what AI firms can charge or afford. Half a cue, only next to a COMPETITION word. */
const ECONOMICS =
  /\b(?:prices?|pricing|margins?(?<!by a margin)|premium|afford\w*|cheap\w*|billions?|capital|costs?|expensive|profit\w*|revenue)\b/gi;
/** Rivalry words: competing, winning, defending a position. */
const COMPETITION =
  /\b(?:advantages?|edge|compet\w+|rivals?|win|wins|winning|survive|defend\w*|replicat\w*|copy|copied|lead|leaders?|challengers?|newcomers?|entrants?|scarce|exclusive|proprietary)\b/gi;
/** What may stand between the two words of a pair: a short stretch of one clause. */
const PAIR_GAP = /^[^,;:()\u2014\u2013]{0,45}$/;

function spans(re: RegExp, s: string): [number, number][] {
  re.lastIndex = 0;
  const out: [number, number][] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}
/**
 * The weak cues count only as a pair within a few words of one clause ("cut prices and still earn
 * more than a rival"): the same two words a sentence apart are just business vocabulary.
 */
function weakPair(sentence: string): boolean {
  const money = spans(ECONOMICS, sentence);
  if (!money.length) return false;
  const rivalry = spans(COMPETITION, sentence);
  return money.some(([a, b]) =>
    rivalry.some(([c, d]) => PAIR_GAP.test(b <= c ? sentence.slice(b, c) : sentence.slice(d, a))),
  );
}

/** The audience a firm already reaches: user counts, every device of a kind, its existing customers. */
const INSTALLED_BASE =
  /\b(?:(?:billions|hundreds of millions|tens of millions|millions) of (?:users|people|customers|devices|phones|subscribers)|(?:\d+(?:\.\d+)?|one|two|three|four|five|six) (?:billion|million) (?:users|people|customers|devices|phones|subscribers)|every (?:[\w-]+ )?(?:phone|device|desktop|laptop|PC|computer|worker|employee|inbox|browser|car|home)|(?:its|their) (?:installed base|user base|existing customers|customer relationships|sales force|operating systems?|app stores?))\b/i;
/** What that reach is worth: the advantage, where the value lies, the default, a share kept. */
const BASE_WORTH =
  /\b(?:advantages?|edge|moat|matters? more|value (?:lies|is)|lies in|locked[- ]in|lock-in|by default|the default|head start|kept (?:its|their) (?:share|lead|customers)|distribution)\b/i;

export const MOAT_RULES: readonly Rule[] = [
  {
    id: 'moat-absent',
    group: 'moat-barriers',
    description: 'Says a firm or product has no moat, or that its moat is shallow, leaking or gone.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 2,
      onNegation: 'keep',
    },
    patterns: [
      /(?:\b(?:no|lacks?|lacking|lack of (?:a|any)|without (?:a|any)|not (?:a|any)|never (?:a|had a)|nor a|neither has a)|n't (?:a|any|have a))\s+(?:[\w-]+\s+){0,3}?moats?\b/i,
      /\bmoats?\b[^.;:]{0,50}?\b(?:shallow|leaks?|leaky|erod\w*|drain\w*|disappear\w*|evaporat\w*|illusory|vanish\w*|gone|narrow\w*|dried up|fill\w* in|crumbl\w*)/i,
      /\b(?:isn't|is not|aren't|are not|no longer|not really) (?:a |an )?(?:\w+ )?moats?\b/i,
      /\b(?:count|counts|qualify|qualifies) as a moat\b/i,
      /\bweakest of (?:\w+ )?moats\b/i,
    ],
    examples: {
      match: [
        'The chatbot maker lacks a durable moat against cheaper rivals.',
        'Any moat the early labs enjoyed is evaporating as prices fall.',
        'Brand loyalty is not a moat when switching costs nothing.',
      ],
      noMatch: ['The lab has built a deep moat around its enterprise business.'],
    },
  },
  {
    id: 'moat-present',
    group: 'moat-barriers',
    description: 'Speaks of a moat around a business: a durable advantage that keeps rivals out.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 0.5,
      onNegation: 'flip',
    },
    patterns: [/\bmoats?\b/i, /\bdefensib(?:le|ility)\b/i, /\bunassailable\b/i],
    examples: {
      match: [
        'The lab has built a deep moat around its enterprise business.',
        'Investors want to know whether the chip designer’s lead is defensible.',
      ],
      noMatch: ['The company reported strong quarterly revenue.'],
    },
  },
  {
    id: 'barriers-rising',
    group: 'moat-barriers',
    description: 'Says barriers to entry are high or rising, so newcomers find it hard to compete.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'flip' },
    patterns: [
      /(?<!usage |adoption |language |trade )\b(?:barriers?|hurdles?|obstacles?)\b[^.;]{0,60}?\b(?:high|higher|rising|rises|prohibitive\w*|steep\w*|formidable|insurmountable|getting higher|grow\w*|real)\b/i,
      /\b(?:high|higher|rising|prohibitive|steep|formidable|significant|towering|real|underrated|erect\w*|build|building|built|rais\w*)\s+(?:[\w-]+\s+){0,3}?(?:barriers?|hurdles?)\b/i,
      /\bbarrier to entry\b[^.;]{0,40}\b(?:expensive|costly)\b/i,
      /\b(?:rais\w+|set|sets) the bar\b/i,
      /\b(?:days|era|age) of (?:easy|cheap|open) (?:entry|money|access)\b[^.;]{0,15}\b(?:over|gone|ended)\b/i,
      /\b(?:hard|harder|difficult|impossible)\b[^.;]{0,20}\bfor (?:anyone else|newcomers|new entrants|rivals|competitors|challengers|others) to (?:join|enter|compete|catch up|replicate|copy|match)\b/i,
      /\bharder to (?:get|obtain|come by|secure)\b/i,
      /\bbottlenecks?\b/i,
    ],
    examples: {
      match: [
        'The barriers to entry for frontier training have become prohibitively high.',
        'Chip shortages are erecting formidable barriers for newcomers.',
        'Exclusive data deals make it hard for rivals to catch up.',
      ],
      noMatch: ['Barriers to entry have fallen as training costs dropped.'],
    },
  },
  {
    id: 'barriers-falling',
    group: 'moat-barriers',
    description: 'Says barriers to entry are falling, so anyone can now build or copy the technology.',
    effect: { kind: 'signal', category: 'moat', direction: 'eroding', weight: 1, onNegation: 'flip' },
    patterns: [
      /(?<!usage |adoption |language |trade )\bbarriers?\b(?: to entry)?[^.;]{0,80}?\b(?:fall|falls|fell|fallen|falling|dropp?\w*|lower\w*|collaps\w*|vanish\w*|crumbl\w*|gone|disappear\w*|shrink\w*|eroding)\b/i,
      /\b(?:reduc\w*|lower\w*|remov\w*|dismantl\w*|low|tear\w* down|eliminat\w*)\s+(?:[\w-]+\s+){0,2}?barriers? (?:to entry|to entering|for (?:startups|start-ups|newcomers|new entrants|smaller))/i,
      /\banyone (?:can|could|is able to) (?:now )?(?:tinker|fine-tune|train|build|replicate|copy|run|reproduce)\b/i,
      // "any team with a few million dollars can now build…": the ticket is within anyone's reach
      /\b(?:any|almost any|practically any|every) (?:[\w-]+ )?(?:team|start-?up|company|developer|lab|firm|programmer|engineer|hobbyist)\b[^.;]{0,40}\bcan (?:now )?(?:build|train|ship|fine-tune|match|copy|replicate)\b/i,
      /\b(?:reproduce|replicate|copy|distil|distill)\b[^.;]{0,40}\bin (?:six|a few|two|three|\d+) (?:weeks|months|days)\b/i,
      /\bfrom unachievable to (?:cheap|easy)\b/i,
    ],
    examples: {
      match: [
        'Barriers to entry have fallen as training costs dropped.',
        'Cheap cloud credits are lowering the barriers to entry for startups.',
        'With the weights online, anyone can fine-tune a capable assistant.',
      ],
      // that anyone may download the weights is a licence fact, not a falling barrier
      noMatch: [
        'The new app aims to lower usage barriers for older customers.',
        'The weights are under a permissive licence, so anyone can download them.',
      ],
    },
  },
  {
    id: 'commoditised',
    group: 'moat-commodity',
    description: 'Says models are becoming a commodity: interchangeable, cheap, competed on price alone.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
    },
    patterns: [
      /\bcustomers?\b[^.;]{0,20}\b(?:drift\w*|defect\w*|flee\w*|switch\w*|churn\w*) to (?:a |an )?(?:cheaper|rival|competitor)/i,
      /\b(?:cost|price)s? (?:of|for) (?:reaching|training|matching|running|inference|intelligence|tokens?|capability)\b[^.;]{0,40}\b(?:fall\w*|fell|drop\w*|plung\w*|collaps\w*)/i,
      /\bcommodit(?:y|ies|ised|ized|ising|izing|isation|ization|ise|ize)\b/i,
      /\binterchangeable\b/i,
      /\bfungible\b/i,
      /\brace to the bottom\b/i,
      /\bprice wars?\b/i,
      /\bmargin (?:compression|squeeze|pressure)\b/i,
      /\b(?:compress\w*|squeez\w*|thin\w*) (?:their |the |its )?margins\b/i,
      /\bthinnest margins\b/i,
      /\bwasting asset\b/i,
      /\bleast valuable (?:thing|part|layer)\b/i,
      /\bswap\w* one (?:model|provider|vendor) for another\b/i,
      /\b(?:switch|swap)\w* (?:models|providers|vendors) (?:in|within|takes) (?:an? )?(?:afternoon|day|hours?|minutes)\b/i,
      /\bno longer a business\b/i,
      /\bnot a business on its own\b/i,
      /\bback-end suppliers?\b/i,
      /\b(?:treadmill|utility rather than)\b/i,
    ],
    examples: {
      match: [
        'Large language models are fast becoming a commodity.',
        'Buyers now treat the chatbots as interchangeable parts.',
        'The price war among model vendors is squeezing their margins.',
      ],
      noMatch: ['The vendor raised its prices for premium customers.'],
    },
  },
  {
    id: 'pricing-power-lost',
    group: 'moat-commodity',
    description: 'Says AI firms are losing pricing power, ground or their lead to rivals.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:shadow over|threat to|threatens? to|pressure on|weigh\w* on|undermin\w*)\b[^.;]{0,30}\b(?:profitability|profits|margins|pricing|business models?|economic models?|valuations?)\b/i,
      /\bstruggl\w* to (?:maintain|keep|hold|justify|defend)\b/i,
      /(?:\b(?:will not|would not|not)|n't) pay for\b/i,
      /\b(?:free|cheaper|unrestricted),? (?:[\w-]+,? ){0,3}alternatives?\b/i,
      /\b(?:ability|capacity) to (?:maintain|keep|hold|defend|sustain)\b[^.;]{0,40}\b(?:in question|in doubt|doubtful|uncertain|limited)\b/i,
      /\b(?:prominence|dominance|primacy|supremacy|relevance)\b[^.;]{0,100}\b(?:questioned|challenged|wan\w+|in doubt|under threat)\b/i,
      /\b(?:became|becoming|become|becomes) (?:increasingly |largely )?irrelevant\b/i,
      /\b(?:erod\w*|wear\w* down|wore down|undercut\w*|weaken\w*|destroy\w*|lose|loses|losing|lost)\b[^.;]{0,30}\bpricing power\b/i,
      /\b(?:strip\w*|wip\w+ out|wiping out|sapp?\w*|kill\w*|eras\w*)\b[^.;]{0,30}\b(?:pricing power|premium|margins)\b/i,
      /\b(?:lost|losing|lose|loses|ceded|ceding) (?:\w+ )?ground\b/i,
      /\b(?:dominance|lead|leadership|advantage|edge|grip)\b[^.;]{0,40}\b(?:wan\w+|erod\w*|shrink\w*|shrank|narrow\w*|slipp\w*|fad\w+|diminish\w*|evaporat\w*|disappear\w*|vanish\w*)/i,
      /\bno secret sauce\b/i,
      /\b(?:secrecy|secret) is a moot point\b/i,
      /\bdilut\w+ (?:their|its|the) value\b/i,
      /(?:\bnot|n't) positioned to win\b/i,
      /\b(?:at|to) a (?:size |cost |structural )?disadvantage\b/i,
      /\b(?:competitive )?advantage[^.;]{0,50}\b(?:harder|hard|difficult|impossible) to (?:hold|keep|maintain|defend|sustain)\b/i,
      /\b(?:hold|keep|maintain|defend|sustain)\w*(?: on to)? (?:a|any|their|its) (?:competitive )?(?:advantage|edge|lead)\b[^.;]{0,40}\b(?:harder|tenuous|difficult|impossible|question)\b/i,
      /\bpose risks? to (?:their|its|the) (?:market share|margins|profitability)\b/i,
      /\b(?:margins?|market share|profitability|valuations?)\b[^.;]{0,30}\b(?:compress\w*|shrink\w*|under pressure|squeezed)\b/i,
      /\btenuous\b/i,
    ],
    examples: {
      match: [
        'Free alternatives are wearing down the leaders’ pricing power.',
        'The early leader has lost ground to competitors in image generation.',
        'The incumbent’s dominance in search may be waning.',
      ],
      noMatch: ['The lab kept its pricing power through the downturn and raised prices.'],
    },
  },
  {
    id: 'advantage-held',
    group: 'moat-advantage',
    description:
      'Says a firm holds a durable advantage — capital, compute, chips, data, talent, brand or distribution — that rivals cannot easily match.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 0.8,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:competitive|strategic|structural|durable|lasting|unfair|decisive|insurmountable|technological|data|scale|cost|distribution|infrastructure)\s+(?:\w+\s+)?advantages?\b/i,
      /\b(?:retain|retains|hold|holds|keep|keeps|maintain|maintains|gain|gains|enjoy|enjoys|cement\w*|consolidat\w*|extend\w*|build\w*|built|sustain\w*|preserv\w*)\s+(?!(?:a |an |the )?(?:slight|small|narrow|thin|modest|marginal)\b)(?:\w+\s+){0,3}?(?:advantages?|edge|lead|dominance)\b/i,
      /\badvantages? in (?:data|compute|capital|distribution|talent|training|chips|infrastructure|scale)\b/i,
      /\bproprietary (?:data|datasets?)\b/i,
      /\bwalled gardens?\b/i,
      /\bdata flywheels?\b/i,
      /\block(?:s|ed|ing)? in\b[^.;]{0,30}\b(?:customers|clients|users|enterprises)\b/i,
      /\b(?:hard|harder|difficult|impossible) for (?:competitors|rivals|others|anyone else|challengers) to (?:replicate|copy|match|dislodge)\b/i,
      /\b(?:offer|offers|provide|provides|create|creates|keep|keeps)\b[^.;]{0,20}\bdifferentiation\b/i,
      /\b(?:retain|keep|hold|maintain|enjoy|have|has)\w* (?:their |its |strong |real )?pricing power\b/i,
      /\b(?:unique|exclusive|proprietary) data(?: assets)?\b/i,
      /\bonly (?:those|companies|firms|labs|players|the ones) (?:with|that have|who have)\b/i,
      /\bkeep\b[^.;]{0,40}\bat the top\b/i,
      /\b(?:in front of|on for|to) (?:every|all (?:of )?(?:its|their)|a billion|billions of|hundreds of millions of) (?:[\w-]+ ){0,2}(?:users?|customers?|devices|phones|workers|people|employees|desktops|businesses|consumers|readers)\b/i,
      /\b(?:only|just) (?:a handful|a few|two|three|four|five)\b[^.;]{0,30}\bcan (?:afford|write|sell|build|train|pay)\b/i,
      /\bwrite (?:that|those|such) (?:cheques?|checks?)|(?:cheques?|checks?) (?:of )?that size\b/i,
      /\bdeep pockets\b/i,
      /\bprohibitively expensive\b/i,
      /\b(?:requires?|costs?|cost) (?:billions|tens of billions|hundreds of millions)\b/i,
      /\b(?:own|owns|owning|control|controls|controlling)\b[^.;]{0,10}\b(?:the )?(?:customers|users|distribution|ecosystem|platform|relationship)\b/i,
      /\balready has the users\b/i,
      /\b(?:doesn't|does not|don't|do not|won't|never) get to (?:train|compete|play)\b/i,
      /\bstill (?:have|own|control|hold)\b[^.;]{0,40}\b(?:customers|users|contracts|data cent(?:re|er)s|distribution)\b/i,
      /\bnever get a look in\b/i,
      /\bgetting deeper\b/i,
      /\bharder to replicate\b/i,
      /\bmake\b[^.;]{0,30}\bscarce\b/i,
      /\bcements? (?:itself|its|their)\b/i,
    ],
    examples: {
      match: [
        'Owning the cloud gives the giant a structural advantage in training costs.',
        'Incumbents retain several advantages, including brand and distribution.',
        'The search giant can put its assistant in front of every phone user.',
      ],
      noMatch: [
        'The startup took advantage of the sunny weather to hold its launch outdoors.',
        'The leader still holds a slight edge on quality.',
      ],
    },
  },
  {
    id: 'outcompeted',
    group: 'moat-advantage',
    description: 'Says smaller firms cannot afford, compete or win against those with scale.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'keep' },
    patterns: [
      /\b(?:can ?not|can't|unable to|struggle to|struggles to|struggling to) (?:compete|afford|keep up)\b/i,
      /\b(?:smaller|small|weaker|poorer) (?:competitors|rivals|players|firms|labs|companies) (?:are )?(?:relying on|left with|stuck with|forced to|reduced to)\b/i,
      /\b(?:can ?not|can't|no way to) (?:win|survive|compete)\b[^.;]{0,30}\bwithout\b/i,
    ],
    examples: {
      match: [
        'Smaller labs cannot afford the chips needed to train frontier models.',
        'Without a cloud partner, a start-up struggles to compete at the frontier.',
      ],
      noMatch: ['Small labs can no longer win on raw model quality.'],
    },
  },
  {
    id: 'advantage-lost',
    group: 'moat-advantage',
    description:
      'Says startups or rivals can no longer be kept out, or that a firm’s edge no longer matters.',
    effect: { kind: 'signal', category: 'moat', direction: 'eroding', weight: 1, onNegation: 'keep' },
    patterns: [
      /\bcan no longer (?:compete|win|rely|charge)\b/i,
      /\b(?:doesn't|does not|don't|do not) matter\b/i,
      /\b(?:talent|researchers?)\b[^.;]{0,40}\b(?:walk\w* out|leav\w*|poach\w*|leaks?)\b/i,
      /\bpoached\b/i,
      /\b(?:know|knows) everything (?:we|they) know\b/i,
      /\b(?:doesn't|does not|don't|do not) (?:make|keep) (?:the|a) (?:model|product|technology) (?:itself )?scarce\b/i,
    ],
    examples: {
      match: [
        'Small labs can no longer win on raw model quality.',
        'Its researchers keep leaving for rivals who pay more.',
      ],
      noMatch: ['The lab hired forty researchers this year.'],
    },
  },
  {
    id: 'lock-in',
    group: 'moat-advantage',
    description:
      'Says customers are locked in, switching is costly, or scale and scarce chips keep newcomers out.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:high|steep|significant|real|painful) switching costs?\b|\bswitching costs? (?:are|is|remain) (?:high|steep|significant|prohibitive)\b/i,
      /\block-?in\b|\blocked (?:in|into)\b|\bsticky\b/i,
      /\bhard to (?:dislodge|displace|unseat|leave)\b/i,
      /\bnetwork effects?\b|\beconomies of scale\b|\bfirst-mover advantages?\b|\bincumbency\b|\bentrenched\b/i,
      /\bwar chests?\b|\bout-?spend\w*\b|\bprice of admission\b|\bticket to (?:train|play|compete|enter)\b/i,
      /\b(?:scarce|scarcity of|shortage of|short supply of)\b[^.;]{0,30}\b(?:chips|GPUs|accelerators|compute|power|talent|data)\b/i,
      /\b(?:chips|GPUs|accelerators|compute|power)\b[^.;]{0,30}\b(?:scarce|in short supply|rationed|sold out)\b/i,
      /\bexclusive (?:deals?|access|partnerships?|contracts?|licen[cs]es?)\b/i,
      /\bcharge (?:a )?premium\b/i,
      /\bout of reach\b/i,
    ],
    examples: {
      match: [
        'Once a bank wires an assistant into its workflows, switching costs are steep.',
        'Scarce accelerators mean only the richest firms get to train at scale.',
        'Its huge war chest lets the search company outspend every challenger.',
      ],
      noMatch: ['The firm changed its logo and moved its headquarters.'],
    },
  },
  {
    id: 'easy-to-switch',
    group: 'moat-commodity',
    description:
      'Says switching providers is cheap and easy, prices are collapsing, or any lead is short-lived.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.5,
      onNegation: 'flip',
    },
    patterns: [
      /\bswitching costs?\b[^.;]{0,40}\b(?:low|near zero|close to zero|negligible|minimal|vanishing|fallen|collapsed|nil)\b|\b(?:low|no|zero|negligible|minimal) switching costs?\b/i,
      /\beasy to (?:switch|swap|replace|substitute|copy|clone|replicate)\b|\bdrop-in replacements?\b|\bplug-and-play\b/i,
      /\b(?:slash\w*|halv\w*) (?:its |their )?prices?\b|\bprices? (?:war|collapse\w*|plunge\w*|plummet\w*|tumble\w*|crash\w*)\b|\brace to zero\b/i,
      /\bundifferentiated\b|\bme-too\b|\bcopycats?\b/i,
      /\b(?:fleeting|temporary|short-lived|transient|ephemeral) (?:advantages?|leads?|edges?)\b|\b(?:advantage|lead|edge)s?\b[^.;]{0,40}\b(?:fleeting|temporary|short-lived|transient)\b/i,
      /\bno (?:lasting|durable|sustainable|lasting) (?:advantage|edge|lead)\b/i,
    ],
    examples: {
      match: [
        'Developers say switching costs between chatbot vendors are close to zero.',
        'Any lead in reasoning models has proved short-lived.',
        'The startup slashed its prices after a rival released a cheaper model.',
      ],
      noMatch: ['Switching costs are steep once a bank wires an assistant into its workflows.'],
    },
  },
  {
    id: 'scale-costs',
    group: 'moat-advantage',
    description:
      'Says the cost of competing — training, chips, data centres — is soaring, so only the richest can play.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'flip' },
    patterns: [
      /\b(?:costs?|price|prices|bills?)\b[^.;]{0,30}\b(?:training|compute|chips|data cent\w+|frontier)\b[^.;]{0,30}\b(?:soar\w*|climb\w*|balloon\w*|explod\w*|doubl\w*|skyrocket\w*|ris(?:e|es|ing))\b/i,
      /\bonly (?:the )?(?:largest|biggest|richest|wealthiest|best-funded|deepest-pocketed|biggest and richest)\b/i,
      /\bfew\b[^.;]{0,30}\bcan (?:afford|match|pay|keep up|stay)\b/i,
      /\b(?:advantages?|edge|lead) over (?:rivals|competitors|challengers|the competition|newcomers|smaller)\b/i,
      /\b(?:years|miles|far|well) ahead of (?:rivals|competitors|the competition|everyone)\b/i,
      /\bfeedback loops?\b|\bbundl(?:e|es|ed|ing)\b[^.;]{0,40}\b(?:into|with)\b/i,
      /\bdistribution\b[^.;]{0,20}\b(?:advantage|power|king|muscle|reach|wins)\b/i,
    ],
    examples: {
      match: [
        'The bill for training a frontier system keeps doubling every year.',
        'Only the best-funded labs can keep buying accelerators at this pace.',
        'Bundling the assistant into its office suite gives the software giant a head start.',
      ],
      noMatch: ['The lab trained a small model on a laptop.'],
    },
  },
  {
    // The guide's barrier of capital and compute, said of the people it keeps out rather than of
    // the firms that hold it: the scarce input (chips, compute, data centres) in one clause with
    // those outside the top who wait, queue or cannot afford it.
    id: 'resource-out-of-reach',
    group: 'moat-advantage',
    description:
      'Says chips, compute or data centres are out of reach for everyone outside the largest players.',
    effect: { kind: 'signal', category: 'moat', direction: 'strengthening', weight: 1, onNegation: 'flip' },
    hint: /outside|afford|everyone else|everybody else|the rest|queue|wait/i,
    patterns: [
      /\b(?:compute|chips?|GPUs?|accelerators?|data cent(?:re|er)s?|clusters?|capacity|servers)\b[^.;:]{0,70}\b(?:for|to) (?:(?:buyers|customers|companies|firms|labs|start-?ups|anyone|everyone) )?outside (?:the|a) (?:largest|biggest|richest|top|few|handful|big)\b/i,
      /\b(?:no|few|not one|hardly any) (?:start-?up|newcomer|challenger|smaller (?:lab|firm|rival)|independent (?:lab|firm))s? (?:could|can|would|will) (?:ever )?afford\b[^.;:]{0,40}\b(?:compute|chips?|GPUs?|accelerators?|data cent(?:re|er)s?|clusters?|capacity|servers)\b/i,
      /\b(?:everyone else|everybody else|the rest(?: of (?:the field|the market|us))?)\b[^.;:]{0,30}\b(?:waits?|waiting|queues?|queuing|rationed|cannot get|can't get|shut out)\b[^.;:]{0,40}\b(?:compute|chips?|GPUs?|accelerators?|data cent(?:re|er)s?|clusters?|capacity)\b/i,
    ],
    examples: {
      match: [
        'Lead times for top accelerators have stretched past half a year for customers outside the biggest clouds.',
        'Not one newcomer will afford the accelerators a frontier run takes.',
        'Everyone else waits in line for whatever GPU capacity the giants leave over.',
      ],
      noMatch: [
        'The lab bought chips for its new data centre outside Dublin.',
        'Few start-ups can afford a booth at the trade fair.',
        'Everyone else waited for the keynote to start.',
      ],
    },
  },
  {
    // Distribution as the guide's moat, said through the audience a firm already reaches (billions
    // of users, every phone, its existing customers) next to what that is worth to it (the
    // advantage, where the value lies, the default). A user count alone is a fact, not a claim.
    id: 'installed-base',
    group: 'moat-advantage',
    description:
      'Says a firm’s advantage lies in the users, devices or customers it already reaches (distribution).',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'strengthening',
      weight: 1,
      onNegation: 'flip',
      needsDomain: true,
    },
    // what the reach is worth is the rarer half: it gates the other
    hint: BASE_WORTH,
    check: (s) => INSTALLED_BASE.test(s),
    patterns: [],
    examples: {
      match: [
        'The real edge is the two billion people who already see the assistant inside their phone software.',
        'Its advantage is that every laptop sold with the operating system ships with the chatbot by default.',
        'What matters more than the model is its installed base of enterprise customers.',
      ],
      noMatch: [
        'The chatbot now has 800 million weekly users, the company said.',
        'It will build assistants for the 300 million people who use its apps.',
      ],
    },
  },
  {
    id: 'rivals-copy',
    group: 'moat-commodity',
    description:
      'Says rivals copy or match a product quickly, or that it is easily substituted or given away.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: 'eroding',
      weight: 1,
      vote: 1.2,
      onNegation: 'flip',
    },
    patterns: [
      /\b(?:rivals|competitors|others|challengers|copycats|everyone else)\b[^.;]{0,30}\b(?:catch up|caught up|copy|copies|copied|clone\w*|replicat\w*|reproduc\w*)\b/i,
      /\bsubstitut(?:e|es|able)\b/i,
      /\bprices? (?:of|for) (?:models?|tokens?|API|APIs|inference|access)\b[^.;]{0,30}\b(?:fall\w*|fell|drop\w*|plung\w*|collaps\w*|tumbl\w*)\b/i,
      /\bgiv(?:e|es|ing|en) (?:\w+ ){0,2}away (?:for free)?\b/i,
    ],
    examples: {
      match: [
        'Whatever feature one chatbot ships, rivals copy within weeks.',
        'For most buyers one assistant is a ready substitute for another.',
      ],
      noMatch: ['The chatbot shipped a new feature this week.'],
    },
  },
  {
    id: 'weak-economics',
    group: 'moat-weak-cues',
    description:
      'Talks about what AI firms can charge or afford (prices, margins, capital); counts only with a second cue.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: null,
      weight: 0.5,
      onNegation: 'keep',
      needsDomain: true,
    },
    hint: ECONOMICS,
    patterns: [],
    check: weakPair,
    examples: {
      match: ['The AI lab’s margins depend on how many rivals it faces.'],
      noMatch: [
        'The lab hired a new head of research.',
        'Capital spending rose again this year, and the lab hired a new head of research to lead it.',
        'Closed systems are ahead by a margin of six points on the test.',
      ],
    },
  },
  {
    id: 'weak-competition',
    group: 'moat-weak-cues',
    description: 'Talks about competing, winning or defending a position; counts only with a second cue.',
    effect: {
      kind: 'signal',
      category: 'moat',
      direction: null,
      weight: 0.5,
      onNegation: 'keep',
      needsDomain: true,
    },
    hint: COMPETITION,
    patterns: [],
    check: weakPair,
    examples: {
      match: ['Challengers will find the AI market too expensive to crack.'],
      noMatch: [
        'The lab hired a new head of research.',
        'Challengers keep arriving in the chatbot market; meanwhile the price of a GPU hour is flat.',
      ],
    },
  },
];
