// Checks the held-out evaluation set (test/fixtures/holdout): every gold sentence (claims, negatives,
// borderline) must occur verbatim, whitespace collapsed, inside one block of the page's article body,
// and no gold claim may occur in the page's chrome (navigation, headline, standfirst, captions, pull
// quotes, boxes, newsletter, sidebar, comments, footer). Also reports body word counts and claim counts.
// usage: node scripts/check-holdout.mjs [DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const dir = process.argv[2] || 'test/fixtures/holdout';
const CATS = ['moat', 'consolidation', 'open_source_parity'];
const DIRS = {
  moat: ['strengthening', 'eroding'],
  consolidation: ['concentrating', 'fragmenting'],
  open_source_parity: ['closing', 'lagging'],
};
const CERTAINTY = ['asserted', 'hedged', 'conditional', 'question'];
const collapse = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();

// Elements inside <article> that are not article body text.
const NOT_BODY = [
  'h1',
  'header',
  'figure',
  'figcaption',
  'aside',
  'blockquote',
  'form',
  'nav',
  'footer',
  'script',
  'style',
  'svg',
  '[class*="kicker"]',
  '[class*="standfirst"]',
  '[class*="dek"]',
  '[class*="byline"]',
  '[class*="credit"]',
  '[class*="related"]',
  '[class*="newsletter"]',
  '[class*="signup"]',
  '[class*="subscribe"]',
  '[class*="share"]',
  '[class*="tags"]',
  '[aria-hidden="true"]',
].join(',');

function split(html) {
  const { document } = parseHTML(html);
  const article = document.querySelector('article');
  if (!article) throw new Error('no <article>');
  for (const el of [...article.querySelectorAll(NOT_BODY)]) el.remove();
  const blocks = [...article.querySelectorAll('p, h2, h3, li')]
    .filter((el) => !el.querySelector('p, h2, h3, li'))
    .map((el) => collapse(el.textContent))
    .filter(Boolean);
  // chrome: the whole page with the body blocks taken out
  const page = parseHTML(html).document;
  const art = page.querySelector('article');
  for (const el of [...art.querySelectorAll(NOT_BODY)]) el.setAttribute('data-chrome', '');
  for (const el of [...art.querySelectorAll('p, h2, h3, li')]) {
    if (!el.closest('[data-chrome]') && !el.querySelector('p, h2, h3, li')) el.remove();
  }
  for (const el of [...page.querySelectorAll('script, style')]) el.remove();
  const chromeBlocks = [...page.body.querySelectorAll('*')]
    .filter((el) => !el.children.length || el.matches('p, li, div, figcaption, blockquote, h1, h2, h3'))
    .map((el) => collapse(el.textContent));
  const chrome = collapse([page.title, ...chromeBlocks].join('\n'));
  return { blocks, chrome };
}

let failures = 0;
const fail = (slug, msg) => {
  failures++;
  console.log(`FAIL ${slug}: ${msg}`);
};
const rows = [];
for (const f of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const slug = f.slice(0, -5);
  const htmlFile = path.join(dir, `${slug}.html`);
  if (!fs.existsSync(htmlFile)) {
    fail(slug, 'no html page');
    continue;
  }
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const { blocks, chrome } = split(fs.readFileSync(htmlFile, 'utf8'));
  const inBody = (t) => blocks.some((b) => b.includes(t));
  const seen = new Set();
  const check = (kind, text) => {
    const t = collapse(text);
    if (t !== text) fail(slug, `${kind} text is not whitespace-collapsed: ${text.slice(0, 70)}`);
    if (seen.has(t)) fail(slug, `${kind} listed twice: ${t.slice(0, 70)}`);
    seen.add(t);
    if (!inBody(t)) fail(slug, `${kind} not found verbatim in one body block: ${t.slice(0, 90)}`);
    if (kind === 'claim' && chrome.includes(t))
      fail(slug, `claim also occurs in the chrome: ${t.slice(0, 90)}`);
  };
  const counts = Object.fromEntries(CATS.map((c) => [c, 0]));
  for (const c of gold.claims) {
    check('claim', c.text);
    if (!Array.isArray(c.labels) || !c.labels.length)
      fail(slug, `claim without labels: ${c.text.slice(0, 60)}`);
    const cats = new Set();
    for (const l of c.labels) {
      if (!DIRS[l.category]?.includes(l.direction)) fail(slug, `bad label ${JSON.stringify(l)}`);
      if (cats.has(l.category)) fail(slug, `category twice: ${c.text.slice(0, 60)}`);
      cats.add(l.category);
      counts[l.category] = (counts[l.category] || 0) + 1;
    }
    if (!CERTAINTY.includes(c.certainty)) fail(slug, `bad certainty ${c.certainty}`);
    if (c.certainty === 'question' && !c.text.replace(/[”’"']+$/, '').endsWith('?'))
      fail(slug, `question that does not end in "?": ${c.text.slice(0, 60)}`);
    if (!(c.attribution === null || (typeof c.attribution === 'string' && c.attribution.trim())))
      fail(slug, `bad attribution ${JSON.stringify(c.attribution)}`);
    if (!Array.isArray(c.actors)) fail(slug, 'actors is not an array');
  }
  for (const n of gold.negatives || []) check('negative', n);
  for (const b of gold.borderline || []) check('borderline', b);
  const words = blocks.join(' ').split(/\s+/).filter(Boolean).length;
  rows.push({
    slug,
    words,
    claims: gold.claims.length,
    ...counts,
    negatives: (gold.negatives || []).length,
    borderline: (gold.borderline || []).length,
  });
  if (words < 500 || words > 1000) console.log(`note ${slug}: body has ${words} words (target 500-1,000)`);
}
console.table(rows);
if (failures) {
  console.log(`${failures} problem(s)`);
  process.exit(1);
}
console.log('all gold sentences found in the article bodies, none in the chrome');
