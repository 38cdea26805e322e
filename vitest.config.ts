import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // Two cores: one worker per core keeps timing-free tests honest and the machine responsive.
    maxWorkers: 2,
  },
});
