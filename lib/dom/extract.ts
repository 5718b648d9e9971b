// Article extraction: find the element(s) holding the story and map their text (see textmap.ts).
// Scoring follows readability's idea — paragraphs vote for their ancestors by length and commas,
// class/id words and schema.org markup nudge the vote, link-heavy boxes lose — but it only reads
// the DOM: no cloning, no removal, so it is safe on the live page and small enough for a content script.
import { classAndId, exclusionReason, isExcluded } from './boilerplate';
import { buildTextMap, type WalkOptions } from './textmap';
import type { TextMap } from './types';

export { isProbablyArticle } from './readerable';
export { locate } from './textmap';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|copy|prose/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|paywall|rail|recirc/i;
/** Ancestors whose class says "story" are never ruled out by a boilerplate word beside it. */
const MAYBE_STORY = /and|article|body|column|content|main|shadow|story|post|entry|text/i;

/** How much more paragraph text an ancestor must hold to be taken as the story's container. */
const GROWTH = 1.5;
/** Only paragraphs this long (characters) count as story text when climbing. */
const PROSE_CHARS = 140;

/** Paragraph-like elements that vote. Divs vote only for text they hold directly (see below). */
const VOTERS = 'p, pre, td, blockquote, div';
const MIN_VOTER_CHARS = 25;
const COMMAS = /[,，、]/g;

function classWeight(el: Element): number {
  const names = classAndId(el);
  if (names === '') return 0;
  let w = 0;
  if (NEGATIVE.test(names)) w -= 25;
  if (POSITIVE.test(names)) w += 25;
  return w;
}

function initialScore(el: Element): number {
  let s = classWeight(el);
  switch (el.tagName.toUpperCase()) {
    case 'ARTICLE':
      s += 10;
      break;
    case 'MAIN':
    case 'DIV':
      s += 5;
      break;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      s += 3;
      break;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      s -= 3;
      break;
    case 'TH':
      s -= 5;
      break;
  }
  // schema.org: the publisher told us where the story is.
  const prop = el.getAttribute('itemprop');
  if (prop !== null && /\barticleBody\b/.test(prop)) s += 40;
  return s;
}

/** Text a div holds itself (not in child elements): a div of text and <br>s is a paragraph. */
function directText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += (c as Text).data;
  return s;
}

/** Characters of text under an element, and how many of them are link text. */
interface Measure {
  text: number;
  links: number;
}
type Measures = Map<Element, Measure>;
const UNCOUNTED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Text and link-text lengths of every element under `root`, in one pass. Link density is asked
 * of many nested elements; per-element textContent + querySelectorAll('a') was quadratic in depth
 * and cost tens of milliseconds on deep pages.
 */
function measure(root: Element): Measures {
  const out: Measures = new Map();
  const visit = (el: Element, inLink: boolean): Measure => {
    const m: Measure = { text: 0, links: 0 };
    const link = inLink || el.tagName.toUpperCase() === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = (c as Text).data.length;
        m.text += n;
        if (link) m.links += n;
      } else if (c.nodeType === 1 && !UNCOUNTED.has((c as Element).tagName.toUpperCase())) {
        const sub = visit(c as Element, link);
        m.text += sub.text;
        m.links += sub.links;
      }
    }
    out.set(el, m);
    return m;
  };
  visit(root, false);
  return out;
}

function linkDensity(el: Element, measures: Measures): number {
  const m = measures.get(el);
  return !m || m.text === 0 ? 0 : Math.min(1, m.links / m.text);
}

/** <body> and <html> frame every page; their class names ("no-sidebars") say nothing. */
function isPageLevel(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML';
}

/** How far above a paragraph a class word like "comment" or "related" still rules it out. */
const CLASS_REACH = 3;

/**
 * Is the element inside something whose text is never the article? Tags, roles and hidden
 * markup rule out everything below them (memoised, so scoring every paragraph stays linear).
 * Class words only count near the paragraph: far up they name layout wrappers
 * ("panel-two-col-sidebar", "nav-drawer-slide") that hold the story too.
 */
