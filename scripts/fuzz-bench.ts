// Is the engine linear on pathological text? Times annotate() on each adversarial input at 100 KB
// and at 1 MB and prints the ratio: about 10 means linear, about 100 quadratic.
//   npx tsx scripts/fuzz-bench.ts [--only <name>] [--small 100000] [--large 1000000]
//   npx tsx scripts/fuzz-bench.ts --regexes   (every regex in lib/rules, lib/engine vs backtracking bait)
// The same inputs run in test/unit/fuzz.test.ts, which asserts only that they finish.
import { pathToFileURL } from 'node:url';
import { annotate } from '../lib/engine/index';

export interface Pathological {
  name: string;
  /** About `n` UTF-16 units of the input. */
  make(n: number): string;
}

const times = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

/** Inputs chosen to hit segmentation, quote pairing, abbreviations and the rules' regexes at their worst. */
export const PATHOLOGICAL: readonly Pathological[] = [
  { name: 'periods', make: (n) => times('.', n) },
  { name: 'one character', make: (n) => times('a', n) },
  { name: '"a a a …"', make: (n) => times('a ', n) },
  { name: '"Mr. Mr. Mr."', make: (n) => times('Mr. ', n) },
  { name: 'abbreviations', make: (n) => times('e.g. U.S. Inc. vs. 3.5 i.e. ', n) },
  {
    name: 'nested quotes',
    make: (n) => `${times('“‘"«', n / 2)}open models caught up${times('»"’”', n / 2)}`,
  },
  { name: 'unclosed quotes', make: (n) => times('“AI labs have a moat, ', n) },
  { name: 'parentheses', make: (n) => `${times('(', n / 2)}AI${times(')', n / 2)}` },
  { name: 'whitespace', make: (n) => times(' \n\t\u00a0', n) },
  { name: 'blank paragraphs', make: (n) => times('\n\n', n) },
  { name: 'control characters', make: (n) => times('\u0000\u0001\u0007\u001b\u007f\u0085\u2028', n) },
  { name: 'lone surrogates', make: (n) => times('\ud800a\udc00\udfff\ud83d', n) },
  {
    name: 'one huge sentence',
    make: (n) =>
      `${times('OpenAI and Google keep a moat while open models from Meta lag behind, and analysts say ', n - 1)}.`,
  },
  { name: 'commas and AI', make: (n) => times('AI models, open-weight, moat, ', n) },
  {
    name: 'trigger words without sentences',
    make: (n) => times('moat consolidation parity acquisition catch up ', n),
  },
  {
    name: 'the same claim again and again',
    make: (n) => times('Open-weight AI models have caught up with the closed models of the big labs. ', n),
  },
  { name: 'short claims, one per paragraph', make: (n) => times('AI moat.\n', n) },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(text: string, runs: number): { ms: number; claims: number; links: number } {
  let result = annotate(text);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = annotate(text);
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), claims: result.claims.length, links: result.links.length };
}

function main(argv: string[]): void {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const only = flag('--only');
  const small = Number(flag('--small') ?? 100_000);
  const large = Number(flag('--large') ?? 1_000_000);
  console.log(`annotate() on pathological text: ${small / 1000} KB vs ${large / 1000} KB (median ms)`);
  console.log(
    'input'.padEnd(34),
    'small'.padStart(8),
    'large'.padStart(9),
    'ratio'.padStart(7),
    '  claims / links (large)',
  );
  let worst = 0;
  for (const p of PATHOLOGICAL) {
    if (only && !p.name.includes(only)) continue;
    const a = timeIt(p.make(small), 3);
    const b = timeIt(p.make(large), 1);
    // Below a few ms, timer noise swamps the ratio; floor the small side.
    const ratio = b.ms / Math.max(a.ms, 2);
    worst = Math.max(worst, ratio);
    console.log(
      p.name.padEnd(34),
      a.ms.toFixed(1).padStart(8),
      b.ms.toFixed(1).padStart(9),
      `${ratio.toFixed(1)}×`.padStart(7),
      `  ${b.claims} / ${b.links}`,
    );
  }
  const size = large / small;
  console.log(
    `worst ratio ${worst.toFixed(1)}× for ${size}× the input (linear ≈ ${size}×, quadratic ≈ ${size * size}×)`,
  );
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href &&
  !process.argv.includes('--regexes')
)
  main(process.argv.slice(2));

