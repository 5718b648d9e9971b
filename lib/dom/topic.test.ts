// The topic gate on real pages, as the content script runs it (inside the cheap article check):
// every AI-industry article we have (the labelled corpus and both held-out sets) passes; most of
// readability's saved news pages, about anything else, stop.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isProbablyArticle } from './readerable';
import { MAX_TOPIC_CHARS, TopicCounter } from './topic';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = resolve(REPO, '../shared');
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const isAboutTopic = (page: Document) => isProbablyArticle(page, { topic: new TopicCounter() });
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
const counted = (...texts: string[]) => {
  const topic = new TopicCounter();
  for (const text of texts) topic.add(text);
  return topic.satisfied;
};

describe('what counts', () => {
  test.each([
    ['an AI story', ['OpenAI and Anthropic sell access to their models.'], true],
    ['words in separate paragraphs', ['Nvidia reported results.', 'Its chips sold out.'], true],
    ['one word repeated is not a subject', [words(20, 'model')], false],
    ['"Claude" the person alone', ['Claude Monet painted. Claude said so. Claude left.'], false],
    ['a recipe', ['Whisk the eggs, fold in the flour and bake for twenty minutes.'], false],
    ['"ai" inside other words and languages', ['Mais aí, said the maid, is plain.', 'Aim high.'], false],
    ['nothing', [''], false],
  ])('%s', (_name, texts, expected) => {
    expect(counted(...texts)).toBe(expected);
  });

  test('reading is bounded: vocabulary only after the limit is not looked for', () => {
    const filler = words(MAX_TOPIC_CHARS / 5, 'pear');
    const late = 'OpenAI trains models on Nvidia GPUs.';
    expect(counted(late, filler)).toBe(true);
    expect(counted(filler, filler, late)).toBe(false);
  });

  const paragraph = (text: string) => `<p>${text} ${words(40, 'and so on')}.</p>`;
  test.each([
    ['an AI article', [paragraph('OpenAI trains models.'), paragraph('More text.')], true],
    [
      'vocabulary after the readable verdict',
      [paragraph('A'), paragraph('B'), paragraph('Nvidia chips.')],
      true,
    ],
    ['the title counts', [paragraph('Its chips sold out.'), paragraph('More.')], true],
    ['an article on something else', [paragraph('Rain.'), paragraph('Wind.')], false],
  ])('in the article check: %s', (name, body, expected) => {
    const title = name === 'the title counts' ? 'Nvidia results' : 'News';
    const page = doc(`<html><head><title>${title}</title></head><body>${body.join('')}</body></html>`);
    expect(isAboutTopic(page)).toBe(expected);
    // Without a topic, any article passes.
    expect(isProbablyArticle(page)).toBe(true);
  });
});
