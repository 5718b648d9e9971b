// The sentence's own modality (claims.md, "Certainty"): question, conditional, hedged or asserted.
// A confident forecast ("will") and reported speech ("analysts say") stay asserted.
import type { Certainty } from './types';

/** A question: ends in "?" (closing quotes and brackets aside). */
const QUESTION = /\?["')\]\s]*$/;
/** An if/unless/until/once clause the claim depends on, at the start or after a comma. */
const CONDITION_START =
  /^\W*(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?: )?(?:and |but |so )?(?:if|unless|until|should (?:the|a|an|we|they|it|that|this)|once (?!considered|seen|viewed|regarded|thought|known|dominant|the )\w+ \w+|in the event that|provided that|assuming)\b/i;
const CONDITION_MID = /(?:,|\bthen\b|\bwill\b[^,]{0,60})\s*(?:if|unless)\b|\bunless\b|,\s*(?:if|once)\s/i;
/** "as if", "even if", "surprised if" and "whether" introduce no condition the claim depends on. */
const NOT_CONDITION =
  /\b(?:if (?:I|we) had to (?:bet|guess)|as if|even if|see if|ask(?:ed|s)? if|wonder(?:ed|s)? if|surprised if|if any|if not|if ever)\b/i;
const NOT_CONDITION_G = new RegExp(NOT_CONDITION.source, 'gi');
/** An answer to a hypothetical: "Then we'd have…". */
const HYPOTHETICAL_ANSWER = /^\W*(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?: )?then\b[^.]*\b(?:would|'d|could)\b/i;

const HEDGES =
  /\b(?:may|might|(?<!\b(?:no|any|anyone|nobody|none|never)\b(?: [\w-]+){0,3} )could(?! have\b)|likely|unlikely|possibly|possible|perhaps|maybe|probably|suggests?|suggested|appears?|appeared|seems?|seemed|risks? becoming|risk (?:losing|being)|some (?:\w+ )?(?:argue|say|believe|suggest|fear)|remains? to be seen|potential(?:ly)?|threatens? to|in question|poses? (?:a )?risks?|if (?:I|we) had to (?:bet|guess)|be surprised if|arguably|I suspect|we suspect|suspects? that)\b/i;

export function certaintyOf(sentence: string): Certainty {
  const s = sentence.trim();
  if (QUESTION.test(s)) return 'question';
  // "as if", "even if", "if I had to bet" introduce no condition: take them out before looking
  const unconditioned = s.replace(NOT_CONDITION_G, ' ');
  if (CONDITION_START.test(unconditioned) || CONDITION_MID.test(unconditioned)) return 'conditional';
  if (HYPOTHETICAL_ANSWER.test(s)) return 'conditional';
  if (HEDGES.test(s)) return 'hedged';
  return 'asserted';
}
