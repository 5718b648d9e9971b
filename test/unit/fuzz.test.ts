// Fuzzing the engine and extraction with fast-check: random unicode (lone surrogates and control
// characters included), random mixes of the words news about AI uses, adversarial strings, and
// generated (often broken) HTML through extractArticle on linkedom. What must hold on every input:
// nothing throws, every claim's offsets lie inside the text and its text is that slice with
// whitespace collapsed, the same input gives the same output, and noise never hides a real claim.
// Speed is measured by scripts/fuzz-bench.ts; here only a generous guard that 1 MB finishes.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle, extractFrom, isProbablyArticle } from '../../lib/dom/extract';
import type { TextMap } from '../../lib/dom/types';
import { annotate } from '../../lib/engine/index';
import { LINKS_PER_CLAIM } from '../../lib/engine/link';
import type { AnnotateResult } from '../../lib/engine/types';
import { PATHOLOGICAL } from '../../scripts/fuzz-bench';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Written for this test (not from the corpus): a claim the engine finds in any AI article. */
const PROBE =
  'Analysts at several AI funds say open-weight language models have now caught up with the proprietary models of the largest AI labs.';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The contract every annotate() result keeps, whatever the text. */
function checkResult(text: string, result: AnnotateResult): void {
  const ids = new Set<string>();
  for (const c of result.claims) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(c.text).toBe(collapse(text.slice(c.start, c.end)));
    expect(c.labels.length).toBeGreaterThan(0);
    expect(c.score).toBeGreaterThan(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
  }
  for (const l of result.links) {
    expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
    expect(l.from).not.toBe(l.to);
  }
}

// Vocabulary of the articles the engine reads, cut into words and punctuation, so random mixes
// reach the rules (triggers, cues, negation, quotes, attribution) and not only the segmenter.
const WORDS = (
  'AI open-weight open-source models model labs lab moat moats durable eroding compute GPUs chips ' +
  'data talent Google OpenAI Meta Anthropic Mistral DeepMind Nvidia Microsoft acquisition acquires ' +
  'acquired merger consolidation consolidating concentrated few giants winners startups catch up ' +
  'caught closing gap parity lag behind frontier proprietary closed not no never may might could ' +
  'if whether said says according to analysts argue Mr. Mrs. Dr. Inc. U.S. e.g. i.e. vs. 3.5 $10bn ' +
  '90% the a of and but because while however'
).split(' ');
const PUNCT = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  ')',
  '—',
  '-',
  '\n',
  '\n\n',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const wordSoup = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\t', '\u00a0')), { maxLength: 300 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));
const randomUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'binary-ascii', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  // Lone surrogates and control characters, which a string of whole code points never has.
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 1000 })
    .map((codes) => String.fromCharCode(...codes)),
);
const anyText = fc.oneof(wordSoup, randomUnicode);

