import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../../mocks/node';
import { resetRuntime } from '../../mocks/runtime';
import { stubResizeObserver } from './resize-observer';
import { cacheComputedStyle } from './computed-style-cache';
import { bundleEnglish } from '../i18n/bundle-english';

// findBy*/waitFor wait for the simulated backend and lazy Fluent chunks; on a loaded 2-core CI
// machine the 1 s default is too short (a passing test does not wait longer for it).
configure({ asyncUtilTimeout: 10_000 });

stubResizeObserver();
cacheComputedStyle();

// Components render synchronously in English: every catalog at once (the portal loads each lazily).
bundleEnglish();

// The simulated backend answers fetch() in tests exactly as the service worker does in the browser.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Test files share one module graph (isolate: false), so one simulated world: every test starts
// from the default scenario, whatever the tests before it did to theirs.
beforeEach(() => resetRuntime());
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
