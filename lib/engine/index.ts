// The engine's entry point: article text in, classified and cross-referenced claims out.
// segment → cheap regex pre-pass (rules + domain gate) → compromise sweep on candidates →
// classify → certainty, attribution, actors → links.
import { RULES } from '../rules';
import { AI_DOMAIN, CLOSED_SIDE, OPEN_SIDE, TRIGGERS } from '../rules/lexicon';
import type { Rule } from '../rules/types';
import { actorsOf } from './actors';
import { attributeAll } from './attribution';
import { certaintyOf } from './certainty';
import { classify } from './classify';
import { claimIds } from './id';
import { linkWithin } from './link';
import { type Hit, matchRules } from './match';
import { MAX_SENTENCE, normalize } from './normalize';
import { collapse, segment } from './segment';
import { sweepHint, sweepRules } from './sweep';
import type { AnnotateResult, Claim, Sentence } from './types';

export interface AnnotateOptions {
  /** Rule groups the reader switched off in the options page. */
  disabledGroups?: readonly string[];
}

/**
 * Words that mark an article as being about the AI industry at all (its models, labs, chips and
 * compute, not only the letters "AI"); off-topic pages yield no claims.
 */
const STRONG_AI =
  /\b(?:AI|A\.I\.|artificial intelligence|LLMs?|(?:language|foundation|frontier|open|closed|AI|base|reasoning) models?|OpenAI|Anthropic|DeepMind|ChatGPT|chatbots?|generative|machine learning|open-weights?|GPUs?|accelerators?|Nvidia|compute|training runs?|inference|fine-tun\w*|model (?:makers?|labs?|developers?|providers?|weights)|(?:AI|model|research) labs?|benchmarks?|tokens?|Llama|Mistral|DeepSeek|Qwen|Gemini|Claude)\b/g;