function makeOutsideCheck(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  // Each ancestor is asked about by every paragraph below it: judge its class words once.
  const reasons = new Map<Element, ReturnType<typeof exclusionReason>>();
  const reasonOf = (el: Element) => {
    let r = reasons.get(el);
    if (r === undefined) {
      r = exclusionReason(el);
      reasons.set(el, r);
    }
    return r;
  };
  const hard = (el: Element | null): boolean => {
    if (!el || isPageLevel(el)) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const reason = reasonOf(el);
    const out = (reason !== null && reason !== 'class') || hard(el.parentElement);
    memo.set(el, out);
    return out;
  };
  return (el) => {
    let a: Element | null = el;
    for (let level = 0; a && !isPageLevel(a) && level <= CLASS_REACH; level++, a = a.parentElement) {
      if (reasonOf(a) === 'class' && !MAYBE_STORY.test(classAndId(a))) return true;
    }
    return hard(el);
  };
}

export interface ArticleRoots {
  /** The element the text map hangs from: the story's container, or the parent of its pieces. */
  root: Element;
  /** When the story is split over siblings of `root`'s children, those children. */
  include?: ReadonlySet<Element>;
}

/** Where the story is: the best-scoring container plus sibling containers that continue it. */
export function findArticleRoots(doc: Document, measures?: Measures): ArticleRoots | null {
  // The whole document, not doc.body: linkedom answers an empty <body> for pages with a stray
  // second <body> tag, while their content hangs under the first.
  const scope = doc.documentElement;
  if (!scope) return null;
  const outside = makeOutsideCheck();
  const sizes = measures ?? measure(scope);
  const scores = new Map<Element, number>();
  // Characters of paragraph text under each element, at any depth (scores stop 5 levels up).
  const textIn = new Map<Element, number>();

  for (const el of scope.querySelectorAll(VOTERS)) {
    const isDiv = el.tagName.toUpperCase() === 'DIV';
    const text = isDiv ? directText(el) : (el.textContent ?? '');
    const len = text.trim().length;
    if (len < MIN_VOTER_CHARS) continue;
    if (outside(el)) continue;
    const vote = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(len / 100), 3);
    // A div of loose text votes for itself (it is the paragraph); others vote for their ancestors.
    let target: Element | null = isDiv ? el : el.parentElement;
    for (let level = 0; target && target !== scope && level < 5; level++) {
      const prior = scores.get(target) ?? initialScore(target);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, prior + vote / divider);
      target = target.parentElement;
    }
    if (len >= PROSE_CHARS && !el.closest('li'))
      for (let a = el.parentElement; a && a !== scope; a = a.parentElement)
        textIn.set(a, (textIn.get(a) ?? 0) + len);
  }
  if (scores.size === 0) return null;

  // Link-heavy containers (menus, link lists) lose in proportion to their link text.
  let top: Element | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  const final = new Map<Element, number>();
  for (const [el, s] of scores) {
    const f = s * (1 - linkDensity(el, sizes));
    final.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top) return null;

  // Climb while an ancestor scores better: the story is often split over sections that each
  // out-score the whole only until the whole is counted.
  let lastScore = topScore;
  const floor = topScore / 3;
  for (let p = top.parentElement; p && !isPageLevel(p); p = p.parentElement) {
    const ps = final.get(p);
    if (ps === undefined) continue;
    if (ps < floor) break;
    if (ps > lastScore) {
      top = p;
      break;
    }
    lastScore = ps;
  }
  // A story cut into sections (each with its own wrapper) leaves the best section holding only part
  // of the text: climb while an ancestor holds clearly more paragraph text without turning into
  // a link list. Wrappers that add nothing are passed through.
  for (let p = top.parentElement; p && !isPageLevel(p); p = p.parentElement) {
    const have = textIn.get(top) ?? 0;
    if ((textIn.get(p) ?? 0) >= have * GROWTH && linkDensity(p, sizes) < 0.3) top = p;
  }
  // An only child adds nothing; its parent may hold the story's other parts later (lazy loading).
  while (top.parentElement && !isPageLevel(top.parentElement) && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }

  // Siblings that continue the story (multi-part bodies, paragraphs loose beside the container).
  const parent = top.parentElement;
  if (!parent || parent === scope) return { root: top };
  const best = final.get(top) ?? topScore;
  const threshold = Math.max(10, best * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const include = new Set<Element>([top]);
  for (const sib of parent.children) {
    if (sib === top || isExcluded(sib)) continue;
    let s = final.get(sib) ?? 0;
    if (topClass !== '' && sib.getAttribute('class') === topClass) s += best * 0.2;
    if (s >= threshold) {
      include.add(sib);
    } else if (sib.tagName.toUpperCase() === 'P') {
      const text = sib.textContent ?? '';
      const len = text.trim().length;
      const ld = linkDensity(sib, sizes);
      if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(text))) {
        include.add(sib);
      }
    }
  }
  return include.size === 1 ? { root: top } : { root: parent, include };
}

