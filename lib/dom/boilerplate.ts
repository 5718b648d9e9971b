// What is never article text: the element-level verdicts shared by root scoring and the text walk.
// Pure reads of tag names and attributes, so it runs on a live page (never writing to it) and on
// linkedom documents in Node alike.

/** Subtrees whose text is never article prose: chrome, media, code and form furniture, headings. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'DIALOG',
  'MENU',
  // Claims are never in headlines or subheadings (claims.md): the engine must not see them.
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HGROUP',
]);

/** ARIA landmarks and widgets that hold site chrome rather than the story. */
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'marquee',
  'note',
  'status',
  'timer',
  'heading',
  'figure',
  'img',
  'button',
  'form',
]);

/**
 * class/id words of boxes inside an article that are not its prose: ads, share bars, newsletter
 * and paywall boxes, related-link rails, comments, captions, pull quotes, bylines. Matched against
 * whole segments of a class name (see namesBoilerplate), so "shadow" is not "ad".
 */
const BOILERPLATE =
  /^(?:ads?|adv|advert\w*|adslot|adunit|adbox|sponsor\w*|promo\w*|commercial|banner|newsletter|signup|subscri\w+|paywall|meter|plans?|share\w*|sharing|social|sns|tools?|toolbar|ufi|related|recirc\w*|readnext|trending|popular|recommend\w*|outbrain|taboola|comments?|cmts?|discussion|disqus|replies|respond|reply|caption\w*|credits?|pullquote|pull|quotebox|callout|byline|author\w*|bio|dateline|timestamp|meta|tags?|topics?|breadcrumbs?|crumbs|sidebar|rail|widget|tldr|keypoints|takeaways|toc|print|sr|visually|hidden|modal|popup|overlay|cookie|gdpr|consent|skiplink|nav\w*|menu|footer|header|masthead|eyebrow|kicker|standfirst|subhed|dek|hero|thumbnail|gallery|slideshow|video|embed|podcast|listen|audio)$/;

/** Class tokens that are state flags or script hooks on layout wrappers, not names of boxes. */
const FLAG_PREFIX = /^(?:js|has|no|is|with|not|l|u)-/;

/**
 * Whether a boilerplate word is among the segments of a class or id that name what the box is: for "tbw-related-strip" the first word
 * after a short site prefix ("related"), for "tbw-inline-ad" the last ("ad"), for "comment-list"
 * the first. Middle words of long layout names ("panel-two-col-sidebar-right-mix") are ignored:
 * such wrappers often hold the story beside a sidebar.
 */
function namesBoilerplate(names: string): boolean {
  // A plain loop rather than a generator of segments: this runs for every classed element of a
  // page, once, in code that is still cold (generators cost more to start than they save here).
  for (const token of names.split(/\s+/)) {
    if (token === '' || FLAG_PREFIX.test(token)) continue;
    // BEM modifiers ("--native") and camelCase ("relatedLinks") split like hyphens.
    const base = token.split('--')[0] ?? token;
    const segs = base
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_]+/)
      .filter((x) => x !== '');
    if (segs.length === 0) continue;
    if (BOILERPLATE.test(segs[0]!)) return true;
    if (segs.length > 1) {
      if (segs[0]!.length <= 4 && BOILERPLATE.test(segs[1]!)) return true;
      if (BOILERPLATE.test(segs[segs.length - 1]!)) return true;
    }
  }
  return false;
}

/**
 * class/id words that mark the story itself; they protect an element from BOILERPLATE when both
 * match ("entry-content-ad-free", "article-body-meta").
 */
const STORY =
  /(?:^|[\s_-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|body-?text)(?=$|[\s_-])/i;

export function classAndId(el: Element): string {
  // Most elements of a story (its <p>, <em>, <a>…) carry no attributes: one call says so.
  if (!el.hasAttributes()) return '';
  // className is an SVGAnimatedString on SVG elements; getAttribute is uniform.
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return id ? `${cls} ${id}` : cls;
}

/** Hidden from readers by markup alone (computed styles would force a style recalculation). */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Words of the class/id say the element is a box around the story, not the story. */
export function looksLikeBoilerplate(el: Element): boolean {
  const names = classAndId(el);
  if (names === '' || STORY.test(names)) return false;
  return namesBoilerplate(names);
}

export type ExclusionReason = 'tag' | 'hidden' | 'role' | 'editable' | 'class';

/**
 * Why nothing under `el` is article text, judged from the element alone (no descent), or null.
 * The walk rejects whole subtrees with this, so it must be cheap.
 */
export function exclusionReason(el: Element): ExclusionReason | null {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return 'tag';
  // Everything below is read from attributes: an element without any is never excluded by them.
  if (!el.hasAttributes()) return null;
  if (isHidden(el)) return 'hidden';
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return 'role';
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'editable';
  // Quotations in the story are kept; a pull quote repeats the story and is dropped by class.
  return looksLikeBoilerplate(el) ? 'class' : null;
}

export function isExcluded(el: Element): boolean {
  return exclusionReason(el) !== null;
}

/** Elements that start a new block of text: "\n\n" goes between them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  // Skipped structural boxes still end the paragraph before them; skipped inline things
  // (img, button, script) sit inside a line and do not.
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'DIALOG',
  'MENU',
  'IFRAME',
  'VIDEO',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HGROUP',
]);
