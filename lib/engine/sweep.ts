// The expensive stage: rules written in compromise match syntax, compiled once into a net (lazily,
// on first use) and swept over the candidate sentences only. compromise/one (tokeniser + matcher,
// no tagger) keeps this cheap; the regex pre-pass has already chosen the candidates.
import nlp from 'compromise/one';
import type { Rule } from '../rules/types';

type Net = ReturnType<typeof nlp.buildNet>;
interface NetEntry {
  match: string;
  ruleId: string;
}

let compiled: { net: Net; rules: Map<string, Rule> } | null = null;
let compiledFor: readonly Rule[] | null = null;

function compile(rules: readonly Rule[]): { net: Net; rules: Map<string, Rule> } {
  if (compiled && compiledFor === rules) return compiled;
  const entries: NetEntry[] = [];
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    for (const m of r.match ?? []) entries.push({ match: m, ruleId: r.id });
    byId.set(r.id, r);
  }
  // compromise's Match type has no slot for our rule id; it keeps extra fields on each found match
  compiled = { net: nlp.buildNet(entries as unknown as Parameters<typeof nlp.buildNet>[0]), rules: byId };
  compiledFor = rules;
  return compiled;
}

/** For each sentence, the ids of the compromise-syntax rules that fire on it. */
export function sweepRules(sentences: readonly string[], rules: readonly Rule[]): Set<string>[] {
  const out = sentences.map(() => new Set<string>());
  if (!sentences.length || !rules.some((r) => r.match?.length)) return out;
  const { net } = compile(rules);
  // one document, one sentence per paragraph; offsets map each match back to its sentence
  const starts: number[] = [];
  let joined = '';
  for (const s of sentences) {
    if (joined) joined += '\n\n';
    starts.push(joined.length);
    joined += s.replace(/\n/g, ' ');
  }
  const doc = nlp(joined);
  const { found } = doc.sweep(net, { tagger: false });
  for (const f of found as Array<{ ruleId?: string; view: ReturnType<typeof nlp> }>) {
    if (!f.ruleId) continue;
    const json = f.view.json({ offset: true }) as Array<{ offset?: { start: number } }>;
    const at = json[0]?.offset?.start ?? -1;
    if (at < 0) continue;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    out[lo]!.add(f.ruleId);
  }
  return out;
}

const hints = new WeakMap<readonly Rule[], RegExp | null>();
/**
 * The union of the compromise rules' hints (cheap regexes of their key words), so the sweep skips
 * sentences none of those rules could fire on. Built once per rule list.
 */
export function sweepHint(rules: readonly Rule[]): RegExp | null {
  if (hints.has(rules)) return hints.get(rules)!;
  const sources = rules
    .filter((r) => r.match?.length && r.matchHint)
    .map((r) => `(?:${r.matchHint!.source})`);
  const re = sources.length ? new RegExp(sources.join('|'), 'i') : null;
  hints.set(rules, re);
  return re;
}
