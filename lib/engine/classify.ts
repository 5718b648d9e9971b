// Categories and directions for one sentence from the rules that fired, with negation ("lacks a
// durable moat", "it is not true that…") and contrast ("while X, Y": Y carries the claim) applied.
import type { SignalEffect } from '../rules/types';
import type { Hit } from './match';
import type { Category, Direction, Label } from './types';
import { DIRECTIONS } from './types';

/** Negators that reverse a cue a few words later in the same clause. */
const LOCAL_NEGATION =
  /(?:\b(?:not|no|never|hardly|barely|scarcely|lacks?|lacking|lack of|absence of|nor|neither|no longer|cannot|without|far from|nobody|no one|none|avoid(?:s|ed|ing)?|(?:hard|harder|difficult|impossible|tough) to)\b|n't\b)(?!\s+(?:only|just|doubt|surprise|wonder)\b)/i;
/** Negators that reverse everything after them ("it is not true that open models…"). */
const SENTENCE_NEGATION =
  /\b(?:(?:is(?: simply| just)? (?:not|no longer)|isn't|it's(?: simply| just)? not|was(?: simply| just)? not|wasn't) true that|(?:is|was) (?:a )?myth that|false that|no longer the case that|wrong to (?:say|think) that|(?:no|little) (?:sign|evidence|indication)s? (?:that|of)|(?:do|does|did) not (?:believe|think|expect|accept)|(?:don't|doesn't|didn't|no longer|never) (?:believe|think|expect|accept))\b/i;
const CLAUSE_BREAK = /[,;:\u2014\u2013()]|\s-\s|\b(?:and|but|while|whereas|which|that)\b/gi;
/** A concession clause the main clause overrides: "While our models hold an edge, the gap is closing". */
const CONCESSION_START = /^\W*(?:while|although|though|even though|despite|whereas|for all)\b[^,;]*[,;]/i;
const CONTRAST_MID = /(?:[,;]\s*|\s)(?:but|however|yet|though|although)\b/gi;
/**
 * A negated verb inside the matched words themselves ("the gap is not narrowing", "the lead has
 * not shrunk"): the cue's subject comes first, so looking back from the cue does not see it.
 */
const SPAN_NEGATION =
  /\s(?:(?:is|are|was|were|has|have|had|does|do|did|will|would)(?: not|n't)|isn't|aren't|wasn't|weren't|hasn't|haven't|won't|no longer)\s/i;

/**
 * An indirect question ("regulators are studying whether the deals reduce competition", "whether
 * the giants keep their lead is the subject of the episode") names a claim without making it: cues
 * after "whether" take no side, up to the end of its clause. "Whether or not" and "not whether X
 * but whether Y" assert.
 */
const WHETHER = /\bwhether\b(?!\s+or not)/i;
const NOT_WHETHER = /\bnot whether\b/i;
const CLAUSE_END = /[;:\u2014]|\bbut\b/i;
export function underWhether(sentence: string, index: number): boolean {
  const w = WHETHER.exec(sentence);
  if (!w || w.index >= index || NOT_WHETHER.test(sentence)) return false;
  return !CLAUSE_END.test(sentence.slice(w.index, index));
}

const NEGATION_IN_PATTERN = /\bnot\b|n't|no longer|\bnever\b/;
/** Patterns that spell a negation themselves ("gap has not closed" → lagging) already read it. */
function spellsNegation(hit: Hit): boolean {
  return !hit.pattern || NEGATION_IN_PATTERN.test(hit.pattern.source);
}

export interface Classified {
  labels: Label[];
  score: number;
  rules: string[];
}

/** Whether the cue at `index` sits under a negation, looking back within its clause. */
export function negatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 80), index);
  const sn = SENTENCE_NEGATION.exec(sentence);
  // it reaches to the end of its clause: "no sign that X; if anything, Y" does not negate Y
  if (sn && sn.index < index && !/[;:\u2014]/.test(sentence.slice(sn.index, index))) return true;
  // the stretch after the last clause break before the cue, at most the last five words
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart).split(/\s+/).filter(Boolean).slice(-5).join(' ');
  return LOCAL_NEGATION.test(clause);
}

/** How much a cue at `index` counts for direction: less inside a conceded or contrasted clause. */
export function clauseWeight(sentence: string, index: number): number {
  const conc = CONCESSION_START.exec(sentence);
  if (conc && index < conc[0].length) return 0.5;
  let lastContrast = -1;
  CONTRAST_MID.lastIndex = 0;
  for (let m = CONTRAST_MID.exec(sentence); m; m = CONTRAST_MID.exec(sentence)) lastContrast = m.index;
  if (lastContrast > 0 && index < lastContrast) return 0.6;
  return 1;
}

function opposite(category: Category, direction: Direction): Direction {
  const [a, b] = DIRECTIONS[category];
  return direction === a ? b : a;
}

/**
 * Turns the hits on one sentence into labels; `ctx` says what the sentence and its neighbours are
 * about (parity cues need open models nearby, deal cues need AI vocabulary in the sentence).
 */
