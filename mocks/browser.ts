// First: zod's settings apply to the schemas built by the modules after it.
import './zod-jitless';
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { runtime } from './runtime';

/** The simulated backend in the browser: the product ships it (toolchain §4). */
export const worker = setupWorker(...handlers);

// Read the stored world now, while the portal still loads its first blade: the first request then
// finds it in memory instead of waiting for IndexedDB and JSON.parse (35 MB at 50,000 items). A
// failure here is met again, and answered, by the first request.
runtime.sync().catch(() => undefined);
