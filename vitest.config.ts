import { configDefaults, defineConfig } from 'vitest/config';

/** Rebuilds dist/, which test/package/ packs: run after the other files, never beside that one. */
const NOTEBOOKS_TEST = 'test/notebooks/notebooks.test.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    // Two cores: one worker per core keeps the machine responsive. No test measures speed (bench/ does).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, NOTEBOOKS_TEST], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'notebooks', include: [NOTEBOOKS_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});
