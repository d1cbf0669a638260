import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/find-chromium.mjs';

// E2E_PORT / E2E_DIST let a second checkout (or a second build) run its own preview side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: on a loaded 2-core machine a blade can take seconds; a hang still fails.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace costs about 40% of the suite's time on 2 cores and CI keeps only the text
    // log (with each failure's page snapshot): traces are opt-in, `E2E_TRACE=1 npm test`.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // Fluent's motion honours prefers-reduced-motion (1 ms animations): axe never scans a dialog
    // half faded in, and tests spend no time waiting on transitions.
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
