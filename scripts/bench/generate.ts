// Long synthetic articles for the benchmark: real corpus sentences (claims and near-misses)
// scattered among neutral filler paragraphs, inside a news-page shell with nav, aside and
// footer that use the topic's words too — so the extension must find the article, not just
// the keywords. Pure and seeded: the same inputs always give the same page.

/** Words as the benchmark counts them: whitespace-separated tokens. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Small seeded PRNG (mulberry32) so generated pages are identical run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The city council',
  'A spokesperson for the transit authority',
  'Residents of the eastern district',
  'The weather service',
  'Local farmers',
  'The regional library',
  'Organisers of the festival',
  'The school board',
  'Engineers at the water utility',
  'A group of volunteers',
];
const VERBS = [
  'said on Tuesday that',
  'noted in a statement that',
  'reported that',
  'confirmed that',
  'told reporters that',
  'announced that',
];
const CLAUSES = [
  'the new bus timetable will take effect next month',
  'rainfall this spring has been close to the long-term average',
  'the bridge repairs are expected to finish before the holidays',
  'attendance at weekend events rose slightly compared with last year',
  'the reading room will stay open later on Thursdays',
  'the harvest started about a week earlier than usual',
  'a public meeting on the park redesign is planned for October',
  'most of the street lights have been replaced with newer fixtures',
  'the museum will lend several paintings to a touring exhibition',
  'volunteers collected more than two tonnes of litter along the river',
  'the ferry schedule would change slightly during the winter months',
  'parking near the stadium will be limited on match days',
];
const TAILS = [
  '',
  ', according to figures published this week',
  ', although details are still being worked out',
  ', and further updates are expected in the coming weeks',
  ' after a short consultation with residents',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fillerSentence(random: () => number): string {
  return `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(CLAUSES, random)}${pick(TAILS, random)}.`;
}

export interface GenerateOptions {
  /** Exact number of words in the article body. */
  words: number;
  /** Topic sentences (claims and distractors) taken from the labelled corpus. */
  sentences: readonly string[];
  /** Share of body sentences drawn from `sentences`; the rest is neutral filler. */
  topicShare?: number;
  seed?: number;
  title?: string;
}

export interface GeneratedArticle {
  html: string;
  /** The article body's text, paragraphs separated by blank lines (what the engine reads). */
  text: string;
  words: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts a sentence to its first `n` words, ending it with a full stop. */
function truncateWords(sentence: string, n: number): string {
  const cut = sentence.trim().split(/\s+/).slice(0, n).join(' ');
  return /[.!?"”]$/.test(cut) ? cut : `${cut.replace(/[,;:]$/, '')}.`;
}

/** Paragraphs of 3–6 sentences whose words add up to exactly `options.words`. */
export function generateParagraphs(options: GenerateOptions): string[] {
  const random = seededRandom(options.seed ?? 1);
  const share = options.topicShare ?? 0.3;
  const paragraphs: string[] = [];
  let remaining = options.words;
  while (remaining > 0) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(random() * 4);
    for (let i = 0; i < length && remaining > 0; i++) {
      const topical = options.sentences.length > 0 && random() < share;
      let sentence = topical ? pick(options.sentences, random) : fillerSentence(random);
      const n = countWords(sentence);
      if (n > remaining) sentence = truncateWords(sentence, remaining);
      remaining -= countWords(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** A full news page around the generated body: the body alone carries `words` words. */
export function generateArticle(options: GenerateOptions): GeneratedArticle {
  const paragraphs = generateParagraphs(options);
  const title =
    options.title ?? `The long read: ${options.words.toLocaleString('en-US')} words on the AI market`;
  // A subheading every ten paragraphs, outside the counted paragraphs, as long reads have.
  const body = paragraphs
    .map((p, i) => {
      const heading = i > 0 && i % 10 === 0 ? `<h2>Part ${i / 10 + 1}</h2>\n` : '';
      return `${heading}<p>${escapeHtml(p)}</p>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Daily Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:17px/1.6 Georgia,serif;margin:0;color:#222}
nav,footer{background:#f4f4f4;padding:8px 24px;font:14px sans-serif}
nav a{margin-right:16px}
main{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}
article{flex:1 1 auto;max-width:680px}
aside{flex:0 0 260px;font:14px sans-serif}
</style></head>
<body>
<header><nav aria-label="Sections"><a href="/">Home</a><a href="/tech">Tech</a><a href="/ai">AI: who has a moat?</a><a href="/markets">Markets</a><a href="/deals">Mergers &amp; acquisitions</a><a href="/opinion">Opinion</a></nav></header>
<main>
<article itemscope itemtype="https://schema.org/NewsArticle">
<header><h1 itemprop="headline">${escapeHtml(title)}</h1>
<p class="byline">By Staff Writer · <time datetime="2025-01-15">15 January 2025</time></p></header>
<div class="article-body" itemprop="articleBody">
${body}
</div>
</article>
<aside aria-label="Related">
<h3>Most read</h3>
<ul><li><a href="/a1">Is open source catching up with closed models?</a></li>
<li><a href="/a2">Big Tech's acquisition spree, in charts</a></li>
<li><a href="/a3">Debt consolidation: what to know before you sign</a></li>
<li><a href="/a4">Castle moats of the Loire valley</a></li></ul>
<div class="ad">Advertisement — Build your moat with our cloud platform.</div>
</aside>
</main>
<footer><p>© 2025 The Daily Ledger. Newsletter: the week's AI deals, consolidation and open-weight releases.</p></footer>
</body></html>
`;
  return { html, text: paragraphs.join('\n\n'), words: countWords(paragraphs.join(' ')) };
}
