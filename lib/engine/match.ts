// Runs the rule set over one sentence: every rule whose pattern fires, with where it fired.
import type { Rule } from '../rules/types';
import { sweepRules } from './sweep';

export interface Hit {
  rule: Rule;
  /** Index of the match in the (normalised) sentence. */
  index: number;
  length: number;
  /** The pattern that fired (absent for code checks and compromise rules). */
  pattern?: RegExp;
}

/** The first match of each rule in `sentence` (already normalised). */
export function matchRules(sentence: string, rules: readonly Rule[]): Hit[] {
  const hits: Hit[] = [];
  for (const rule of rules) {
    if (rule.hint && !rule.hint.test(sentence)) continue;
    for (const re of rule.patterns) {
      const m = re.exec(sentence);
      if (m) {
        // a named group `cue` marks the word negation is read in front of, when it is not the first
        const cue = m.groups?.cue;
        const at = cue ? m.index + Math.max(0, m[0].indexOf(cue)) : m.index;
        hits.push({ rule, index: at, length: m[0].length - (at - m.index), pattern: re });
        break;
      }
    }
    if (rule.check && !hits.some((h) => h.rule === rule) && rule.check(sentence))
      hits.push({ rule, index: 0, length: sentence.length });
  }
  return hits;
}

/** Whether one rule fires on a sentence (used by the rule examples table). */
export function ruleFires(rule: Rule, sentence: string): boolean {
  // the hint gates the rule in the engine, so the examples must pass it too
  if (rule.hint && !rule.hint.test(sentence)) return false;
  if (rule.patterns.some((re) => re.test(sentence))) return true;
  if (rule.check?.(sentence)) return true;
  return !!rule.match?.length && sweepRules([sentence], [rule])[0]!.has(rule.id);
}
