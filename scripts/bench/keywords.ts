// The keyword list a reader would give a plain highlighter (mark.js) for the three categories:
// the side-by-side anchor the extension's cost is compared with. Regex sources, case-insensitive.
export const MARK_KEYWORDS: Record<string, readonly string[]> = {
  moat: ['moats?', 'barriers? to entry', 'commoditi[sz]\\w*', 'defensib\\w+', 'competitive advantages?'],
  consolidation: [
    'consolidat\\w*',
    'acquisitions?',
    'acquir\\w+',
    'dominan\\w*',
    'dominat\\w+',
    'monopol\\w*',
    'winner[s-]? take[s-]? all',
  ],
  open_source_parity: [
    'open[ -]source',
    'open[ -]weights?',
    'open models?',
    'parity',
    'catch(?:ing|es)? up',
    'caught up',
    'proprietary',
    'closed models?',
    'closed[ -]source',
  ],
};

/** One alternation per category, word-bounded, for mark.js's markRegExp. */
export function keywordPattern(category: string): string {
  return `\\b(?:${(MARK_KEYWORDS[category] ?? []).join('|')})\\b`;
}