const MIN_AI_MENTIONS = 4;
/** How many sentences back an open-model mention still makes "they" open models. */
const OPEN_TOPIC_WINDOW = 3;
/** Sentences naming open models that make a whole article about them. */
const OPEN_ARTICLE_MENTIONS = 5;
/** How many paragraphs back AI vocabulary still places a sentence in the AI industry. */
const DOMAIN_WINDOW = 2;
/** A claim is a finished sentence: headings, labels and truncated fragments end without punctuation. */
/** Chapter markers of a podcast or video page ("06:40 Is it over?") are navigation, not prose. */
const TIMESTAMP_START = /^\d{1,2}:\d{2}(?::\d{2})?\s/;
const ENDS_LIKE_SENTENCE = /[.!?:;\u2026]["'\u201d\u2019)\]]*$/;

let lastRules: { key: string; rules: readonly Rule[] } = { key: '', rules: RULES };
function activeRules(disabled: readonly string[] | undefined): readonly Rule[] {
  const key = (disabled ?? []).join('|');
  if (key !== lastRules.key) lastRules = { key, rules: RULES.filter((r) => !disabled?.includes(r.group)) };
  return lastRules.rules;
}

function aiMentions(text: string, cap: number): number {
  STRONG_AI.lastIndex = 0;
  let n = 0;
  while (n < cap && STRONG_AI.exec(text)) n++;
  return n;
}

function run(text: string, options: AnnotateOptions): Claim[] {
  const sentences = segment(text);
  if (!sentences.length) return [];
  const aboutAI = aiMentions(text, MIN_AI_MENTIONS) >= MIN_AI_MENTIONS;
  const rules = activeRules(options.disabledGroups);
  const norm = sentences.map((s) =>
    normalize(s.text.length > MAX_SENTENCE ? s.text.slice(0, MAX_SENTENCE) : s.text),
  );

  // paragraph of each sentence, for the domain gate
  const para: number[] = [];
  const paraText = new Map<number, string>();
  let p = 0;
  sentences.forEach((s, i) => {
    if (i > 0 && text.slice(sentences[i - 1]!.end, s.start).includes('\n')) p++;
    para.push(p);
    paraText.set(p, `${paraText.get(p) ?? ''} ${norm[i]}`);
  });
  const open = norm.map((s) => OPEN_SIDE.test(s));
  const openInArticle = open.filter(Boolean).length >= OPEN_ARTICLE_MENTIONS;

  // cheap pass: trigger stems, then the regex rules; candidates are finished sentences in an AI
  // context that carry a trigger word
  const triggered = norm.map((s) => TRIGGERS.test(s));
  const hits: Hit[][] = norm.map(() => []);
  const candidates: number[] = [];
  norm.forEach((_s, i) => {
    if (!triggered[i]) return;
    if (!aboutAI && aiMentions(norm[i]!, 1) === 0) return;
    if (!ENDS_LIKE_SENTENCE.test(norm[i]!) || TIMESTAMP_START.test(norm[i]!)) return;
    const pi = para[i]!;
    let domain = false;
    for (let q = pi; q >= 0 && q >= pi - DOMAIN_WINDOW && !domain; q--)
      domain = AI_DOMAIN.test(paraText.get(q)!);
    if (domain) candidates.push(i);
  });
  // the regex rules run on candidates only: the gates above are far cheaper than the rule set
  for (const i of candidates) hits[i] = matchRules(norm[i]!, rules);

  // expensive pass: compromise-syntax rules, only on candidates carrying one of their words
  const hint = sweepHint(rules);
  const toSweep = hint ? candidates.filter((i) => hint.test(norm[i]!)) : [];
  const swept = sweepRules(
    toSweep.map((i) => norm[i]!),
    rules,
  );
  const byId = new Map(rules.map((r) => [r.id, r]));
  toSweep.forEach((i, k) => {
    for (const id of swept[k]!) {
      const rule = byId.get(id);
      if (rule && !hits[i]!.some((h) => h.rule.id === id)) hits[i]!.push({ rule, index: 0, length: 0 });
    }
  });

  const attributions = attributeAll(text, sentences, norm);
  const nextId = claimIds();
  const claims: Claim[] = [];
  for (const i of candidates) {
    let openInContext = false;
    for (let k = i; k >= 0 && !openInContext; k--) {
      // the window: the last few sentences, or anywhere earlier in the same paragraph
      if (k < i - OPEN_TOPIC_WINDOW && para[k] !== para[i]) break;
      openInContext = open[k]!;
    }
    const inDomain = (k: number) =>
      AI_DOMAIN.test(norm[k]!) || AI_DOMAIN.test(norm[k]!.charAt(0).toLowerCase() + norm[k]!.slice(1));
    const c = classify(norm[i]!, hits[i]!, {
      openInSentence: open[i]!,
      openInContext,
      openInArticle,
      // a sentence's first word is capitalised ("Inference prices…"): read it in lower case too
      domainInSentence: inDomain(i),
      closedInSentence: CLOSED_SIDE.test(norm[i]!),
      domainBefore: i > 0 && para[i - 1] === para[i] && inDomain(i - 1),
    });
    if (!c.labels.length) continue;
    const s: Sentence = sentences[i]!;
    const collapsed = collapse(s.text);
    claims.push({
      id: nextId(collapsed),
      text: collapsed,
      start: s.start,
      end: s.end,
      labels: c.labels,
      certainty: certaintyOf(norm[i]!),
      attribution: attributions[i] ?? null,
      actors: actorsOf(norm[i]!),
      score: c.score,
      rules: c.rules,
    });
  }
  return claims;
}

/** Finds the claims in an article's text. Never throws: on any failure it returns no claims. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotateResult {
  try {
    const input = typeof text === 'string' ? text : '';
    const claims = run(input, options ?? {}).filter(
      (c) => c.start >= 0 && c.end <= input.length && c.start < c.end,
    );
    return { claims, links: linkWithin(claims) };
  } catch {
    return { claims: [], links: [] };
  }
}
