// Extraction quality on real pages: word-level precision/recall/F1 of extractArticle's text against
// the article readability extracts (../shared/pages/<name>/expected.html), with timing.
// Usage: npm run eval:extract [-- --json]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/dom/extract';
import { type WordScore, wordF1 } from './word-f1';

const PAGES = resolve(import.meta.dirname, '../../shared/pages');

export interface PageReport extends WordScore {
  name: string;
  ms: number;
}

function expectedText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  return document.body.textContent ?? '';
}

export function reportPages(dir = PAGES): PageReport[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return names.map((name) => {
    const source = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expected = expectedText(readFileSync(join(dir, name, 'expected.html'), 'utf8'));
    const { document } = parseHTML(source);
    const t0 = performance.now();
    const map = extractArticle(document);
    const ms = performance.now() - t0;
    return { name, ms, ...wordF1(map?.text ?? '', expected) };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function main(): void {
  const rows = reportPages();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${'page'.padEnd(30)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'ms'.padStart(7)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(30)} ${f(r.precision).padStart(6)} ${f(r.recall).padStart(6)} ${f(r.f1).padStart(6)} ${r.ms.toFixed(1).padStart(7)}`,
    );
  }
  console.log(
    `${'median'.padEnd(30)} ${f(median(rows.map((r) => r.precision))).padStart(6)} ${f(median(rows.map((r) => r.recall))).padStart(6)} ${f(median(rows.map((r) => r.f1))).padStart(6)} ${median(
      rows.map((r) => r.ms),
    )
      .toFixed(1)
      .padStart(7)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
