// `npm run sample` (after build:all): serve a bundled sample article on 127.0.0.1 and show how to load
// the extension on it. With a display it opens Chromium with the extension loaded; in a terminal it
// serves until Ctrl-C; headless or with --check it runs a self-test and exits (0 = all good).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/corpus');
const SAMPLE = 'semianalysis-google-no-moat.html';
const PREFERRED_PORT = 8347; // a stable URL across runs; any free port if taken
const builds = { chrome: resolve(root, '.output/chrome-mv3'), firefox: resolve(root, '.output/firefox-mv3') };
const CHROMIUM = '/usr/bin/chromium';

const checkOnly = process.argv.includes('--check');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const interactive = Boolean(process.stdin.isTTY);

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

for (const [name, dir] of Object.entries(builds)) {
  if (!existsSync(join(dir, 'manifest.json')))
    fail(`no ${name} build in ${dir}: run \`npm run build:all\` first.`);
}
if (!existsSync(join(corpusDir, SAMPLE))) fail(`the sample article is missing: ${join(corpusDir, SAMPLE)}`);

// Serves the corpus pages (self-contained HTML); `/` goes to the sample.
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/') {
    res.writeHead(302, { location: `/${SAMPLE}` }).end();
    return;
  }
  const name = decodeURIComponent(pathname.slice(1));
  if (!/^[\w.-]+\.html$/.test(name) || !existsSync(join(corpusDir, name))) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(corpusDir, name)));
});

function listen(port) {
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      done(server.address().port);
    });
  });
}
const port = await listen(PREFERRED_PORT).catch(() => listen(0));
const url = `http://127.0.0.1:${port}/${SAMPLE}`;

console.log(`
Claimscope sample article: ${url}

Load the extension
  Chrome / Chromium: open chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose
      ${builds.chrome}
  Firefox: open about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose
      ${join(builds.firefox, 'manifest.json')}
Then open the sample URL above; claims are highlighted in the article and listed in the side panel
(Chrome: the toolbar icon → side panel; Firefox: View → Sidebar → Claimscope).
`);

/** Headless check that the sample is served and the built extension starts on it in Chromium. */
async function selfTest() {
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200 || !html.includes('<title>')) fail(`the sample did not load from ${url}`);
  console.log(`✓ sample served (${html.length} bytes)`);
  if (!existsSync(CHROMIUM)) {
    console.log(`- ${CHROMIUM} not found: skipped the in-browser check (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'claimscope-sample-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${builds.chrome}`,
      `--load-extension=${builds.chrome}`,
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    console.log(`✓ extension started in Chromium (${worker.url().split('/')[2]})`);
    const page = await context.newPage();
    await page.goto(url);
    // Informational: how many claim highlights the page shows after a moment (0 until the engine lands).
    const count = await page
      .waitForFunction(() => (globalThis.CSS?.highlights?.size ?? 0) > 0, null, { timeout: 5_000 })
      .then(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)))
      .catch(() => 0);
    console.log(`✓ sample opened; ${count} highlighted claim ranges`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function openChromium() {
  if (!existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} not found; load the extension by hand as above (apt-get install -y chromium).`);
    return null;
  }
  const profile = mkdtempSync(join(tmpdir(), 'claimscope-sample-'));
  const args = [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    `--disable-extensions-except=${builds.chrome}`,
    `--load-extension=${builds.chrome}`,
    url,
  ];
  // Chromium refuses to run as root with its sandbox on.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const child = spawn(CHROMIUM, args, { stdio: 'ignore' });
  child.on('exit', (code) => {
    if (code)
      console.log(
        `Chromium exited with code ${code} (no usable display?); load the extension by hand as above.`,
      );
    rmSync(profile, { recursive: true, force: true });
    server.close();
    process.exit(0);
  });
  console.log('Opened Chromium with the extension loaded. Close it (or press Ctrl-C) to stop.');
  return child;
}

if (checkOnly || (!hasDisplay && !interactive)) {
  try {
    await selfTest();
  } catch (error) {
    fail(`self-test failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  server.close();
  process.exit(0);
}
const child = hasDisplay ? openChromium() : null;
if (!child) console.log('Serving until Ctrl-C.');
process.on('SIGINT', () => {
  child?.kill();
  server.close();
  process.exit(0);
});
