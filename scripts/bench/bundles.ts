// Bundle sizes per entrypoint of a built extension (raw and gzipped), and which compromise build,
// if any, each entrypoint pulls in — the content script must carry none (design.md, "Where time goes").
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type CompromiseBuild = 'none' | 'one' | 'two' | 'three';

export interface EntrypointSize {
  entrypoint: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  compromise: CompromiseBuild;
}

/**
 * Strings that survive minification and tell compromise's builds apart: the version string
 * with the document cache marks any build, the packed lexicon ("true¦") and verb conjugation
 * mark /two and up, the /three plugins (ordinals, coreference) mark the full build.
 */
export function detectCompromise(code: string): CompromiseBuild {
  if (!(code.includes('cacheDoc') && code.includes('buildNet'))) return 'none';
  if (code.includes('TextOrdinal') || code.includes('coreference')) return 'three';
  if (code.includes('true¦') && code.includes('toInfinitive')) return 'two';
  return 'one';
}

const IMPORT = /(?:from\s*|import\s*\(?\s*)["']([^"']+\.js)["']/g;

/** The file and every chunk it imports, transitively, relative to the build folder. */
function closure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel) || !existsSync(path.join(dir, rel))) return;
    seen.add(rel);
    const code = readFileSync(path.join(dir, rel), 'utf8');
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[1] as string;
      const target = spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(rel), spec);
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

function htmlScripts(dir: string, html: string): string[] {
  const source = readFileSync(path.join(dir, html), 'utf8');
  return [...source.matchAll(/<script[^>]*src=["']([^"']+)["']/g)].map((m) =>
    (m[1] as string).replace(/^\//, ''),
  );
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  options_ui?: { page?: string };
}

export function measureBuild(dir: string): EntrypointSize[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: [string, string[]][] = [];
  const bg = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : manifest.background?.scripts;
  if (bg) entries.push(['background', bg]);
  manifest.content_scripts?.forEach((cs, i) => {
    entries.push([i === 0 ? 'content' : `content-${i}`, [...(cs.js ?? []), ...(cs.css ?? [])]]);
  });
  const pages: [string, string | undefined][] = [
    ['popup', manifest.action?.default_popup],
    ['sidepanel', manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel],
    ['options', manifest.options_ui?.page],
  ];
  for (const [name, html] of pages) if (html) entries.push([name, [html, ...htmlScripts(dir, html)]]);

  return entries.map(([entrypoint, roots]) => {
    const files = [...new Set(roots.flatMap((r) => (r.endsWith('.js') ? closure(dir, r) : [r])))];
    let bytes = 0;
    let gzipBytes = 0;
    let code = '';
    for (const f of files) {
      const buf = readFileSync(path.join(dir, f));
      bytes += buf.length;
      gzipBytes += gzipSync(buf, { level: 9 }).length;
      if (f.endsWith('.js')) code += buf.toString('utf8');
    }
    return { entrypoint, files, bytes, gzipBytes, compromise: detectCompromise(code) };
  });
}
