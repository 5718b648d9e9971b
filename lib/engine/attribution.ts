// Who the sentence credits for what it says (claims.md, "Attribution"): a quotation's speaker (also
// when named in the sentence before or after), the subject of a reporting verb, "according to X",
// or a transcript's speaker label. Names are given without titles or roles; null = the writer.
import { GROUP_HEADS } from '../rules/lexicon';
import type { Sentence } from './types';

const NAME_WORD = "[A-Z][\\p{L}'\u2019.-]*";
const NAME = `${NAME_WORD}(?: (?:de |van |von |da |al-|& )?${NAME_WORD}){0,3}`;
const REPORT_VERB =
  'said|says|say|told|tells|added|adds|argued|argues|argue|warned|warns|warn|highlighted|highlights|noted|notes|wrote|writes|believes|believe|contends|contend|claimed|claims|insisted|insists|predicted|predicts|cautioned|cautions|explained|explains|counts|reported|reports|report|observed|observes|pointed out|points out|estimates|estimated|acknowledged|admits|admitted|like to say|likes to say|conceded|concedes|concede|expects|expected|suggested|suggests|maintains|maintained|stressed|stresses|emphasised|emphasized|asserted|asserts|countered|counters|reckons|reckoned|disputes|replied|answered|concluded|concludes|tell|describe|describes|described';

/** "Ada Fenn: …", also after a transcript timestamp ("[00:14:40] ADA FENN: …"). */
const SPEAKER_LABEL = new RegExp(`^(?:\\[?\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\)?\\s+)?(${NAME}): `, 'u');
/** `…," said Jane Doe` / `…," chief executive Jane Doe told analysts` / `…," Doe said`. */
const TAG_AFTER_QUOTE = new RegExp(
  `[,.?!]"\\s*(?:(?:${REPORT_VERB}) (${NAME})|(?:[a-z][\\w-]* ){0,4}?(${NAME}) (?:${REPORT_VERB})|(he|she|they) (?:${REPORT_VERB}))`,
  'u',
);
const PRONOUN_AFTER_QUOTE = /[,.?!]"\s*(he|she) /i;
/** ", she added," / ", Doe said," in the middle of a sentence. */
const PARENTHETICAL = new RegExp(`,\\s*(?:(he|she)|(${NAME})) (?:${REPORT_VERB}),`, 'u');
/** ", argues Jane Roe —" / ", says Jane Roe," : the reporting verb before the name. */
const INVERTED_TAG = new RegExp(`[,\u2014]\\s*(?:${REPORT_VERB}) (${NAME})\\s*(?:[,\u2014;]|$)`, 'u');
const ACCORDING_TO = new RegExp(
  `\\b[Aa]ccording to (?:an? (?:new |recent )?(?:report|study|survey|analysis|note|estimate)s? (?:by|from) )?((?:the )?${NAME}|(?:[a-z]+ ){0,2}(?:analysts|observers|experts|investors|researchers|people|firms|sources|executives|economists|consultancies|bankers)[^,.;]{0,40})`,
  'u',
);
/** "according to procurement data compiled by the consultancy Farrier Group". */
const ACCORDING_TO_BY = new RegExp(
  `\\b[Aa]ccording to [^.;,"]{0,50}? (?:by|from) (?:the )?(?:[a-z-]+ ){0,3}(${NAME})`,
  'u',
);
const SUBJECT_VERB = new RegExp(
  `^(.{1,90}?)\\s(?:(?:also|recently|now|have|has|had|often|publicly|repeatedly|still|would|will|might|may|could|do|does|did) )*(?:${REPORT_VERB})\\b`,
  'u',
);
const PASSIVE_BY =
  /\b(?:questioned|challenged|disputed|doubted|criticised|criticized|predicted|argued) by ((?:[\w-]+ ){0,4}?(?:analysts|observers|investors|start-?ups|startups|critics|experts|founders|researchers)(?: and (?:[\w-]+ ){0,2}(?:analysts|observers|investors|critics|experts))?)/i;
