import type { HttpHandler } from 'msw';
import { armHandler } from './arm';
import { simulatorHandler } from './simulator';

/** Every handler of the simulated ARM API and the /simulator routes (one per namespace, docs/api.md §1). */
export const handlers: HttpHandler[] = [armHandler, simulatorHandler];
