import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // End-to-end tests build the fixture report (≈1 s each); the default 5 s is tight on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
