import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, ensureFfmpeg } from './scripts/find-chromium.mjs';
import { PACES } from './scripts/recording-files.mjs';

/**
 * `npm run record` (scripts/record.mjs) runs this config once per runbook: the recording spec plays
 * the runbook's solution script through the real portal while Playwright's screencast records it.
 * Its own port, so a running `npm start` or e2e preview is left alone.
 */
ensureFfmpeg();
const port = Number(process.env.RECORD_PORT ?? 4179);
const pace = PACES[(process.env.RECORD_PACE ?? 'normal') as keyof typeof PACES] ?? PACES.normal;
const [width, height] = (process.env.RECORD_SIZE ?? '1280x720').split('x').map(Number);

export default defineConfig({
  testDir: 'e2e/recording',
  testMatch: '*.rec.ts',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  reporter: 'dot',
  // Its own results folder: the e2e run's (with each failure's page snapshot) stays for CI's log.
  outputDir: 'reports/record-run',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width, height },
    launchOptions: { ...chromiumLaunchOptions(), slowMo: pace.slowMo },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
