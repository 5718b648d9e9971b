// The engine's own speed in Node: annotate() on article text, median of several runs, per 1,000 words.
import { readFileSync } from 'node:fs';
import { countWords } from './generate';
import { median } from './stats';

export interface EngineTiming {
  id: string;
  words: number;
  /** The first call, which pays for lazy setup (compiling rules, loading compromise). */
  firstMs: number;
  medianMs: number;
  msPer1000Words: number;
  claims: number;
}

type Annotate = (text: string) => { claims: unknown[] };

async function loadAnnotate(): Promise<Annotate> {
  const engine = (await import('../../lib/engine/index')) as { annotate: Annotate };
  return engine.annotate;
}

/** Article text of a saved page, as the extension would extract it; falls back to Readability. */
export async function articleText(file: string): Promise<string> {
  const html = readFileSync(file, 'utf8');
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  try {
    const extract = (await import('../../lib/dom/extract')) as {
      extractArticle?: (doc: Document) => { text: string } | null;
    };
    const map = extract.extractArticle?.(document as unknown as Document);
    if (map && countWords(map.text) > 50) return map.text;
  } catch {
    // Extraction not landed or not linkedom-friendly: use Readability instead.
  }
  const { Readability } = await import('@mozilla/readability');
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  return article?.textContent ?? document.body?.textContent ?? '';
}

export async function benchEngine(
  texts: { id: string; text: string }[],
  runs: number,
): Promise<EngineTiming[]> {
  const annotate = await loadAnnotate();
  const results: EngineTiming[] = [];
  for (const { id, text } of texts) {
    const words = countWords(text);
    let t = performance.now();
    const first = annotate(text);
    const firstMs = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      annotate(text);
      times.push(performance.now() - t);
    }
    const medianMs = median(times) ?? 0;
    results.push({
      id,
      words,
      firstMs,
      medianMs,
      msPer1000Words: words > 0 ? (medianMs / words) * 1000 : 0,
      claims: first.claims.length,
    });
  }
  return results;
}
