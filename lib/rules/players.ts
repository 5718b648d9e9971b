// Word lists only the actors stage reads (lib/engine/actors.ts), kept apart from the shared lexicon:
// what may qualify a group of market players, which groups name someone even without a qualifier,
// and the words that mark a capitalised word as a place or a date rather than a firm.

/** Heads of group phrases beyond the shared GROUP_HEADS: sellers and builders in the supply chain. */
export const EXTRA_GROUP_HEADS = 'vendors|operators|designers|survivors';

/** Nationality and region adjectives that qualify a group ("Chinese labs", "European start-ups"). */
export const NATIONALITIES = new Set(
  (
    'American Chinese European French German British Japanese Korean Indian Canadian Israeli Dutch Swiss Swedish ' +
    'Italian Spanish Nordic Asian African Western Eastern Gulf Emirati Saudi Taiwanese U.S. US UK EU'
  ).split(' '),
);

/**
 * Groups definite enough to name someone after "the" or a count, though not alone: "the labs",
 * "four labs", "three rivals" point at market players; "the companies" may be anyone.
 */
export const COUNTED_HEADS = /^(?:labs|platforms|rivals|vendors|survivors|hyperscalers)$/i;

/** Words for things that sit somewhere: "a 30-person lab in Zurich", "a Stockholm company". */
export const PLACED_THINGS =
  'company|companies|lab|labs|start-?up|firm|group|office|offices|team|entity|subsidiary|unit|maker|developer|operator|consultancy|studio|campus|plant|fab|hub|region';

/** Capitalised words that open or furnish a sentence but never name a firm. */
export const NOT_FIRM_WORDS = (
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve ' +
  'Yes No Sure Well Perhaps Maybe Top Leading Every All Few Several Other Others Some Most Many Each Both'
).split(' ');

/** Tails that end an organisation's name beyond the shared ones ("Marlowe Insurance", "Norrvik Compute"). */
export const EXTRA_ORG_TAILS =
  'Insurance|Compute|Evals|Bank|Institute|Fund|Health|Media|Advisory|Consulting|Semiconductors';

/** Leading words of a capitalised run that are adjectives, not part of a firm's name ("Top AI"). */
export const ORG_RUN_OPENERS =
  /^(?:Top|Leading|Many|Most|Other|Some|New|Big|Every|All|Few|Several|Smaller|Larger|Both|Each)$/;
