import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, get, itemPath, post, put, withApi } from './test-helpers';

const PLAN = `${V}/replicationRecoveryPlans/plan-web-tier`;
const S_PLAN = `/simulator${PLAN}`;

beforeEach(() => {
  resetRuntime();
});

const jobOf = (location: string | null) => (location ?? '').split('/operationresults/')[1]?.split('?')[0];

describe('recovery plans over HTTP (docs/api.md §2.1, §2.2, §3.6)', () => {
  it('RPL-1: GET list and plan: groups with item ids, allowedOperations, None sentinel, lastOperation null', async () => {
    const list = await get(withApi(`${V}/replicationRecoveryPlans`));
    expect(list.json.value).toHaveLength(2); // plan-web-tier, plan-app-tier (TF-1)
    const plan = (await get(withApi(PLAN))).json;
    expect(plan.name).toBe('plan-web-tier');
    expect(plan.properties.allowedOperations).toEqual(['ReverseReplicate']);
    expect(plan.properties.currentScenario.scenarioName).toBe('None');
    expect(plan.properties.lastOperation).toBeNull();
    const boot = plan.properties.groups.find((g: { groupType: string }) => g.groupType === 'Boot');
    expect(boot.replicationProtectedItems.map((i: { id: string }) => i.id)).toEqual([
      expect.stringMatching(/replicationProtectedItems\/web-02$/),
      expect.stringMatching(/replicationProtectedItems\/web-03$/),
    ]);
  });

  it('RPL-1, RP-3: ARM reProtect (no body, per-machine defaults) → 202 LRO → plan; a plan job with group task', async () => {
    const started = await post(withApi(`${PLAN}/reProtect`));
    expect(started.status).toBe(202);
    const location = started.headers.get('location');
    expect(location).toContain('/replicationRecoveryPlans/plan-web-tier/operationresults/');
    const jobName = jobOf(location);
    const job = (await get(withApi(`${V}/replicationJobs/${jobName}`))).json;
    expect(job.properties).toMatchObject({ scenarioName: 'Reprotect', targetObjectName: 'plan-web-tier' });
    expect(job.properties.targetObjectId).toMatch(/replicationRecoveryPlans\/plan-web-tier$/);
    expect(job.properties.tasks[0].groupTaskCustomDetails.childTasks.length).toBeGreaterThan(1);
    expect((await get(withApi(itemPath('web-03')))).json.properties.currentScenario.jobId).toMatch(jobName);
    expect((await post(withApi(`${PLAN}/reProtect`))).status).toBe(409);
    expect((await get(location!)).status).toBe(202);
    await advanceUntilDone();
    const done = await get(location!);
    expect(done.status).toBe(200);
    expect(done.json.properties.lastOperation).toMatchObject({
      scenarioName: 'Reprotect',
      state: 'Succeeded',
    });
    expect(done.json.properties.allowedOperations).toEqual(['UnplannedFailover']);
  });

  it('RPL-1, FO-2: plan failover from Azure with LatestTag, then commit', async () => {
    await post(withApi(`${PLAN}/reProtect`));
    await advanceUntilDone();
    await post('/simulator/clock/advance', { minutes: 120 });
    const bad = await post(withApi(`${PLAN}/unplannedFailover`), {
      properties: { failoverDirection: 'Sideways' },
    });
    expect(bad.json.error.code).toBe('InvalidRequestContent');
    const wrongWay = await post(withApi(`${PLAN}/unplannedFailover`), {
      properties: { failoverDirection: 'PrimaryToRecovery' },
    });
    expect(wrongWay.json.error).toMatchObject({
      code: 'InvalidParameter',
      target: 'properties.failoverDirection',
    });
    const started = await post(withApi(`${PLAN}/unplannedFailover`), {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        sourceSiteOperations: 'Required',
        providerSpecificDetails: [{ instanceType: 'InMage', recoveryPointType: 'LatestTag' }],
      },
    });
    expect(started.status).toBe(202);
    const job = (await get(withApi(`${V}/replicationJobs/${jobOf(started.headers.get('location'))}`))).json;
    const details = job.properties.customDetails.protectedItemDetails;
    expect(details).toHaveLength(2);
    expect(details[0].recoveryPointTime).toBe(details[1].recoveryPointTime);
    await advanceUntilDone();
    expect((await post(withApi(`${PLAN}/failoverCommit`))).status).toBe(202);
    await advanceUntilDone();
    const plan = (await get(withApi(PLAN))).json;
    expect(plan.properties.lastUnplannedFailoverTime).toBeDefined();
    expect((await get(withApi(itemPath('web-02')))).json.properties.protectionState).toBe(
      'UnplannedFailoverCommitted',
    );
  });

  it('LIFE-7: plan failback refused naming the machine without a recovery point', async () => {
    await post('/simulator/scenarios/plan-no-recovery-point/load');
    const e = (await get(`${S_PLAN}/eligibility`)).json.operations.unplannedFailover;
    expect(e.allowed).toBe(false);
    expect(e.reasons[0]).toMatchObject({ ruleId: 'LIFE-7' });
    const refused = await post(withApi(`${PLAN}/unplannedFailover`), {
      properties: { failoverDirection: 'RecoveryToPrimary' },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toContain("'web-03'");
    expect(refused.json.error.target).toBe('properties.items[web-03]');
  });

  it('RP-3, RPL-2: {S} reProtect with per-machine values; different master targets → 400 naming the field', async () => {
    const body = (mt3: string) => ({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        items: ['web-02', 'web-03'].map((name, i) => ({
          replicationProtectedItemId: itemPath(name),
          providerSpecificDetails: {
            instanceType: 'InMage',
            masterTargetId: i === 0 ? 'cs-01' : mt3,
            processServerId: 'ps-azure-01',
            datastoreName: 'datastore-vmfs-01',
            retentionDrive: 'R:',
            profileId: 'contoso-policy-failback',
          },
        })),
      },
    });
    const wrong = await post(`${S_PLAN}/reProtect`, body('mt-linux-01'));
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.target).toMatch(
      /^properties\.items\[web-03\]\.providerSpecificDetails\.masterTargetId$/,
    );
    expect((await post(`${S_PLAN}/reProtect`, { properties: { items: 'x' } })).status).toBe(400);
    const started = await post(`${S_PLAN}/reProtect`, body('cs-01'));
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toContain(
      '/replicationRecoveryPlans/plan-web-tier/operationresults/',
    );
  });

  it('403 for Reader on plan actions (ARM and {S}); 404 for an unknown plan', async () => {
    await put('/simulator/role', { role: 'Reader' });
    expect((await post(withApi(`${PLAN}/reProtect`))).status).toBe(403);
    expect((await post(`${S_PLAN}/reProtect`, { properties: { items: [] } })).status).toBe(403);
    await put('/simulator/role', { role: 'Contributor' });
    expect((await get(withApi(`${V}/replicationRecoveryPlans/nope`))).status).toBe(404);
    expect((await get(`/simulator${V}/replicationRecoveryPlans/nope/eligibility`)).status).toBe(404);
  });

  it('RP-3: item field eligibility with &recoveryPlan= answers the reProtect fields of a group member', async () => {
    const r = await get(
      `/simulator${itemPath('web-02')}/eligibility?operation=reProtect&recoveryPlan=plan-web-tier`,
    );
    expect(r.status).toBe(200);
    expect(r.json.masterTarget.options.length).toBeGreaterThan(0);
  });
});
