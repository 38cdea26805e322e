import { configDefaults, defineConfig } from 'vitest/config';

/** Measures the demo's speed: run alone, after the rest, so that another test file's CPU does not count against the page. */
const BROWSER_TEST = 'test/demo/browser.test.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    // Two cores: one worker per core keeps timing-free tests honest and the machine responsive.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, BROWSER_TEST], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'browser', include: [BROWSER_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});
