import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    // Two cores: one worker per core keeps the machine responsive. No test measures speed (bench/ does).
    maxWorkers: 2,
  },
});
