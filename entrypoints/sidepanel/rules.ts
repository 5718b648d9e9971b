// The rule set's words for the extension pages: "why this is a claim" in the side panel and the
// switchable groups in the options page.
import type { GroupInfo } from '@/components/options/api';
import { describeRule as describe, RULE_GROUPS } from '@/lib/rules';

/** A rule in words, or undefined when the rule set has no description (the panel shows the id). */
export function describeRule(id: string): string | undefined {
  const words = describe(id);
  return words === id ? undefined : words;
}

export const ruleGroups: readonly GroupInfo[] = RULE_GROUPS;
