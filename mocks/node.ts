import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The simulated backend for Vitest (msw/node): the same handlers the service worker serves. */
export const server = setupServer(...handlers);
