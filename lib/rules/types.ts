// The shape of a rule: data the engine runs and the side panel explains ("why this is a claim").
import type { Category, Direction } from '../engine/types';

/** A rule that votes for a category (and, when it can tell, a direction). */
export interface SignalEffect {
  kind: 'signal';
  category: Category;
  /** The direction the cue asserts before negation; null when the cue says nothing about it. */
  direction: Direction | null;
  /** 1 = enough on its own; less = needs another cue of the same category. */
  weight: number;
  /**
   * What a negation in front of the cue does: flip the direction ("not a moat" style cues that
   * already contain their negation set 'keep'), or drop the vote ("had never acquired" is no deal).
   */
  onNegation?: 'flip' | 'keep' | 'drop';
  /**
   * How much the cue counts when deciding the direction (default: `weight`). Specific phrasings
   * ("lacks a moat") outvote bare mentions ("moat").
   */
  vote?: number;
  /**
   * Cue only counts when open models are discussed: in the sentence itself ('sentence'), or in it
   * or just before it ('context': "they are catching up" after a paragraph about open models), or
   * anywhere in an article that keeps returning to them ('article', for unmistakable comparisons).
   */
  needsOpenTopic?: 'sentence' | 'context' | 'article';
  /** Cue only counts when the sentence itself is about AI or tech (deals, dominance). */
  needsDomain?: boolean;
}

/** A rule that removes categories from a sentence whose keyword is used in another sense. */
export interface VetoEffect {
  kind: 'veto';
  categories: readonly Category[];
}

export interface Rule {
  /** Stable id, shown in the UI and stored with saved claims. */
  id: string;
  /** The switchable group the rule belongs to (RULE_GROUPS). */
  group: string;
  /** Plain words for readers: why a sentence matching this rule is (or is not) a claim. */
  description: string;
  effect: SignalEffect | VetoEffect;
  /** Case-insensitive patterns over the sentence; apostrophes and quotes are normalised to ASCII. */
  patterns: readonly RegExp[];
  /**
   * Optional test in code, for what a pattern cannot say (which of two scores is larger). Runs
   * after the cheap gates, on candidate sentences only.
   */
  check?: (sentence: string) => boolean;
  /**
   * Optional cheap regex of stems at least one of which every match of `patterns` and `check`
   * contains: a sentence without one skips the rule's slower patterns (a speed gate only).
   */
  hint?: RegExp;
  /** Optional compromise match patterns, compiled once into a net and swept over candidates. */
  match?: readonly string[];
  /**
   * Required with `match`: a cheap regex of words at least one of which any `match` hit contains,
   * so the compromise sweep only runs on sentences the rule could fire on.
   */
  matchHint?: RegExp;
  /** Sentences written for this rule: `match` must fire it, `noMatch` must not. */
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export interface RuleGroup {
  id: string;
  label: string;
  description: string;
}
