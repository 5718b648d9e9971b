// Records for tests and benchmarks, built from the labelled corpus (../shared/corpus/*.json) so
// exports are exercised on real sentences: curly quotes, dashes, names, long quotations.
// Test-only: nothing in the extension imports this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, Certainty, Label, SavedClaim } from '../engine/types';

export const CORPUS_DIR = join(process.cwd(), '../shared/corpus');

interface GoldClaim {
  text: string;
  labels: Label[];
  certainty: Certainty;
  attribution: string | null;
  actors: string[];
}

/** A saved claim at `start` in an article text, with 32 characters of context either side. */
export function savedClaim(
  text: string,
  start: number,
  gold: Omit<GoldClaim, 'text'> & { id?: string },
  exact: string,
): SavedClaim {
  const end = start + exact.length;
  return {
    id: gold.id ?? `c${start}`,
    text: exact,
    start,
    end,
    labels: gold.labels,
    certainty: gold.certainty,
    attribution: gold.attribution,
    actors: gold.actors,
    score: 0.75,
    rules: ['fixture'],
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { start, end },
  };
}

/** One record per corpus article; its "article text" is the gold claims joined by spaces. */
export function corpusRecords(): ArticleRecord[] {
  const slugs = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return slugs.map((slug, i) => {
    const gold = JSON.parse(readFileSync(join(CORPUS_DIR, `${slug}.json`), 'utf8')) as {
      title: string;
      claims: GoldClaim[];
    };
    const text = gold.claims.map((c) => c.text).join(' ');
    let at = 0;
    const claims = gold.claims.map((c) => {
      const claim = savedClaim(text, at, c, c.text);
      at += c.text.length + 1;
      return claim;
    });
    return {
      url: `https://news.example.com/${slug}`,
      title: gold.title,
      site: 'news.example.com',
      savedAt: new Date(Date.UTC(2024, 4, 1 + i, 9, 30)).toISOString(),
      claims,
    };
  });
}
