/**
 * Long-running operations (api.md §4): 202 with Location `{origin}{resource id}/operationresults/
 * {jobName}?api-version=…`, Retry-After 1 and x-ms-request-id = the job's id. The job name is
 * discoverable three ways that agree: Location, x-ms-request-id and currentScenario.jobId.
 */
import { HttpResponse } from 'msw';
import type { World } from '../simulation/api';
import { jobId } from './ids';

export const DEFAULT_API_VERSION = '2023-06-01';

export function lroHeaders(
  world: World,
  origin: string,
  resourceId: string,
  jobName: string,
  apiVersion?: string,
) {
  const version = encodeURIComponent(apiVersion || DEFAULT_API_VERSION);
  return {
    Location: `${origin}${resourceId}/operationresults/${encodeURIComponent(jobName)}?api-version=${version}`,
    'Retry-After': '1',
    'x-ms-request-id': jobId(world, jobName),
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