// ---- --regexes: every regex literal in lib/rules and lib/engine against backtracking bait --------

interface Found {
  where: string;
  re: RegExp;
}

/** Regex literals in the source files, found with the TypeScript scanner (no evaluation needed). */
async function regexLiterals(dirs: string[]): Promise<Found[]> {
  const ts = await import('typescript');
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const found: Found[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const path = join(dir, file);
      const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: import('typescript').Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const cut = text.lastIndexOf('/');
          try {
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
            found.push({ where: `${path}:${line}`, re: new RegExp(text.slice(1, cut), text.slice(cut + 1)) });
          } catch {
            // A literal this Node cannot compile would fail at import too; not ours to judge here.
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/** Inputs that make a backtracking regex try many ways to match and then fail at the end. */
function baits(re: RegExp, n: number): string[] {
  const words = [...new Set(re.source.match(/[a-z]{2,}/gi) ?? [])].slice(0, 6);
  const phrase = words.join(' ');
  return [
    times('a', n),
    times(' ', n),
    times('a ', n),
    times('.', n),
    times("'", n),
    times('a.', n),
    ...words.map((w) => `${times(`${w} `, n)}!`),
    ...(phrase ? [`${times(`${phrase} `, n)}!`, `${times(`${phrase}, `, n)}!`] : []),
  ];
}

function timeRegex(re: RegExp, input: string): number {
  const once = new RegExp(re.source, re.flags.replace('g', '').replace('y', ''));
  const t = performance.now();
  once.test(input);
  if (re.flags.includes('g')) for (const _ of input.matchAll(new RegExp(re.source, re.flags))) void _;
  return performance.now() - t;
}

/** How many regexes the last scan looked at. */
let scanned = 0;

export async function scanRegexes(
  n = 4000,
): Promise<{ where: string; source: string; input: string; small: number; large: number }[]> {
  const suspicious: { where: string; source: string; input: string; small: number; large: number }[] = [];
  // Literals in the source, plus every rule's patterns as built at runtime (some are assembled
  // from word lists with new RegExp, which the scanner cannot see).
  const { RULES } = await import('../lib/rules');
  const built: Found[] = RULES.flatMap((rule) =>
    [...rule.patterns, ...(rule.matchHint ? [rule.matchHint] : [])].map((re) => ({
      where: `rule ${rule.id}`,
      re,
    })),
  );
  for (const { where, re } of [...(await regexLiterals(['lib/rules', 'lib/engine'])), ...built]) {
    scanned++;
    const small = baits(re, n);
    const large = baits(re, n * 4);
    small.forEach((input, i) => {
      const a = timeRegex(re, input);
      if (a < 2) return; // fast at n: not worth timing at 4n
      const b = timeRegex(re, large[i]!);
      // 4× the input: linear ≈ 4×, quadratic ≈ 16×.
      if (b > 10 && b / a > 8)
        suspicious.push({
          where,
          source: re.source.slice(0, 120),
          input: JSON.stringify(input.slice(0, 40)),
          small: a,
          large: b,
        });
    });
  }
  return suspicious;
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href &&
  process.argv.includes('--regexes')
) {
  void scanRegexes().then((found) => {
    console.log(
      `${scanned} regexes; superlinear on backtracking bait (4,000 vs 16,000 chars): ${found.length}`,
    );
    for (const f of found)
      console.log(
        `${f.where}  /${f.source}/  input ${f.input}…  ${f.small.toFixed(1)} ms → ${f.large.toFixed(1)} ms`,
      );
  });
}
