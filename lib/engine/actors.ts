// Actors (claims.md, "Actors"): organisations, models and groups of market players named in the
// sentence, possessives dropped, each once. A pronoun or "these companies" names no one.
import { GROUP_HEADS, KNOWN_ACTORS } from '../rules/lexicon';
import {
  COUNTED_HEADS,
  EXTRA_GROUP_HEADS,
  EXTRA_ORG_TAILS,
  NATIONALITIES,
  NOT_FIRM_WORDS,
  ORG_RUN_OPENERS,
  PLACED_THINGS,
} from '../rules/players';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN = new RegExp(
  `(?<![\\w-])(?:${[...KNOWN_ACTORS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![\\w])`,
  'g',
);
const ORG_WORD = "[A-Z][\\w.&'-]*";
/** "Strata Systems", "Pellwood Research": capitalised words ending in an organisation word. */
const ORG_BY_TAIL = new RegExp(
  `\\b(?:${ORG_WORD} ){1,3}(?:Labs|Lab|Systems|AI|Cloud|Research|Securities|Partners|Capital|Group|Technologies|Reasoning|Micro|Robotics|Computing|Networks|Ventures|Analytics|Intelligence|Insight|Insights|Holdings|Semiconductor|Software|Dynamics|Data|${EXTRA_ORG_TAILS})\\b`,
  'g',
);
const GROUP = new RegExp(
  `\\b((?:["\u201c]?[\\w.-]+["\u201d]? ){0,3}?)(${GROUP_HEADS}|${EXTRA_GROUP_HEADS}|big tech|Big Tech)\\b`,
  'gi',
);
/** A definite article or a count before a bare head: "the labs", "four labs". */
const COUNT_OR_THE = /^(?:the|two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)$/i;

/** Heads that name no one without a qualifying word ("companies" alone is anyone). */
const NEEDS_MODIFIER =
  /^(?:companies|firms|labs?|organi[sz]ations|developers?|providers?|makers|enterprises|competitors|institutions|corporations|rivals|buyers|creators|players|platforms|community|pioneers|experimenters)$/i;
/** Words that cannot modify a group head: determiners, quantifiers, verbs and prepositions. */
const STOP = new Set(
  (
    'the a an of to for by with and or in on at from as than that which who whom these those such its their our my your ' +
    'his her them this some many most several all few more less other any each every no not one two three four five six ' +
    'seven eight nine ten is are was were be been being has have had do does did can could will would may might must ' +
    'should use uses used using keep keeps kept gain gains buy buys bought sell sells sold own owns requiring forcing leaving helping making makes affects affect lets let like between ' +
    'among into onto over under about against toward towards only even also both either neither what how why when where ' +
    'whose whether if so but yet then there here now still just own rely relying compete competing tied s said says told'
  ).split(' '),
);
/** -ing words that describe a group rather than say what it does ("leading labs"). */
const ING_ADJECTIVES = new Set([
  'leading',
  'emerging',
  'existing',
  'remaining',
  'rising',
  'growing',
  'incoming',
  'competing',
]);
const DETERMINER_BLOCK = /^(?:these|those|such|its|their|our|my|your|his|her|them|this|that)$/i;

const SKIP_ORGS = new Set(['AI', 'The', 'A', 'API']);

