import { defineConfig } from 'vitest/config';

// Unit tests: pure logic and DOM code against linkedom/real saved pages, in Node.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
