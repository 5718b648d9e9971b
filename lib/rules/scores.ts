// Head-to-head numbers (a benchmark report's "41 per cent against 63 per cent"): which side each
// score belongs to, and how far apart they are. A claim of parity is often made only with numbers.

/** Open models, by kind or by name. */
const OPEN_G =
  /\b(?:open[- ]?(?:source|weights?)|open (?:models?|releases?|systems?|ones|entr(?:y|ies))|Llama|Mistral|DeepSeek|Qwen|Gemma)\b/gi;
/** Closed models, by kind. */
const CLOSED_G =
  /\b(?:closed(?:[- ]source)? (?:models?|systems?|labs?|ones|leaders?|entr(?:y|ies)|rivals)|proprietary (?:models?|systems?|ones|leaders?|entr(?:y|ies)|rivals)|(?:API-only|hosted|frontier|closed-weight) (?:models?|systems?|leaders?)|(?:GPT|Claude|Gemini)\b[\w.-]*)/gi;
/** A score: a percentage or a number of points. */
const SCORE_G = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b|points?\b)/gi;
/** The words between a score and the side it belongs to: a preposition, no second clause. */
const SCORE_OWNER =
  /^\W*(?:for|by|from|of)\b(?![^,;]*\b(?:and|while|whereas|but|against|versus|vs)\b)[^,;]*$/i;
/** Gap in points under which two scores count as level. */
export const LEVEL_POINTS = 5;

interface Mention {
  at: number;
  end: number;
  side: 'open' | 'closed';
}

function mentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const [re, side] of [
    [OPEN_G, 'open'],
    [CLOSED_G, 'closed'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence))
      out.push({ at: m.index, end: m.index + m[0].length, side });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Open's score minus closed's when the sentence gives exactly one score for each side, else null.
 * A score belongs to the side named just after it ("63 per cent for the closed model"), or else to
 * the side named last before it ("the open model scored 41 per cent").
 */
export function openMinusClosed(sentence: string): number | null {
  if (sentence.length > 400) return null;
  const sides = mentions(sentence);
  if (!sides.some((m) => m.side === 'open') || !sides.some((m) => m.side === 'closed')) return null;
  const scores: { value: number; side: 'open' | 'closed' }[] = [];
  SCORE_G.lastIndex = 0;
  for (let m = SCORE_G.exec(sentence); m; m = SCORE_G.exec(sentence)) {
    const end = m.index + m[0].length;
    const after = sides.find(
      // "63 per cent for the closed model", not "71 per cent of jobs and the open model 38 per cent"
      (s) => s.at >= end && s.at - end <= 30 && SCORE_OWNER.test(sentence.slice(end, s.at)),
    );
    const before = [...sides].reverse().find((s) => s.end <= m!.index);
    const side = after?.side ?? before?.side;
    if (!side) return null;
    scores.push({ value: Number(m[1]), side });
  }
  if (scores.length !== 2 || scores[0]!.side === scores[1]!.side) return null;
  const open = scores.find((s) => s.side === 'open')!.value;
  const closed = scores.find((s) => s.side === 'closed')!.value;
  return open - closed;
}
