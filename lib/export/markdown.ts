// Markdown for notes apps (Obsidian, Notion, GitHub): one section per article, claims grouped by
// category as blockquotes, each with its qualifiers and a link back to the sentence on the page.
//
// Page text is untrusted: a claim or title must render as the words it is, never as a link,
// image, HTML, heading, list, Obsidian tag/embed/comment/math, or a bare URL that autolinks.
// So every character with a meaning in CommonMark, GFM or Obsidian is backslash-escaped, URLs and
// e-mail-like words are shown as code spans (inert in every renderer), and line breaks collapse to
// spaces (a reading format; the JSON export keeps the exact text).
import { type ArticleRecord, CATEGORIES, type SavedClaim } from '../engine/types';
import { CATEGORY_NAMES } from './describe';
import { isAllowedUrl } from './schema';

/** CommonMark's escapable ASCII punctuation that can start markup here, plus Obsidian's # $ % = ^. */
const SPECIAL = /[\\`*_[\]<>()#$%=^|~&!{}]/g;
/** Runs that renderers turn into links without any brackets. */
const AUTOLINKABLE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*|\S+@\S+\.\S+/gi;

function escapePlain(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** A code span long enough to hold any backtick run inside it (CommonMark's rule). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Page text made inert for Markdown, whitespace collapsed to single spaces. */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let out = '';
  let last = 0;
  for (const match of flat.matchAll(AUTOLINKABLE)) {
    out += escapePlain(flat.slice(last, match.index)) + codeSpan(match[0]);
    last = match.index + match[0].length;
  }
  out += escapePlain(flat.slice(last));
  // A line that starts with a list marker, heading or blockquote sign would become one.
  return out.replace(/^([-+>]|\d+[.)])/, '\\$1');
}

/** A link destination that cannot end early or smuggle markup: percent-encode what could. */
function safeHref(url: string): string | null {
  if (!isAllowedUrl(url)) return null;
  return new URL(url).href.replace(
    /[()<>\s"'`\\[\]*_]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Half of a UTF-16 pair on its own: no URL can encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text fragment (`#:~:text=start,end`) so the link scrolls to and highlights the sentence. */
function textFragment(exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  // Text directives reserve - , & : encode them as well as what encodeURIComponent does.
  const enc = (s: string) =>
    encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')).replace(
      /[-,&!'()*~]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const directive =
    words.length <= 8
      ? enc(words.join(' '))
      : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `#:~:text=${directive}`;
}

function claimBlock(record: ArticleRecord, claim: SavedClaim): string {
  const href = safeHref(record.url);
  const meta = [
    claim.labels.map((l) => l.direction).join(', '),
    claim.certainty,
    ...(claim.attribution ? [`according to ${escapeMarkdown(claim.attribution)}`] : []),
    ...(claim.actors.length ? [`actors: ${claim.actors.map(escapeMarkdown).join(', ')}`] : []),
  ];
  const link = href
    ? ` · [on the page](${href.replace(/#.*$/, '')}${textFragment(claim.quote.exact || claim.text)})`
    : '';
  return `> ${escapeMarkdown(claim.text)}\n>\n> — *${meta.join(' · ')}*${link}\n`;
}

function articleSection(record: ArticleRecord): string {
  const href = safeHref(record.url);
  const title = escapeMarkdown(record.title) || escapeMarkdown(record.url);
  const heading = href ? `## [${title}](${href})` : `## ${title}`;
  const byline = [record.site && escapeMarkdown(record.site), record.savedAt.slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
  const parts = [`${heading}\n\n${byline}\n`];
  for (const category of CATEGORIES) {
    const claims = record.claims.filter((c) => c.labels.some((l) => l.category === category));
    if (!claims.length) continue;
    parts.push(`### ${CATEGORY_NAMES[category]}\n`);
    for (const claim of claims) {
      // A claim with several categories shows under each, with only that category's direction.
      const labels = claim.labels.filter((l) => l.category === category);
      parts.push(claimBlock(record, { ...claim, labels }));
    }
  }
  return parts.join('\n');
}

export function toMarkdown(records: readonly ArticleRecord[]): string {
  return `${['# Claimscope claims\n', ...records.map(articleSection)].join('\n')}`;
}
