// First: zod's settings apply to the schemas built by the modules after it.
import './zod-jitless';
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The simulated backend in the browser: the product ships it (toolchain §4). */
export const worker = setupWorker(...handlers);
