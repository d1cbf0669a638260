/**
 * The fuzz suite's kit (docs/api.md §6), in mocks/handlers/fuzz/: every served route from the handlers'
 * own route tables (here), start worlds (worlds.ts), hostile and valid request builders (hostile.ts,
 * build-request.ts, model.ts) and the invariants checked after every request (invariants.ts).
 * Requests go through the real MSW handlers (`getResponse`), without the network interceptor.
 */
import { getResponse } from 'msw';
import { armRouteList } from '../arm';
import { handlers } from '../index';
import { SIMULATOR_ROUTES } from '../simulator';

export interface FuzzRoute {
  /** Full path: lower-case literals and `:param` placeholders. */
  pattern: string[];
  methods: string[];
  arm: boolean;
}

/** Every route the handlers serve, read from their route tables (a new route is fuzzed as is). */
export const ROUTES: FuzzRoute[] = [
  ...armRouteList().map((r) => ({ ...r, arm: true })),
  ...SIMULATOR_ROUTES.map((r) => ({
    pattern: ['simulator', ...r.pattern],
    methods: Object.keys(r.handlers),
    arm: false,
  })),
];

export const routeKey = (r: FuzzRoute) => `${r.methods.join('|')} /${r.pattern.join('/')}`;

// ---------------------------------------------------------------- sending

export const ORIGIN = 'http://localhost';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** One request through the real handlers. */
export async function send(method: string, url: string, body?: string): Promise<Answer> {
  const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  const request = new Request(url.startsWith('/') ? `${ORIGIN}${url}` : url, {
    method,
    headers: hasBody ? { 'Content-Type': 'application/json' } : undefined,
    body: hasBody ? body : undefined,
  });
  const response = await getResponse(handlers, request);
  if (!response) return { status: 0, headers: new Headers(), text: 'no handler answered' };
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** encodeURIComponent that survives lone surrogates (a hostile name may hold one). */
export const segment = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.replace(/[\ud800-\udfff]/g, '%EF%BF%BD');
  }
};
