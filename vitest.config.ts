import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 20000,
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
