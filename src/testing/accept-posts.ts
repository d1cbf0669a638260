import { http, HttpResponse } from 'msw';

export interface Posted {
  path: string;
  body: unknown;
}

/**
 * An msw handler that accepts every POST to `path` as the API starts a job: 202 with the job's
 * `Location` (docs/api.md §4); each request's path and body are pushed on `posted`, newest last.
 */
export function acceptPosts(path: RegExp, posted: Posted[]) {
  return http.post(path, async ({ request }) => {
    const url = new URL(request.url);
    posted.push({ path: url.pathname, body: await request.json() });
    return new HttpResponse(null, {
      status: 202,
      headers: { Location: `${url.origin}${url.pathname}/operationresults/job-1?api-version=2023-06-01` },
    });
  });
}
