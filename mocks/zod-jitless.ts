import { config } from 'zod';

/**
 * The portal's Content-Security-Policy has no 'unsafe-eval' (scripts/csp.ts): zod must not compile
 * its object parsers with `new Function` (it would even probe for it and report a violation).
 * Imported first by browser.ts, before any schema is built; Node tests keep the compiled parsers.
 */
config({ jitless: true });
