import { defineConfig } from 'vitest/config';

/** Benchmarks run as sequential Vitest files so they can import TypeScript from src/. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