function add(out: string[], name: string): void {
  const n = name
    .replace(/['\u2019]s$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  if (!n || SKIP_ORGS.has(n)) return;
  const key = n.toLowerCase();
  if (out.some((o) => o.toLowerCase() === key || o.toLowerCase().includes(key))) return;
  // a longer name replaces a shorter one inside it ("Google" → "Google DeepMind")
  for (let i = out.length - 1; i >= 0; i--) if (key.includes(out[i]!.toLowerCase())) out.splice(i, 1);
  out.push(n);
}

/** Group phrases: "large technology companies", "startups", "cloud providers". */
function groups(sentence: string, out: string[]): void {
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(sentence); m; m = GROUP.exec(sentence)) {
    const head = m[2]!;
    const before = m[1]!.trim().split(/\s+/).filter(Boolean);
    const mods: string[] = [];
    let blocked = false;
    const atStart = m.index === 0 || /^\W*$/.test(sentence.slice(0, m.index));
    for (let i = before.length - 1; i >= 0; i--) {
      // a scare-quoted modifier counts without its quotes ("wrapper" companies)
      const w = before[i]!.replace(/^["\u201c]|["\u201d]$/g, '');
      if (DETERMINER_BLOCK.test(w) && mods.length === 0) blocked = true;
      // a capital is a proper noun (a name, not a group) unless it only opens the sentence
      const properNoun =
        /^[A-Z]/.test(w) && !(atStart && i === 0) && !/^(?:AI|Big)$/.test(w) && !NATIONALITIES.has(w);
      // "-ing" verbs end a modifier run; so does an "-ly" adverb, and the word after it is the verb
      // it qualifies ("continuously attract global developers" → "global developers")
      const verbLike = /ing$/i.test(w) && !ING_ADJECTIVES.has(w.toLowerCase());
      if (/\w{4}ly$/i.test(w) && !/^(?:supply|family|assembly|monopoly)$/i.test(w)) {
        if (mods.length > 1) mods.shift();
        break;
      }
      if (
        STOP.has(w.toLowerCase()) ||
        properNoun ||
        verbLike ||
        /[^\w-]/.test(w.replace(/\.$/, '')) ||
        /^\d/.test(w)
      )
        break;
      mods.unshift(w);
    }
    if (blocked) continue;
    const counted = COUNTED_HEADS.test(head) && COUNT_OR_THE.test(before[before.length - 1] ?? '');
    if (mods.length === 0 && NEEDS_MODIFIER.test(head) && !counted) continue;
    add(out, [...mods, head].join(' '));
  }
}

/**
 * Capitalised words that are not organisations: calendar words, places, nationalities, titles and
 * sentence furniture. Invented company names ("Orrin", "Meterstick") are otherwise capitalised
 * single words in mid-sentence.
 */
const NOT_ORG = new Set(
  (
    'I The A An It Its This That These Those He She They We You Our Their His Her My Your If When While As But And Or So Yet ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Mr Mrs Ms Dr Prof Sir Chief Senior President Minister Senator CEO AI API GPU GPUs US UK EU ' +
    'London Paris Berlin Brussels Washington Beijing Shanghai Tokyo Seoul Taiwan China Europe America Asia Africa India Japan ' +
    'Korea France Germany Britain Canada Israel Singapore California Texas York New San Francisco Silicon Valley Wall Street ' +
    'American British Chinese European French German Japanese Korean Indian Canadian Israeli Dutch Swiss Swedish Italian ' +
    'Spanish English Western Eastern Northern Southern Republicans Democrats Congress Parliament Commission Internet Web ' +
    'Still However Meanwhile Instead Indeed Now Today Yesterday Tomorrow Even Also Only Last Next First Second Third Put'
  )
    .split(' ')
    .concat(NOT_FIRM_WORDS),
);
/** "a 30-person lab in Zurich", "based in Oslo": a place, not a firm. */
const IN_PLACE = new RegExp(`\\b(?:${PLACED_THINGS}|based|headquartered)\\s+in\\s+$`, 'i');
/** "a Stockholm company", "a 90-person Toronto start-up": a place used as an adjective. */
const A_PLACE_BEFORE =
  /\b(?:a|an)\s+(?:[\w.,]+-(?:person|strong|year-old)\s+|(?:small|young|big|large|tiny)\s+)?$/i;
const PLACED_AFTER = new RegExp(`^\\s+(?:${PLACED_THINGS})\\b`, 'i');
/** "Azure, AWS and Google Cloud took…": a list of names that opens the sentence. */
const OPENS_LIST = /^, [A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?:,| and) /;
/** A wire dateline, "SAN FRANCISCO, March 9 (Agency) - ": the agency is the publisher, not an actor. */
const DATELINE =
  /^[A-Z][A-Z .'-]{2,}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?, [A-Z][a-z]{2,8}\.? \d{1,2} \([^)]{1,40}\) [-\u2013\u2014] /;
/** Sentence-opening words before a name that are not part of it ("Inside Orrin", "Buying Sable"). */
const OPENERS =
  /^(?:Inside|Outside|For|With|Without|Like|Unlike|Behind|Beyond|Under|Over|After|Before|Since|At|On|In|By|From|To|Of|Against|Among|Between|Through|Unless|Once|Should|Although|Though|Because|Whether|Where|Why|How|What|Which|Who|Whoever|Whatever|Do|Does|Did|Is|Are|Can|Could|Would|Will|\w+ing)$/;
/** Words after a surname that make it a person speaking ("Okafor said"), not a company. */
const PERSON_VERB =
  /^ (?:said|says|told|tells|added|adds|argued|argues|warned|warns|noted|notes|wrote|writes|believes|expects|conceded|concedes|thinks|asked|asks|explained|explains|was careful|who)\b/;
/** A capitalised word inside a sentence, with what comes before and after it. */
const CAPITALISED =
  /(^|[^\w'-])([A-Z][a-z]+[A-Za-z]*)(?:'s)?(?=($|[^\w-]|-(?:designed|made|backed|owned|led|built|funded|trained|hosted)\b))/g;

/** Single capitalised words in mid-sentence that read as organisation names. */
function capitalisedNames(sentence: string, out: string[]): void {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    const word = m[2]!;
    const at = m.index + m[1]!.length;
    const end = at + m[0].length - m[1]!.length;
    const before = sentence.slice(Math.max(0, at - 30), at);
    const after = sentence.slice(end, end + 30);
    if (NOT_ORG.has(word)) continue;
    // part of a run of capitalised words: a person's or place's full name (organisations with a
    // company word at the end are found by ORG_BY_TAIL)
    const prev = /(^|\W)([A-Z][\w'-]*)\s$/.exec(before);
    const prevIsName =
      !!prev && !NOT_ORG.has(prev[2]!) && !(/^\W*$/.test(prev[1]!) && OPENERS.test(prev[2]!));
    if (prevIsName || /^\s[A-Z]/.test(after)) continue;
    if (PERSON_VERB.test(after)) continue;
    if (IN_PLACE.test(before) || (A_PLACE_BEFORE.test(before) && PLACED_AFTER.test(after))) continue;
    // sentence-initial: only as the subject of an appositive "Orrin, which …", a possessive, or
    // the first of a list of names
    const initial = /^\W*$/.test(before);
    const rest = sentence.slice(at + word.length, at + word.length + 40);
    if (initial && !/^(?:, which\b|'s )/.test(rest) && !OPENS_LIST.test(rest)) continue;
    if (!initial && /[.!?:"]\s*$/.test(before)) continue;
    add(out, word);
  }
}

/**
 * Actors named in one sentence. `organisations` are names compromise tagged as organisations in
 * it (optional: the lexicon and the name-shape rules work without them).
 */
export function actorsOf(text: string, organisations: readonly string[] = []): string[] {
  const sentence = text.replace(DATELINE, '');
  const out: string[] = [];
  KNOWN.lastIndex = 0;
  for (let m = KNOWN.exec(sentence); m; m = KNOWN.exec(sentence)) add(out, m[0]);
  ORG_BY_TAIL.lastIndex = 0;
  for (let m = ORG_BY_TAIL.exec(sentence); m; m = ORG_BY_TAIL.exec(sentence)) {
    const words = m[0].split(' ');
    while (
      words.length > 1 &&
      (/^(?:The|On|In|At|And|But|When|While|For|By|With|Since|As)$/.test(words[0]!) ||
        ORG_RUN_OPENERS.test(words[0]!))
    )
      words.shift();
    // "China's AI", "Nvidia's Data": a possessive inside the run is not one firm's name
    if (words.slice(0, -1).some((w) => /['\u2019]s$/.test(w))) continue;
    if (words.length > 1) add(out, words.join(' '));
  }
  for (const o of organisations) add(out, o);
  capitalisedNames(sentence, out);
  groups(sentence, out);
  return out;
}
