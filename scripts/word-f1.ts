// Word-level overlap of two texts: the multiset of lower-cased words, as the extraction report
// and the extraction tests measure it.

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

export function wordF1(got: string, want: string): WordScore {
  const g = words(got);
  const w = words(want);
  let overlap = 0;
  let gn = 0;
  let wn = 0;
  for (const n of g.values()) gn += n;
  for (const [word, n] of w) {
    wn += n;
    overlap += Math.min(n, g.get(word) ?? 0);
  }
  const precision = gn === 0 ? 0 : overlap / gn;
  const recall = wn === 0 ? 0 : overlap / wn;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
