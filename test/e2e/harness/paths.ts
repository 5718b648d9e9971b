// Where things are, resolved from the repository root so tests run from any working directory.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserKind = 'chromium' | 'firefox';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Shared data (corpus, saved pages) lives beside the repo and is never copied into it. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');
export const PAGES_DIR = resolve(SHARED_DIR, 'pages');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures');

const OUTPUT_DIRS: Record<BrowserKind, string> = {
  chromium: resolve(REPO_ROOT, '.output/chrome-mv3'),
  firefox: resolve(REPO_ROOT, '.output/firefox-mv3'),
};

/** The unpacked build of the extension for a browser; throws when it has not been built. */
export function extensionDir(kind: BrowserKind): string {
  const dir = OUTPUT_DIRS[kind];
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(
      `No ${kind} build at ${dir}. The e2e tests drive the built extension: run \`npm run build:all\` first ` +
        '(`npm test` does it for you).',
    );
  }
  return dir;
}

const BINARIES: Record<BrowserKind, { path: string; debianPackage: string }> = {
  chromium: { path: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

/** The browser binary; a missing one is an error naming the package to install, never a silent skip. */
export function browserBinary(kind: BrowserKind): string {
  const { path, debianPackage } = BINARIES[kind];
  if (!existsSync(path)) {
    throw new Error(
      `${kind} is not installed (${path} is missing). Install it with: apt-get install -y ${debianPackage}`,
    );
  }
  return path;
}
