// The two helpers every rule file builds its patterns with: word lists become alternations, and
// every pattern is case-insensitive (sentence case and headline case say the same thing).

/** A non-capturing alternation of regex sources. */
export const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** A case-insensitive pattern from a regex source. */
export const re = (source: string): RegExp => new RegExp(source, 'i');
