import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 20000,
    // Vitest leaves one core idle by default (cores - 1): on CI's 2 cores that is one worker for
    // 90 files. The suite is CPU-bound and nothing else runs beside it, so use every core.
    maxWorkers: availableParallelism(),
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        // The pure simulation: plain Node, no DOM, no MSW setup to pay for.
        test: { name: 'simulation', environment: 'node', include: ['mocks/simulation/**/*.test.ts'] },
      },
      {
        // The recording scripts' pure helpers (options, captions, index page).
        test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['mocks/simulation/**'],
          setupFiles: ['src/testing/setup.ts'],
          isolate: false,
        },
      },
    ],
  },
});
