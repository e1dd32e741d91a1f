import { defineConfig } from 'vitest/config';
import { archiemlContent } from './scripts/vite-plugins.ts';

/** Real-browser tests: Chromium (Debian's, or CHROME_PATH) driven by playwright-core against dist/. */
export default defineConfig({
  // The tests read the editions' copy (to know, say, what English copy looks like).
  plugins: [archiemlContent()],
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/browser.json' },
    env: { TZ: 'UTC' },
  },
});
