/** Site Recovery jobs: list with $filter in pages, get, cancel / restart / resume (docs/api.md §2.1, §3.3). */
import { HttpResponse } from 'msw';
import { cancelJob, listJobs, restartJob, resumeJob } from '../simulation/api';
import type { Job, Result, World } from '../simulation/api';
import { simErrorResponse } from '../http/arm-error';
import { find, jobId } from '../http/ids';
import { jobJson } from '../http/job-json';
import { accepted } from '../http/lro';
import { readJsonBody } from '../http/request';
import { listQuery, pageResponse } from '../http/paging';
import { runtime } from '../runtime';
import type { ArmCtx, VaultRoute } from './arm-route';
import { withNames } from './arm-route';

/** Newest first; `$filter` (docs/api.md §2.1) and pages (§2.3) are the simulation's (listJobs). */
function jobList(ctx: ArmCtx) {
  return pageResponse(ctx.request, listJobs(ctx.world, listQuery(ctx.req)), (job) => jobJson(ctx.world, job));
}

type JobAction = (world: World, jobName: string) => Result<{ job: Job }>;

function jobAction(action: JobAction, readsBody: boolean) {
  return (ctx: ArmCtx) =>
    withNames(ctx, async ({ job }) => {
      if (readsBody) {
        // resume: `{"properties": {"comments"?: string}}`, nothing in it changes the outcome (HV-3).
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
      }
      // Re-read after the await: a concurrent request may have committed meanwhile.
      const result = action(runtime.world(), job!.name);
      if (!result.ok) return simErrorResponse(result.error);
      const name = result.value.job.name;
      const response = accepted(
        result.world,
        ctx.req.origin,
        jobId(result.world, name),
        name,
        ctx.apiVersion,
      );
      runtime.commit(result.world); // after the answer is built: all or nothing (docs/api.md §6)
      return response;
    });
}

const J = ['replicationjobs', ':job'];

export const jobRoutes: VaultRoute[] = [
  { pattern: ['replicationjobs'], get: jobList },
  {
    pattern: J,
    get: (ctx) => withNames(ctx, ({ job }) => HttpResponse.json(jobJson(ctx.world, job!))),
    resource: (ctx, { job }) => {
      // The poll answers with the job as it is now (after cancel / restart / resume).
      const current = find(ctx.world.jobs, job!.name) ?? job!;
      return { id: jobId(ctx.world, current.name), body: jobJson(ctx.world, current) };
    },
  },
  { pattern: [...J, 'cancel'], post: jobAction(cancelJob, false) },
  { pattern: [...J, 'restart'], post: jobAction(restartJob, false) },
  { pattern: [...J, 'resume'], post: jobAction(resumeJob, true) },
];
