/**
 * Long-running operations (docs/api.md §4): 202 with Location `{origin}{resource id}/operationresults/
 * {jobName}?api-version=…`, Retry-After 1 and x-ms-request-id = the job's id. The job name is
 * discoverable three ways that agree: Location, x-ms-request-id and currentScenario.jobId.
 */
import { HttpResponse } from 'msw';
import type { World } from '../simulation/api';
import { enc, jobId } from './ids';

export const DEFAULT_API_VERSION = '2023-06-01';

/**
 * Header values are byte strings: ids are percent-encoded already, and anything outside printable
 * ASCII that still reaches a header is encoded here, so a name can never make the answer fail.
 */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]+/g, (run) => enc(run));

export function lroHeaders(
  world: World,
  origin: string,
  resourceId: string,
  jobName: string,
  apiVersion?: string,
) {
  const version = enc(apiVersion || DEFAULT_API_VERSION);
  return {
    Location: headerSafe(`${origin}${resourceId}/operationresults/${enc(jobName)}?api-version=${version}`),
    'Retry-After': '1',
    'x-ms-request-id': headerSafe(jobId(world, jobName)),
  };
}

export function accepted(
  world: World,
  origin: string,
  resourceId: string,
  jobName: string,
  apiVersion?: string,
) {
  return new HttpResponse(null, {
    status: 202,
    headers: lroHeaders(world, origin, resourceId, jobName, apiVersion),
  });
}

/** A finished poll: 200 with the resource (also after failure: the outcome is read from the job). */
export const ok = (body: Record<string, unknown>) => HttpResponse.json(body, { status: 200 });
