// Claim ids that survive a reload: a short hash of what the sentence says, plus which occurrence of
// that sentence it is, so an edit elsewhere in the article does not renumber it.

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Returns a function giving `c-<hash>` for the first occurrence of a text, `c-<hash>-2` for the next. */
export function claimIds(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const h = hash(text);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? `c-${h}` : `c-${h}-${n}`;
  };
}
