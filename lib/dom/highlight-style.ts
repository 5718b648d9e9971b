// The reader's own highlight colours, applied without adding anything to the page's DOM: a
// constructable stylesheet in document.adoptedStyleSheets. The static look (default colours,
// underline styles that tell categories apart without colour) ships as the content script's
// manifest CSS (entrypoints/content/highlights.css), whose backgrounds are the default light-page
// colours; this layer only overrides background colours, and only where they differ from those. On
// a light page with default colours it is never created: a new sheet restyles the whole page, and
// costs the content script more than anything else it does while painting.
import { CATEGORIES, type Category } from '../engine/types';
import { DEFAULT_COLOURS } from '../settings';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES } from './highlight';

export type Scheme = 'light' | 'dark';

const HEX = /^#[0-9a-f]{6}$/i;

/** The background colours highlights.css paints with (a test holds the two together). */
export const MANIFEST_COLOURS: Readonly<Record<Category, string>> = {
  moat: DEFAULT_COLOURS.moat.light,
  consolidation: DEFAULT_COLOURS.consolidation.light,
  open_source_parity: DEFAULT_COLOURS.open_source_parity.light,
};

/**
 * CSS for one colour per category, leaving out those the page already gets from `painted` (the
 * manifest CSS, on a light page); anything but #rrggbb is dropped (it becomes stylesheet text).
 */
export function colourCss(
  colours: Partial<Record<Category, string>>,
  painted: Partial<Record<Category, string>> = {},
): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    const colour = colours[category];
    if (!colour || !HEX.test(colour)) continue;
    if (colour.toLowerCase() === painted[category]?.toLowerCase()) continue;
    rules.push(
      `::highlight(${HIGHLIGHT_NAMES[category]}) { background-color: ${colour} !important; }`,
      `mark[data-claimscope~='${category}']:not([data-claimscope-hidden]) { background-color: ${colour} !important; }`,
    );
  }
  // The focused claim keeps its own emphasis over any custom colour.
  if (rules.length > 0)
    rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 120, 0, 0.6) !important; }`);
  return rules.join('\n');
}

/** Relative luminance (0 dark … 1 light) of a computed "rgb(a)(r, g, b…)" colour, or null. */
function luminance(rgb: string): number | null {
  const m = /rgba?\((\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(rgb);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether the article reads as light text on a dark page. The text colour is the reliable signal:
 * backgrounds are often transparent, images or gradients, but text must contrast with them.
 */
export function schemeOf(el: Element): Scheme {
  const view = el.ownerDocument.defaultView;
  const text = el.querySelector('p') ?? el;
  const lum = view ? luminance(view.getComputedStyle(text).color) : null;
  return lum !== null && lum > 0.5 ? 'dark' : 'light';
}

export interface StyleLayer {
  /** Replace the layer's rules; false when they were already these (the page is not restyled). */
  set(css: string): boolean;
  remove(): void;
}

/** One adopted stylesheet owned by the content script; set() replaces its rules. */
export function createStyleLayer(doc: Document): StyleLayer {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  let sheet: CSSStyleSheet | null = null;
  // The rules last written: every new sheet text restyles the whole page, so unchanged text is not
  // written again (applyLook runs on every scan and settings change).
  let current: string | null = null;
  /** Adopts the sheet if the page dropped it; true when it had to. */
  const adopt = (): boolean => {
    if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return false;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  };
  return {
    set(css) {
      // Nothing to override and no sheet yet: the page is left as it is.
      if (css === '' && !sheet) return false;
      try {
        if (!sheet && view?.CSSStyleSheet) sheet = new view.CSSStyleSheet();
        const rewrite = css !== current;
        if (rewrite) sheet?.replaceSync(css);
        current = sheet ? css : null;
        // A page that assigns its own adoptedStyleSheets drops ours: re-adopt on every set.
        return adopt() || rewrite;
      } catch {
        // No constructable stylesheets: the manifest CSS defaults still apply.
        sheet = null;
        current = null;
        return false;
      }
    },
    remove() {
      if (!sheet) return;
      const mine = sheet;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine);
      } catch {
        // Nothing to undo if adoption never worked.
      }
      sheet = null;
      current = null;
    },
  };
}