export interface Context {
  /** Open models are named in the sentence itself. */
  openInSentence: boolean;
  /** Open models are named in the sentence or just before it. */
  openInContext: boolean;
  /** The article as a whole keeps returning to open models. */
  openInArticle: boolean;
  /** The sentence itself uses AI or tech vocabulary. */
  domainInSentence: boolean;
  /** The closed side (closed labs, proprietary models) is named by kind in the sentence itself. */
  closedInSentence?: boolean;
  /** The sentence just before, in the same paragraph, uses AI or tech vocabulary. */
  domainBefore?: boolean;
}

/**
 * Distinct signal rules per category, before the context gates: two independent cues of one
 * category corroborate each other, which is worth more than either alone.
 */
function cuesPerCategory(hits: readonly Hit[], vetoed: ReadonlySet<Category>): Map<Category, number> {
  const ids = new Map<Category, Set<string>>();
  for (const h of hits) {
    const eff = h.rule.effect;
    if (eff.kind !== 'signal' || vetoed.has(eff.category)) continue;
    const set = ids.get(eff.category) ?? new Set<string>();
    set.add(h.rule.id);
    ids.set(eff.category, set);
  }
  return new Map([...ids].map(([c, s]) => [c, s.size]));
}

/** Scarce inputs the guide names as barriers to entry: compute, chips, the capacity to train. */
const SCARCE_INPUT =
  /\b(?:data cent(?:re|er)s|chips|GPUs|accelerators|compute|(?:packaging|chip|GPU|computing|training) capacity|to train (?:a |the )?(?:frontier|biggest|largest|next)|training runs?)\b/i;

export function classify(sentence: string, hits: readonly Hit[], ctx: Context): Classified {
  const vetoed = new Set<Category>();
  for (const h of hits)
    if (h.rule.effect.kind === 'veto') for (const c of h.rule.effect.categories) vetoed.add(c);

  const cues = cuesPerCategory(hits, vetoed);
  // naming the closed side by kind puts the sentence on the open-versus-closed topic by itself
  const openTopic = ctx.openInSentence || !!ctx.closedInSentence;
  const strength = new Map<Category, number>();
  const votes = new Map<Category, Map<Direction, number>>();
  const fired: string[] = [];
  for (const h of hits) {
    const eff = h.rule.effect;
    if (eff.kind !== 'signal') continue;
    if (vetoed.has(eff.category)) continue;
    if (eff.needsOpenTopic === 'sentence' && !openTopic) continue;
    if (eff.needsOpenTopic === 'context' && !ctx.openInContext && !openTopic) continue;
    if (eff.needsOpenTopic === 'article' && !ctx.openInContext && !openTopic && !ctx.openInArticle) continue;
    // a deal or dominance cue needs the AI industry in its own sentence ("such deals", "the
    // remaining independents" lean on the sentence before): two corroborating cues may borrow it
    if (eff.needsDomain && !ctx.domainInSentence && !(ctx.domainBefore && (cues.get(eff.category) ?? 0) >= 2))
      continue;
    if (underWhether(sentence, h.index)) continue;
    const negated =
      negatedAt(sentence, h.index) ||
      (!spellsNegation(h) && SPAN_NEGATION.test(sentence.slice(h.index, h.index + h.length)));
    const onNeg = eff.onNegation ?? 'flip';
    if (negated && onNeg === 'drop') continue;
    fired.push(h.rule.id);
    strength.set(eff.category, (strength.get(eff.category) ?? 0) + eff.weight);
    if (!eff.direction) continue;
    const dir = negated && onNeg === 'flip' ? opposite(eff.category, eff.direction) : eff.direction;
    const w = ((eff as SignalEffect).vote ?? eff.weight) * clauseWeight(sentence, h.index);
    const m = votes.get(eff.category) ?? new Map<Direction, number>();
    m.set(dir, (m.get(dir) ?? 0) + w);
    votes.set(eff.category, m);
  }

  const labels: Label[] = [];
  let score = 0;
  for (const [category, s] of strength) {
    if (s < 1) continue;
    const m = votes.get(category);
    const [first, second] = DIRECTIONS[category];
    const a = m?.get(first) ?? 0;
    const b = m?.get(second) ?? 0;
    labels.push({ category, direction: b > a ? second : first });
    score = Math.max(score, Math.min(1, 0.4 + 0.3 * s));
  }
  // the guide's moat includes compute and chips as barriers: when the few that hold them are the
  // claim (a handful own the data centres, four firms reserved the capacity), that is a barrier too
  const conc = labels.find((l) => l.category === 'consolidation' && l.direction === 'concentrating');
  if (
    conc &&
    !labels.some((l) => l.category === 'moat') &&
    !vetoed.has('moat') &&
    SCARCE_INPUT.test(sentence)
  )
    labels.push({ category: 'moat', direction: 'strengthening' });
  const rules = fired.filter((id, i) => fired.indexOf(id) === i);
  return { labels, score: Number(score.toFixed(2)), rules };
}
