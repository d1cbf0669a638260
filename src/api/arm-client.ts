/**
 * The app's only way to the backend: HTTP to the simulated ARM API (docs/api.md). Every failure is an
 * ArmError carrying the ARM envelope's code and message, so forms can show it as Azure would.
 */
let backendReady: Promise<unknown> = Promise.resolve();
/** main.tsx sets this to the service worker's start; tests leave it resolved (msw/node listens). */
export const setBackendReady = (ready: Promise<unknown>) => {
  backendReady = ready;
};

export const API_VERSION = '2023-06-01';

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly ruleId?: string,
  ) {
    super(message);
    this.name = 'ArmError';
  }
}

interface ArmEnvelope {
  error?: {
    code?: string;
    message?: string;
    target?: string;
    additionalInfo?: { info?: { ruleId?: string } }[];
  };
}

/** Adds api-version to ARM paths (not to /simulator ones, which ignore it). */
export function withApiVersion(path: string): string {
  if (!path.startsWith('/subscriptions') && !path.startsWith('/Subscriptions')) return path;
  return path + (path.includes('?') ? '&' : '?') + `api-version=${API_VERSION}`;
}

export interface ArmResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Read your writes: the portal's writes reach the backend one at a time, in the order they were
 * made, and every later request waits for those already sent. A switch shows the user's choice at
 * once (docs/ui-names.md §10) while its write is on its way; whatever the user, or a script's `check()`,
 * does next then sees the stored choice, never an answer computed before it.
 */
let writes: Promise<unknown> = Promise.resolve();

export async function armRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ArmResponse<T>> {
  await backendReady;
  const before = writes;
  if (method === 'GET') {
    await before;
    return send<T>(method, path, body, signal);
  }
  const mine = before.then(() => send<T>(method, path, body, signal));
  writes = mine.catch(() => undefined);
  return mine;
}

async function send<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<ArmResponse<T>> {
  const response = await fetch(withApiVersion(path), {
    method,
    signal,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const error = (parsed as ArmEnvelope | undefined)?.error;
    throw new ArmError(
      response.status,
      error?.code ?? 'UnknownError',
      error?.message ?? `The request failed with status ${response.status}.`,
      error?.target,
      error?.additionalInfo?.find((entry) => entry.info?.ruleId)?.info?.ruleId,
    );
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** A list page (docs/api.md §2.3): rows, and the absolute URL of the next page. */
export interface ArmPage<T> {
  value: T[];
  nextLink?: string;
}

export const arm = {
  get: async <T>(path: string, signal?: AbortSignal) =>
    (await armRequest<T>('GET', path, undefined, signal)).body,
  /** Every page of a small list, following nextLink (docs/api.md §2.3). */
  list: async <T>(path: string, signal?: AbortSignal): Promise<ArmPage<T>> => {
    const value: T[] = [];
    let next: string | undefined = path;
    while (next) {
      const page: ArmPage<T> = (await armRequest<ArmPage<T>>('GET', next, undefined, signal)).body;
      value.push(...(page.value ?? []));
      next = page.nextLink;
    }
    return { value };
  },
  post: <T = unknown>(path: string, body?: unknown) => armRequest<T>('POST', path, body ?? {}),
  put: async <T>(path: string, body: unknown) => (await armRequest<T>('PUT', path, body)).body,
  patch: async <T>(path: string, body: unknown) => (await armRequest<T>('PATCH', path, body)).body,
  delete: <T = unknown>(path: string) => armRequest<T>('DELETE', path),
};

/** The job name of a 202 answer: the Location segment after operationresults/ (docs/api.md §4). */
export function jobNameFromLocation(headers: Headers): string | null {
  const location = headers.get('Location');
  const match = location?.match(/operationresults\/([^?/]+)/i);
  return match ? decodeURIComponent(match[1]) : null;
}