/** Link lists inside the story (related links, "read more", topic tags) are not prose. */
const LINK_BOXES = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE', 'P', 'LI', 'CENTER']);
function isLinkBox(el: Element, measures: Measures): boolean {
  const m = measures.get(el);
  return m !== undefined && m.text > 0 && m.links / m.text > 0.5;
}

/** Longest text a bold-only paragraph may have and still be a subheading, not a sentence. */
const PSEUDO_HEADING_CHARS = 150;

/**
 * A paragraph that is nothing but one bold run ("<p><strong>Section: Title</strong></p>") is a
 * subheading typed as a paragraph; like real headings it is never a claim.
 */
function isPseudoHeading(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'P') return false;
  let bold: Element | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c as Text).data.trim() !== '') return false;
    } else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (bold || (tag !== 'STRONG' && tag !== 'B')) return false;
      bold = c as Element;
    }
  }
  return bold !== null && (bold.textContent ?? '').trim().length < PSEUDO_HEADING_CHARS;
}

/** Class words of a summary printed under a headline ("tl-lede", "post-subtitle", "intro"). */
const STANDFIRST_WORD =
  /(?:^|[\s_-])(?:lede|lead|subtitle|subheadline|summary|intro|deck|strap|strapline|excerpt|description)(?=$|[\s_-])/i;

/**
 * A standfirst: the summary paragraph printed right under the headline. Claims are never labelled
 * there (claims.md), but sites mark it only by a class word that, elsewhere, can also name the
 * story's real opening paragraph ("lede"); so it counts only when it directly follows the <h1>.
 */
function isStandfirst(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'DIV') return false;
  if (el.previousElementSibling?.tagName.toUpperCase() !== 'H1') return false;
  return STANDFIRST_WORD.test(classAndId(el));
}

function isNotProse(el: Element, measures: Measures): boolean {
  return (
    LINK_BOXES.has(el.tagName.toUpperCase()) &&
    (isLinkBox(el, measures) || isPseudoHeading(el) || isStandfirst(el))
  );
}

/** The text map of one subtree, with the same cleaning as a whole-page extraction. */
export function extractFrom(root: Element, include?: ReadonlySet<Element>, measures?: Measures): TextMap {
  const sizes = measures ?? measure(root);
  const options: WalkOptions = { reject: (el) => isNotProse(el, sizes) };
  if (include) options.include = include;
  return buildTextMap(root, options);
}

/** The article's text map, or null when no element looks like a story. */
export function extractArticle(doc: Document): TextMap | null {
  const scope = doc.documentElement;
  if (!scope) return null;
  const sizes = measure(scope);
  const found = findArticleRoots(doc, sizes);
  if (!found) return null;
  const map = extractFrom(found.root, found.include, sizes);
  return map.text.trim() === '' ? null : map;
}

/**
 * extractArticle, handing the thread back between its stages: on a very long article each stage
 * (measuring, root scoring, the text walk) costs tens of milliseconds the first time, and together
 * they would make one long task. `pause` yields when the slice's budget is spent and resolves
 * false when the work should stop (then the result is null).
 */
export async function extractArticleInSlices(
  doc: Document,
  pause: () => Promise<boolean>,
): Promise<TextMap | null> {
  const scope = doc.documentElement;
  if (!scope) return null;
  const sizes = measure(scope);
  if (!(await pause())) return null;
  const found = findArticleRoots(doc, sizes);
  if (!found || !(await pause())) return null;
  const map = extractFrom(found.root, found.include, sizes);
  return map.text.trim() === '' ? null : map;
}
