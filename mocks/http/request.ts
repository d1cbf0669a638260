/**
 * Request parsing shared by every handler (docs/api.md §1): any origin, case-insensitive segments and
 * query names, names percent-decoded once, trailing `/` and unknown query parameters ignored.
 */
import { invalidContent } from './arm-error';

export interface ParsedRequest {
  method: string;
  origin: string;
  /** Path segments, decoded once, as sent. */
  segments: string[];
  /** The same, lower-cased, for routing. */
  lower: string[];
  /** Query parameters by lower-cased name (first value wins). */
  query: Map<string, string>;
}

function decodeOnce(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRequest(request: Request): ParsedRequest {
  const url = new URL(request.url);
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map(decodeOnce);
  const query = new Map<string, string>();
  url.searchParams.forEach((value, key) => {
    const name = key.toLowerCase();
    if (!query.has(name)) query.set(name, value);
  });
  return {
    method: request.method.toUpperCase(),
    origin: url.origin,
    segments,
    lower: segments.map((s) => s.toLowerCase()),
    query,
  };
}

/** Bodies above this size are refused with InvalidRequestContent (docs/api.md §5 #5). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult =
  { ok: true; value: Record<string, unknown> | undefined } | { ok: false; response: Response };

/**
 * The JSON object body, or undefined when empty. Not JSON, not an object or too large → 400
 * InvalidRequestContent (never 5xx).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: invalidContent('', 'the body could not be read.') };
  }
  if (text.length > maxBytes)
    return { ok: false, response: invalidContent('', `the body is larger than ${maxBytes} bytes.`) };
  if (text.trim() === '') return { ok: true, value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, response: invalidContent('', 'the body is not valid JSON.') };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, response: invalidContent('', 'the body must be a JSON object.') };
  return { ok: true, value: parsed as Record<string, unknown> };
}

/** Property of a body object, matched case-sensitively as ARM's deserializer does. */
export function field(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  return (obj as Record<string, unknown>)[name];
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The last path segment of an ARM id, or the value itself when it is a bare name. */
export function nameFromId(value: string): string {
  const parts = value.split('/').filter((p) => p.length > 0);
  return parts.length ? decodeOnce(parts[parts.length - 1]) : value;
}

export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
