// Text as the rules see it: typographic quotes and apostrophes folded to ASCII, one character for
// one, so a match index in the normalised text is also an index in the original sentence.
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2011': '-',
};

const FOLD_RE = /[\u2018\u2019\u201a\u2032\u201c\u201d\u201e\u00ab\u00bb\u00a0\u2009\u202f\u2011]/g;

export function normalize(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Longest sentence the rules look at: longer runs are not prose a reader would call a sentence. */
export const MAX_SENTENCE = 1500;
