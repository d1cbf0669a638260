import type { HttpHandler } from 'msw';

/** Every handler of the simulated ARM API and the /simulator routes. */
export const handlers: HttpHandler[] = [];
