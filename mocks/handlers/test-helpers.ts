/** Paths and calls shared by the handler tests (default scenario, docs/ui-names.md §10). */
import { reprotectWeb01ToOnPremises } from '../../contract/reprotect-request.cases';

export const SUB = '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10';
export const RG = 'contoso-dr-rg';
export const VAULT = 'contoso-vault';
export const API = 'api-version=2023-06-01';

export const V = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.RecoveryServices/vaults/${VAULT}`;
export const itemPath = (name: string, fabric = 'cs-01') =>
  `${V}/replicationFabrics/${fabric}/replicationProtectionContainers/cloud_${fabric}/replicationProtectedItems/${name}`;

export const withApi = (path: string) => `${path}${path.includes('?') ? '&' : '?'}${API}`;

// Tests read deep into ARM JSON; a precise type per assertion would add nothing there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

export const get = (path: string) => call('GET', path);
export const post = (path: string, body?: unknown) => call('POST', path, body);
export const put = (path: string, body?: unknown) => call('PUT', path, body);

/** The Azure → on-premises re-protect body for web-01 (LIFE-3), all values eligible. */
export const reprotectToOnPrem = (overrides: Record<string, unknown> = {}) =>
  reprotectWeb01ToOnPremises(undefined, overrides);

/** POST reProtect on web-01 with `body` (by default that re-protect: 202 LRO when the world allows it). */
export const reprotectWeb01 = (body: unknown = reprotectToOnPrem()) =>
  post(withApi(`${itemPath('web-01')}/reProtect`), body);

export const advanceUntilDone = () => post('/simulator/clock/advance', { untilJobsFinish: true });
