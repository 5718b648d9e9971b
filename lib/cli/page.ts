// One saved page through the whole pipeline, as the CLI and `npm run eval` both run it:
// parse (linkedom) → extract the article → annotate → the CLI's JSON shape.
import { parseHTML } from 'linkedom';
import { extractArticle, extractFrom } from '../dom/extract';
import type { TextMap } from '../dom/types';
import { annotate } from '../engine/index';
import type { Claim, Label, Link } from '../engine/types';
import { canonicalClaimFields } from '../export/json';

/** The CLI's `--format json` output (design.md), field order included. */
export interface CliClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  labels: Label[];
  certainty: Claim['certainty'];
  attribution: string | null;
  actors: string[];
  score: number;
  rules: string[];
}
export interface CliOutput {
  url: string;
  title: string;
  claims: CliClaim[];
  links: Link[];
}

export interface AnnotatedPage {
  url: string;
  title: string;
  /** The article text the claims' offsets point into. */
  text: string;
  /** False when no article was found and the whole body was read instead. */
  article: boolean;
  claims: Claim[];
  links: Link[];
}

function meta(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The headline: og:title, else the first <h1>, else <title>. */
export function pageTitle(doc: Document): string {
  const og = meta(doc, 'meta[property="og:title"]') ?? meta(doc, 'meta[name="twitter:title"]');
  if (og) return collapse(og);
  const h1 = collapse(doc.querySelector('h1')?.textContent ?? '');
  if (h1) return h1;
  return collapse(doc.querySelector('title')?.textContent ?? '');
}

/** The page's own idea of its address (<link rel=canonical>, og:url), if it is an absolute http(s) URL. */
export function declaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    meta(doc, 'meta[property="og:url"]'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c.trim());
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // A relative or malformed canonical says nothing reliable; fall through.
    }
  }
  return null;
}

/** The text to annotate: the article, or — when nothing looks like one — the whole body. */
function pageText(doc: Document): { map: TextMap | null; article: boolean } {
  const article = extractArticle(doc);
  if (article) return { map: article, article: true };
  // linkedom answers an empty <body> for pages with a stray second <body>; read the root then.
  const body = doc.body?.firstChild ? doc.body : doc.documentElement;
  return { map: body ? extractFrom(body) : null, article: false };
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Annotate one page. `fallbackUrl` is where the page came from (a file:// path or the fetched
 * URL); a canonical URL declared by the page wins over it.
 */
export function annotatePage(html: string, fallbackUrl: string): AnnotatedPage {
  const doc = parsePage(html);
  const { map, article } = pageText(doc);
  const text = map?.text ?? '';
  const { claims, links } = annotate(text);
  return { url: declaredUrl(doc) ?? fallbackUrl, title: pageTitle(doc), text, article, claims, links };
}

/** The CLI's JSON shape, with fields in the documented order and nothing the engine added beyond it. */
export function toCliOutput(page: AnnotatedPage): CliOutput {
  return {
    url: page.url,
    title: page.title,
    claims: page.claims.map(canonicalClaimFields),
    links: page.links.map((l) => ({
      from: l.from,
      to: l.to,
      relation: l.relation,
      category: l.category,
      strength: l.strength,
    })),
  };
}
