// The rule set's words for the UI ("why this is a claim", the options page's rule groups), in one
// place for the extension pages. Until lib/rules exports them, ids are shown as they are.
import type { GroupInfo } from '@/components/options/api';

export function describeRule(_id: string): string | undefined {
  return undefined;
}

export const ruleGroups: readonly GroupInfo[] = [];
