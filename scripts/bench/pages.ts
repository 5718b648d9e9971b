// The pages the benchmark loads: the labelled corpus, the saved real news pages, and the
// generated long articles (written into bench/out/gen so the static server can serve them).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from './generate';

export type PageKind = 'corpus' | 'page' | 'generated';

export interface BenchPage {
  /** Short unique name, e.g. `corpus/semianalysis-google-no-moat`, `gen/words-5000`. */
  id: string;
  kind: PageKind;
  /** Absolute file path of the HTML. */
  file: string;
  /** Path the static server serves it under. */
  urlPath: string;
}

export const GENERATED_SIZES = [5_000, 20_000, 100_000] as const;

export interface Roots {
  repo: string;
  shared: string;
  out: string;
}

export function rootsFrom(repo: string): Roots {
  return { repo, shared: path.resolve(repo, '../shared'), out: path.resolve(repo, 'bench/out') };
}

/** Sentences of the labelled corpus (claims, distractors, borderline) to sprinkle into long articles. */
export function corpusSentences(shared: string): string[] {
  const dir = path.join(shared, 'corpus');
  const sentences: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
      claims?: { text: string }[];
      negatives?: string[];
      borderline?: string[];
    };
    for (const c of gold.claims ?? []) sentences.push(c.text);
    sentences.push(...(gold.negatives ?? []), ...(gold.borderline ?? []));
  }
  return sentences;
}

export interface GeneratedFile {
  page: BenchPage;
  text: string;
  words: number;
}

/** Writes bench/out/gen/words-N.html for each size; returns the pages and their body text. */
export function writeGenerated(roots: Roots): GeneratedFile[] {
  const dir = path.join(roots.out, 'gen');
  mkdirSync(dir, { recursive: true });
  const sentences = corpusSentences(roots.shared);
  return GENERATED_SIZES.map((words) => {
    const article = generateArticle({ words, sentences, seed: words });
    const file = path.join(dir, `words-${words}.html`);
    writeFileSync(file, article.html);
    const page: BenchPage = {
      id: `gen/words-${words}`,
      kind: 'generated',
      file,
      urlPath: `/gen/words-${words}.html`,
    };
    return { page, text: article.text, words: article.words };
  });
}

export function listStaticPages(roots: Roots): BenchPage[] {
  const pages: BenchPage[] = [];
  const corpus = path.join(roots.shared, 'corpus');
  for (const name of readdirSync(corpus)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const slug = name.replace(/\.html$/, '');
    pages.push({
      id: `corpus/${slug}`,
      kind: 'corpus',
      file: path.join(corpus, name),
      urlPath: `/corpus/${name}`,
    });
  }
  const saved = path.join(roots.shared, 'pages');
  for (const name of readdirSync(saved).sort()) {
    const file = path.join(saved, name, 'source.html');
    if (!existsSync(file)) continue;
    pages.push({ id: `pages/${name}`, kind: 'page', file, urlPath: `/pages/${name}/source.html` });
  }
  return pages;
}

/** `*` matches any run of characters; a pattern without `/` matches the name after the slash too. */
export function matchesGlob(id: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(id) || (!pattern.includes('/') && re.test(id.slice(id.indexOf('/') + 1)));
}

/** The pages `--quick` keeps: a few real pages of different sizes and the 5k and 100k articles. */
export const QUICK_PAGES = [
  'corpus/semianalysis-google-no-moat',
  'corpus/bytewire-ai-startup-shopping-spree',
  'pages/nytimes-1',
  'pages/guardian-1',
  'gen/words-5000',
  'gen/words-100000',
];
