/** Site Recovery jobs: list with $filter, get, cancel / restart / resume (docs/api.md §2.1, §3.3). */
import { HttpResponse } from 'msw';
import { cancelJob, restartJob, resumeJob } from '../simulation/api';
import type { Job, Result, World } from '../simulation/api';
import { simErrorResponse } from '../http/arm-error';
import { parseFilter } from '../http/filter';
import { fabricNameOfItem, find, jobId } from '../http/ids';
import { jobJson } from '../http/job-json';
import { accepted } from '../http/lro';
import { nameFromId, readJsonBody, sameName } from '../http/request';
import { runtime } from '../runtime';
import type { ArmCtx, VaultRoute } from './arm-route';
import { withNames } from './arm-route';

const JOB_FILTER_FIELDS = ['jobStatus', 'affectedObjectTypes', 'fabricId', 'startTime', 'endTime'] as const;

function matchesClause(world: World, job: Job, field: string, value: string): boolean {
  switch (field) {
    case 'jobStatus':
      return sameName(job.state, value);
    case 'affectedObjectTypes':
      return sameName(job.item ? 'ProtectionEntity' : 'Server', value) || value === '';
    case 'fabricId': {
      const item = job.item ? find(world.items, job.item) : undefined;
      return !!item && sameName(fabricNameOfItem(item), nameFromId(value));
    }
    // Inferred (docs/api.md §2.1): startTime = started at or after, endTime = ended at or before.
    case 'startTime':
      return Date.parse(job.startTime) >= Date.parse(value);
    default:
      return job.endTime !== null && Date.parse(job.endTime) <= Date.parse(value);
  }
}

function listJobs(ctx: ArmCtx) {
  const filter = parseFilter(ctx.req.query.get('$filter'), JOB_FILTER_FIELDS);
  if (!filter.ok) return filter.response;
  const jobs = ctx.world.jobs
    .filter((job) => filter.clauses.every((c) => matchesClause(ctx.world, job, c.field, c.value)))
    .sort((a, b) => (a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : 0));
  return HttpResponse.json({ value: jobs.map((job) => jobJson(ctx.world, job)) });
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
  { pattern: ['replicationjobs'], get: listJobs },
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