describe('annotate on generated text', () => {
  test('the probe paragraph is a claim on its own (the noise tests below rely on it)', () => {
    const { claims } = annotate(PROBE);
    expect(claims.map((c) => c.text)).toEqual([PROBE]);
  });

  test.each([
    ['word soup', wordSoup],
    ['random unicode', randomUnicode],
  ])('%s: never throws, offsets and texts are exact, links join claims', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => checkResult(text, annotate(text))),
      { numRuns: RUNS },
    );
  });

  test('deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(annotate(text)).toEqual(annotate(text));
      }),
      { numRuns: RUNS },
    );
  });

  // annotate() swallows internal errors and returns no claims; a crash caused by the noise would
  // show here as a lost probe.
  test('noise in other paragraphs never loses a real claim', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const text = `${before}\n\n${PROBE}\n\n${after}`;
        const result = annotate(text);
        checkResult(text, result);
        expect(result.claims.map((c) => c.text)).toContain(PROBE);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('annotate on adversarial strings', () => {
  // A page that repeats one claim thousands of times must not produce every pair of claims as a
  // link (n², millions of objects, out of memory in the background): links stay linear.
  test.each([
    ['the same claim', 'Open-weight AI models have caught up with the closed models of the big labs. ', 2000],
    ['short claims', 'AI moat.\n', 5000],
  ])('links grow linearly with claims: %s', (_name, unit, count) => {
    const { claims, links } = annotate(unit.repeat(count));
    expect(claims.length).toBeGreaterThan(count / 2);
    expect(links.length).toBeLessThanOrEqual(claims.length * LINKS_PER_CLAIM);
  });

  test.each(PATHOLOGICAL.map((p) => [p.name, p] as const))(
    '%s (100 KB)',
    (_name, p) => {
      const text = p.make(100_000);
      const result = annotate(text);
      checkResult(text, result);
      expect(annotate(text)).toEqual(result);
    },
    60_000,
  );

  // Speed is the bench's business (scripts/fuzz-bench.ts); this only guards against a hang.
  test.each(PATHOLOGICAL.map((p) => [p.name, p] as const))(
    '%s (1 MB) finishes well within 20 s',
    (_name, p) => {
      const text = p.make(1_000_000);
      const t = performance.now();
      const result = annotate(text);
      expect(performance.now() - t).toBeLessThan(20_000);
      for (const c of result.claims) expect(c.end).toBeLessThanOrEqual(text.length);
    },
    60_000,
  );
});

// ---- extraction on generated HTML --------------------------------------------------------------

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CLASSES = [
  '',
  'content',
  'story',
  'entry-content',
  'comment',
  'sidebar',
  'related',
  'ad',
  'share',
  'main',
];
const ATTRS = ['', ' hidden', ' contenteditable', ' role="navigation"', ' aria-hidden="true"', ' dir="rtl"'];
const BLOCKS = [
  'div',
  'article',
  'section',
  'main',
  'aside',
  'nav',
  'footer',
  'blockquote',
  'ul',
  'li',
  'table',
  'td',
];
const INLINE = ['span', 'a', 'b', 'em', 'q', 'code'];

const leaf = fc.oneof(
  { weight: 3, arbitrary: wordSoup.map(escapeHtml) },
  { weight: 1, arbitrary: fc.constant(escapeHtml(PROBE)) },
  { weight: 1, arbitrary: randomUnicode.map(escapeHtml) },
  // Raw, unescaped junk: stray brackets, half tags, entities, comments, CDATA.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<',
      '</p>',
      '<p',
      '&',
      '&#xD800;',
      '&nbsp;',
      '<!--',
      '-->',
      '<![CDATA[x]]>',
      '</div></div>',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<br>',
      '<img src=x alt="AI moat">',
      '<script>var a = "<p>AI moat</p>";</script>',
      '<style>p{}</style>',
    ),
  },
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(
        fc.constantFrom(...BLOCKS, ...INLINE, 'p'),
        fc.constantFrom(...CLASSES),
        fc.constantFrom(...ATTRS),
        fc.array(tie('node'), { maxLength: 6 }),
      )
      .map(
        ([tag, cls, attr, kids]) => `<${tag}${cls ? ` class="${cls}"` : ''}${attr}>${kids.join('')}</${tag}>`,
      ),
  ),
}));
const htmlPage = fc
  .array(node, { maxLength: 8 })
  .map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

/** A TextMap's own contract: each node's text sits verbatim at its start, in order, under the root. */
function checkTextMap(map: TextMap): void {
  expect(map.nodes.length).toBe(map.starts.length);
  let last = -1;
  map.nodes.forEach((n, i) => {
    const start = map.starts[i]!;
    expect(start).toBeGreaterThanOrEqual(last);
    expect(map.text.slice(start, start + n.data.length)).toBe(n.data);
    expect(map.root.contains(n)).toBe(true);
    last = start + n.data.length;
  });
  expect(last).toBeLessThanOrEqual(map.text.length);
}

describe('extraction on generated HTML (linkedom)', () => {
  test('never throws; the text map is exact; annotate keeps its contract on it', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        const doc = parseHTML(html).document as unknown as Document;
        isProbablyArticle(doc);
        const map = extractArticle(doc) ?? (doc.body ? extractFrom(doc.body) : null);
        if (!map) return;
        checkTextMap(map);
        const again = extractArticle(parseHTML(html).document as unknown as Document);
        if (again) expect(again.text).toBe(extractArticle(doc)?.text);
        checkResult(map.text, annotate(map.text));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 120_000);

  test.each([
    ['5,000 nested inline elements', `${'<span>'.repeat(5000)}${escapeHtml(PROBE)}${'</span>'.repeat(5000)}`],
    [
      '5,000 nested divs',
      `${'<div class="content">'.repeat(5000)}<p>${escapeHtml(PROBE)}</p>${'</div>'.repeat(5000)}`,
    ],
    [
      '100,000 empty paragraphs',
      `<article>${'<p></p>'.repeat(100_000)}<p>${escapeHtml(PROBE)}</p></article>`,
    ],
  ])(
    '%s: extraction finishes and keeps the probe',
    (_name, body) => {
      const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`)
        .document as unknown as Document;
      const map = extractArticle(doc) ?? extractFrom(doc.body);
      checkTextMap(map);
      expect(collapse(map.text)).toContain(PROBE);
    },
    60_000,
  );
});
