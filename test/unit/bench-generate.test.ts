// The benchmark's long articles must carry exactly the word counts their names promise,
// or the 5k/20k/100k scaling figures compare the wrong things.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { countWords, generateArticle } from '../../scripts/bench/generate';
import { corpusSentences, rootsFrom } from '../../scripts/bench/pages';

const sentences = corpusSentences(rootsFrom(process.cwd()).shared);

describe('generateArticle', () => {
  test.each([1, 37, 5_000, 20_000, 100_000])('the article body holds exactly %i words', (words) => {
    const article = generateArticle({ words, sentences, seed: words });
    const { document } = parseHTML(article.html);
    const paragraphs = [...document.querySelectorAll('.article-body p')].map((p) => p.textContent ?? '');
    expect(countWords(paragraphs.join(' '))).toBe(words);
    expect(article.words).toBe(words);
    expect(countWords(article.text)).toBe(words);
  });

  test('mixes corpus sentences with filler, inside a page shell with nav, aside and footer', () => {
    const article = generateArticle({ words: 5_000, sentences, seed: 7 });
    const fromCorpus = sentences.filter((s) => article.text.includes(s)).length;
    expect(fromCorpus).toBeGreaterThan(10);
    for (const tag of ['<nav', '<article', '<aside', '<footer']) expect(article.html).toContain(tag);
  });

  test('is the same page for the same seed', () => {
    const a = generateArticle({ words: 2_000, sentences, seed: 3 });
    const b = generateArticle({ words: 2_000, sentences, seed: 3 });
    expect(a.html).toBe(b.html);
  });
});