/** Things that report findings, in lower case or opening a sentence ("Tests by X show…"). */
const FINDINGS =
  'results report study survey data figures analysis research benchmarks? numbers estimates poll rankings? tests? trials? evaluations? experiments?'
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** Findings credited to who produced them: "results published on Thursday by the group Meterstick". */
const PUBLISHED_BY = new RegExp(
  `\\b(?:${FINDINGS})\\b(?:[^.;"]{0,60}?\\b(?:published|released|compiled|conducted|produced|run|gathered) (?:[^.;"]{0,20}? )?| )by (?:the )?(?:[a-z-]+ ){0,3}(${NAME})`,
  'u',
);
/** Sentence openers before a subject: "Still, Okafor conceded…". */
const OPENER =
  /^(?:Still|But|And|Yet|However|Meanwhile|Separately|Instead|Indeed|Now|Even so|In response|For (?:her|his|its|their) part),\s*/;
/** Bare group pronouns that can carry a view: "Some argue that…". */
const BARE_GROUP = /^(?:some|many|others|few|most|critics|sceptics|skeptics)$/i;
/** Who a report, study or set of tests came from, for a later "the same report found". */
const SAME_SOURCE =
  /\b[Tt]he same (?:report|study|survey|tests?|analysis|research|data|figures|poll|note|paper|rankings?|benchmarks?)\b/;
/** "A spokesperson for Astrelle AI said": the organisation speaks. */
const SPOKES_FOR = new RegExp(
  `\\b[Aa]n? (?:spokes(?:person|man|woman)|representative) (?:for|of|at) (?:the )?(?:[a-z-]+ ){0,2}(${NAME})`,
  'u',
);
const THE_SPOKES = /\b[Tt]he (?:spokes(?:person|man|woman)|representative)\b/;
/** "In her telling, …": a follow-on paraphrase of the person last quoted. */
const IN_HER_TELLING =
  /^(?:In (?:her|his) (?:telling|view|account|words|reading|estimate)|By (?:her|his) (?:account|reckoning|count)|As (?:she|he) (?:sees|put|puts) it)\b/;
/** Groups of people whose views are reported, for mid-sentence tags ("…, investors say, …"). */
const GROUP_NOUN =
  'analysts|observers|founders|experts|investors|critics|executives|researchers|economists|skeptics|sceptics|insiders|officials|engineers|commentators|bankers|lawyers|developers|regulators|bulls|bears|optimists|pessimists|customers|buyers|users|people';
const GROUP_VERB =
  'say|said|argue|argued|believe|believed|describe|described|contend|expect|expected|warn|warned|fear|reckon|think|told me|tell me|tell us|told us|insist|note|suggest';
/**
 * "a structure that critics say hands…", "…, investors say, is…", "whose chips analysts say…", and
 * a reduced relative clause, "the pattern analysts describe".
 */
