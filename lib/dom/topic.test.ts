// The topic gate on real pages: every AI-industry article we have (the labelled corpus and both
// held-out sets) passes; most of readability's saved news pages, about anything else, stop.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isAboutTopic, MAX_TOPIC_CHARS } from './topic';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = resolve(REPO, '../shared');
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const htmlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

const aiArticles = [
  ...htmlIn(join(SHARED, 'corpus')),
  ...htmlIn(join(REPO, 'test/fixtures/holdout')),
  ...htmlIn(join(REPO, 'test/fixtures/holdout-b')),
].map((file) => [file.slice(file.lastIndexOf('/', file.lastIndexOf('/') - 1) + 1), file] as const);

describe('AI-industry articles pass the gate', () => {
  test.each(aiArticles)('%s', (_name, file) => {
    expect(isAboutTopic(doc(readFileSync(file, 'utf8')))).toBe(true);
  });
});

describe('off-topic news pages', () => {
  const PAGES = join(SHARED, 'pages');
  const names = readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html')));

  test('most stop at the gate', () => {
    const passing = names.filter((name) =>
      isAboutTopic(doc(readFileSync(join(PAGES, name, 'source.html'), 'utf8'))),
    );
    // The few that pass talk about tech (a GPU review, a DeepMind story): reading them costs only time.
    expect(passing.length).toBeLessThanOrEqual(Math.floor(names.length * 0.1));
  });
});

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

describe('what counts', () => {
  test.each([
    ['an AI story', '<p>OpenAI and Anthropic sell access to their models.</p>', true],
    ['names split over elements', '<p>Open<b>AI</b> ships <i>models</i></p>', true],
    ['one word repeated is not a subject', `<p>${words(20, 'model')}</p>`, false],
    ['"Claude" the person alone', '<p>Claude Monet painted. Claude said so. Claude left.</p>', false],
    ['a recipe', '<p>Whisk the eggs, fold in the flour and bake for twenty minutes.</p>', false],
    ['words only in a script', '<script>var t = "AI models GPUs";</script><p>Weather today.</p>', false],
    ['an empty page', '', false],
  ])('%s', (_name, body, expected) => {
    expect(isAboutTopic(doc(`<html><body>${body}</body></html>`))).toBe(expected);
  });

  test('reading is bounded: vocabulary only after the limit is not looked for', () => {
    const filler = `<p>${words(MAX_TOPIC_CHARS / 5, 'pear')}</p>`;
    const late = '<p>OpenAI trains models on Nvidia GPUs.</p>';
    expect(isAboutTopic(doc(`<body>${late}${filler}</body>`))).toBe(true);
    expect(isAboutTopic(doc(`<body>${filler}${filler}${late}</body>`))).toBe(false);
  });
});
