import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox (harness: test/e2e/harness/).
// One browser at a time (files run serially) so the two cores are not fought over.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