const GROUP_TAG = new RegExp(
  `(?:^|[,;:—]\\s*|\\b(?:that|which|who|whom|whose [a-z-]+|what|(?:the|a|an) [a-z-]+) )((?:some |many |most |other |several |few |the |two |three )?(?:[a-z-]+ ){0,2}?(?:${GROUP_NOUN})) (?:${GROUP_VERB})\\b`,
  'i',
);
/** "one lawyer told me", "another investor said": an unnamed single source, as written. */
const ONE_SOURCE =
  /\b(one|another) ((?:[a-z-]+ ){0,2}?(?:lawyer|analyst|investor|executive|founder|banker|economist|engineer|researcher|adviser|advisor|official|regulator|partner|insider|person|source|observer|veteran|critic))(?:,[^,"]{1,60},)? (?:told|said|says|argued|argues|added|warned|suggested|put it|reckons)\b/u;
/** A tag that closes the sentence: "…, because those models still need chips, Gannet said." */
const TAIL_TAG = new RegExp(`,\\s*(${NAME}) (?:${REPORT_VERB})\\.?["'”]?$`, 'u');
/** "Ansel Brekke, chief executive of a company that rents out chips, said…": a long appositive. */
const NAME_APPOSITIVE = new RegExp(`^(${NAME}), [^"]{1,170}?, (?:${REPORT_VERB})\\b`, 'u');
const PLAYER_GROUP = new RegExp(`^(?:the |some |many |most )?(?:[a-z-]+ ){0,2}(?:${GROUP_HEADS})$`, 'i');
const WHICH_NAME_SAID = new RegExp(`\\b(?:which|who|what|that) (${NAME}) (?:${REPORT_VERB})\\b`, 'u');

/** Nouns for groups of people whose views a sentence may report. */
const SOURCE_GROUP =
  /^(?:(?:some|many|most|several|other|few|the|these|those|a few|a number of)\s+)?(?:[\w-]+\s+){0,3}?(?:analysts|observers|founders|experts|investors|critics|executives|researchers|economists|defenders|skeptics|sceptics|proponents|advocates|insiders|officials|engineers|developers|customers|buyers|users|bankers|commentators|watchers|venture capitalists|regulators|lawyers|academics|supporters|optimists|pessimists|bulls|bears|people|corporations)(?:\s+(?:of|at|from)\s+.{1,50})?$/i;

const NOT_PERSON_WORD = new Set(
  (
    'The This That These Those It Its In On At For But And Or If When While As So Then Yet A An Our We They ' +
    'He She I You His Her Their Last Next Since After Before Meanwhile However Still Even With Without Many ' +
    'Some Most Each Every Analysts Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February ' +
    'March April May June July August September October November December AI Venture Chief Should Unless Once ' +
    'Although Though Because Whether Where Why How What Which Who Do Does Did Is Are Can Could Would Will By From ' +
    'To Of Under Over After Before Since Despite Across Inside Outside Like Unlike Asked'
  ).split(' '),
);
const ORG_TAIL =
  /\b(?:Labs?|Research|Cloud|Systems|AI|Inc|Ltd|Securities|Partners|Capital|Group|Bank|University|Institute|Commission|Ventures|Technologies|Micro|Reasoning|Networks|Times|News|Post|Journal|Review|Foundation|Council|Agency|Office|Court|League|Castle)$/;

/** A person's name in `text`: two or more capitalised words that do not read as an organisation. */
const NAME_G = new RegExp(NAME, 'gu');
function personIn(text: string): string | null {
  const re = NAME_G;
  re.lastIndex = 0;
  let best: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(' ');
    while (words.length && NOT_PERSON_WORD.has(words[0]!)) words.shift();
    if (words.length < 2) continue;
    const name = words
      .join(' ')
      .replace(/['\u2019]s$/, '')
      .replace(/\.+$/, '');
    if (ORG_TAIL.test(name)) continue;
    best = name;
    break;
  }
  return best;
}

function clean(name: string): string {
  return name
    .replace(/^(?:the)\s+/i, (m) => m)
    .replace(/['\u2019]s$/, '')
    .replace(/[,.;:]+$/, '')
    .trim();
}

interface State {
  lastPerson: string | null;
  surnames: Map<string, string>;
  /** The named source of the last report, study or tests ("the same report" credits it). */
  lastSource: string | null;
  /** The organisation the last "spokesperson for X" spoke for. */
  spokesOrg: string | null;
}

function remember(state: State, name: string): string {
  const words = name.split(' ');
  if (words.length >= 2) {
    state.surnames.set(words[words.length - 1]!, name);
    state.lastPerson = name;
    return name;
  }
  const full = state.surnames.get(name);
  if (full) {
    state.lastPerson = full;
    return full;
  }
  return name;
}

function resolvePronoun(state: State): string | null {
  return state.lastPerson;
}

/** Cheap test before the attribution patterns: a quotation mark or a reporting word. */
const MAY_REPORT =
  /"|ccording|\b(?:conced\w*|expect\w*|suggest\w*|maintain\w*|stress\w*|emphasi[sz]\w*|assert\w*|counter\w*|reckon\w*|disput\w*|replied|answered|conclud\w*|tell|describ\w*|same|telling|account|reckoning|sees|put|spokes\w*|published|compiled|released|said|says|say|told|tells|added|adds|argu\w*|warn\w*|highlight\w*|not(?:ed|es)|wr[io]tes?|believes?|contends?|claim\w*|insist\w*|predict\w*|caution\w*|explain\w*|counts|report\w*|observ\w*|points? out|estimat\w*|acknowledged|admit\w*|by)\b/;

/** Attribution of one sentence from its own words, or undefined when it credits no one. */
function own(s: string, state: State, speaker: string | null): string | null | undefined {
  if (!MAY_REPORT.test(s)) return speaker ?? undefined;
  const tag = TAG_AFTER_QUOTE.exec(s);
  if (tag) {
    const name = tag[1] ?? tag[2];
    if (name && !NOT_PERSON_WORD.has(name.split(' ')[0]!)) return remember(state, clean(name));
    if (tag[3]) return resolvePronoun(state);
  }
  if (PRONOUN_AFTER_QUOTE.test(s)) return resolvePronoun(state);
  const spokes = SPOKES_FOR.exec(s);
  if (spokes) {
    state.spokesOrg = clean(spokes[1]!);
    return state.spokesOrg;
  }
  if (THE_SPOKES.test(s) && state.spokesOrg) return state.spokesOrg;
  if (SAME_SOURCE.test(s) && state.lastSource) return state.lastSource;
  if (IN_HER_TELLING.test(s)) return resolvePronoun(state);
  const one = ONE_SOURCE.exec(s);
  if (one) return `${one[1]!.toLowerCase()} ${one[2]!}`;
  const appos = NAME_APPOSITIVE.exec(s);
  if (appos) {
    const p = personIn(appos[1]!);
    if (p) return remember(state, p);
  }
  const par = PARENTHETICAL.exec(s);
  if (par) return par[1] ? resolvePronoun(state) : remember(state, clean(par[2]!));
  const inv = INVERTED_TAG.exec(s);
  if (inv && !NOT_PERSON_WORD.has(inv[1]!.split(' ')[0]!)) return remember(state, clean(inv[1]!));
  const acc = ACCORDING_TO.exec(s);
  if (acc) return clean(acc[1]!);
  const accBy = ACCORDING_TO_BY.exec(s);
  if (accBy) return clean(accBy[1]!);
  const which = WHICH_NAME_SAID.exec(s);
  if (which) return remember(state, clean(which[1]!));
  const sub = SUBJECT_VERB.exec(s);
  if (sub && !/["]/.test(sub[1]!)) {
    let subject = sub[1]!
      .replace(/^(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?: )/, '')
      .replace(OPENER, '')
      .trim();
    // "Brookvale's Castellanos" → "Castellanos"; "Farrier's analysts" → "Farrier analysts"
    subject = subject.replace(/^([A-Z][\w-]*)'s (?=[A-Z])/, '').replace(/^([A-Z][\w-]*)'s (?=[a-z])/, '$1 ');
    // "Hugo Lindahl, an analyst at Pellwood Research," → "Hugo Lindahl"; but "On the call, chief
    // executive Ruth Nakamura" or "If rates fall, Restrepo" → the part after the opening clause
    // (an appositive closes with a comma before the verb; "Meta, for its part, seems to have" has none)
    const parts = subject.split(/,\s*/).filter(Boolean);
    if (parts.length > 1) subject = (subject.endsWith(',') ? parts[0]! : parts[parts.length - 1]!).trim();
    if (/^(?:he|she)$/i.test(subject)) return resolvePronoun(state);
    if (/^(?:[A-Z][\w'-]+)$/.test(subject) && state.surnames.has(subject)) return remember(state, subject);
    const person = personIn(subject);
    if (person && subject.split(' ').length <= 8) return remember(state, person);
    if (SOURCE_GROUP.test(subject) && subject.split(' ').length <= 8)
      return subject.replace(/^(?:the)\s+/i, '');
    if (BARE_GROUP.test(subject)) return subject.toLowerCase();
    // market players as a group holding a view: "The closed labs would say…"
    if (PLAYER_GROUP.test(subject)) return subject.replace(/^the\s+/i, '');
    // one capitalised word that is not a pronoun or an opener: an organisation ("Nvidia said")
    if (/^[A-Z][\w.&-]+$/.test(subject) && !NOT_PERSON_WORD.has(subject)) return remember(state, subject);
  }
  const group = GROUP_TAG.exec(s);
  if (group) return group[1]!.replace(/^the\s+/i, '');
  const tail = TAIL_TAG.exec(s);
  if (tail && !NOT_PERSON_WORD.has(tail[1]!.split(' ')[0]!)) return remember(state, clean(tail[1]!));
  const pub = PUBLISHED_BY.exec(s);
  if (pub) return clean(pub[1]!);
  const by = PASSIVE_BY.exec(s);
  if (by) return by[1]!.replace(/ alike$/, '');
  if (speaker) return speaker;
  return undefined;
}

const QUOTE_ONLY = /^\W*"[^"]+"\W*$/;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|we|we're|our|us)\b/i;
/** Question paragraphs an interview needs before its unlabelled answers are credited to the guest. */
const MIN_QUESTIONS = 3;

/**
 * An interview printed as alternating question and answer paragraphs with no speaker labels: the
 * guest is the first person the introduction names, and every answer paragraph is theirs.
 * Returns the first sentence of each answer paragraph, or null when the article is not one.
 */
function interview(
  text: string,
  sentences: readonly Sentence[],
  normalised: readonly string[],
): { guest: string; answers: Set<number> } | null {
  const paras: number[][] = [];
  sentences.forEach((sent, i) => {
    const prev = sentences[i - 1];
    if (!prev || text.slice(prev.end, sent.start).includes('\n')) paras.push([]);
    paras[paras.length - 1]!.push(i);
  });
  const isQuestion = (p: number[]) =>
    p.length <= 3 && /\?["')\]]*$/.test(normalised[p[p.length - 1]!]!.trim());
  const firstQ = paras.findIndex(isQuestion);
  if (firstQ < 1) return null;
  let questions = 0;
  let answers = 0;
  let firstPerson = 0;
  const starts = new Set<number>();
  for (let k = firstQ; k < paras.length; k++) {
    const p = paras[k]!;
    if (isQuestion(p)) {
      questions++;
      continue;
    }
    answers++;
    starts.add(p[0]!);
    if (p.some((i) => FIRST_PERSON.test(normalised[i]!))) firstPerson++;
  }
  if (questions < MIN_QUESTIONS || answers < MIN_QUESTIONS || firstPerson * 2 < answers) return null;
  let guest: string | null = null;
  for (let k = 0; k < firstQ && !guest; k++)
    for (const i of paras[k]!) {
      guest = personIn(normalised[i]!.replace(/^\W+/, ''));
      if (guest) break;
    }
  return guest ? { guest, answers: starts } : null;
}
const HAS_QUOTE = /"/;

/**
 * Attributions for every sentence, in order. Runs over the whole article because a speaker named
 * in one sentence is credited in the quotations around it.
 */
export function attributeAll(
  text: string,
  sentences: readonly Sentence[],
  normalised: readonly string[],
): (string | null)[] {
  const state: State = { lastPerson: null, surnames: new Map(), lastSource: null, spokesOrg: null };
  // the person each sentence names, for a quotation with no tag right after it
  const named: (string | null)[] = [];
  const out: (string | null | undefined)[] = [];
  let speaker: string | null = null;
  const qa = interview(text, sentences, normalised);
  for (let i = 0; i < sentences.length; i++) {
    const s = normalised[i]!;
    const prev = sentences[i - 1];
    const newParagraph = !prev || text.slice(prev.end, sentences[i]!.start).includes('\n');
    const label = SPEAKER_LABEL.exec(s);
    if (label && personIn(label[1]!)) speaker = remember(state, clean(label[1]!));
    else if (newParagraph) speaker = qa?.answers.has(i) ? remember(state, qa.guest) : null;
    out.push(own(s, state, speaker));
    const source = PUBLISHED_BY.exec(s) ?? ACCORDING_TO_BY.exec(s);
    if (source) state.lastSource = clean(source[1]!);
    const before = state.lastPerson;
    // a person named in passing becomes the referent of a later "he said"
    if (out[i] === undefined) {
      // "Morikawa was careful not to call the race." names a known speaker by surname alone
      const first = /^\W*([A-Z][\w-]+)\b/.exec(s)?.[1];
      if (first && state.surnames.has(first)) remember(state, first);
      const p = personIn(s.replace(/^\W+/, ''));
      if (p && !HAS_QUOTE.test(s)) remember(state, p);
      else if (p && HAS_QUOTE.test(s) && !QUOTE_ONLY.test(s)) remember(state, p);
    }
    named.push(
      state.lastPerson !== before || (out[i] && out[i] === state.lastPerson) ? state.lastPerson : null,
    );
  }
  // a quotation with no tag of its own belongs to the speaker of the quotation next to it
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== undefined || !QUOTE_ONLY.test(normalised[i]!)) continue;
    const prev = i > 0 && HAS_QUOTE.test(normalised[i - 1]!) ? out[i - 1] : undefined;
    const next = i + 1 < out.length && HAS_QUOTE.test(normalised[i + 1]!) ? out[i + 1] : undefined;
    // else the person the sentence before names ("Adeyemi's explanation is blunt. “…”")
    out[i] =
      prev ?? next ?? (i > 0 && !HAS_QUOTE.test(normalised[i - 1]!) ? named[i - 1] : undefined) ?? undefined;
  }
  return out.map((a) => a ?? null);
}
