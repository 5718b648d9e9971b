// The store helper's own benchmark (scripts/bench-store.ts), when it exists: its cross-article
// lookup figure is one of the targets. We run it and read the first "<n> ms" figure it prints
// next to the word "lookup", or a `lookupMs` field if it prints JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface StoreBench {
  lookupMs: number | null;
  note: string;
}

export function runStoreBench(repo: string): StoreBench {
  const script = path.join(repo, 'scripts/bench-store.ts');
  if (!existsSync(script)) return { lookupMs: null, note: 'scripts/bench-store.ts is not present.' };
  const run = spawnSync('npx', ['tsx', script], { cwd: repo, encoding: 'utf8', timeout: 300_000 });
  const out = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  const json = out.match(/"lookupMs"\s*:\s*([\d.]+)/);
  const line = out.split('\n').find((l) => /lookup/i.test(l) && /[\d.]+\s*ms/.test(l));
  const figure = json?.[1] ?? line?.match(/([\d.]+)\s*ms/)?.[1];
  const lookupMs = figure === undefined ? null : Number(figure);
  const tail = out.trim().split('\n').slice(-12).join('\n');
  return { lookupMs, note: `scripts/bench-store.ts (exit ${run.status}):\n\n\`\`\`\n${tail}\n\`\`\`` };
}
