import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, call, get, itemPath, post, reprotectToOnPrem, withApi } from './test-helpers';

beforeEach(() => {
  resetRuntime();
});

const reprotect = (item: string, body: unknown) => post(withApi(`${itemPath(item)}/reProtect`), body);

describe('long-running operations (docs/api.md §4)', () => {
  it('LIFE-3: a 202 whose Location, x-ms-request-id and currentScenario.jobId agree', async () => {
    const r = await reprotect('web-01', reprotectToOnPrem());
    expect(r.status).toBe(202);
    expect(r.headers.get('retry-after')).toBe('1');
    const location = r.headers.get('location')!;
    expect(location).toMatch(
      /^http:\/\/localhost(:\d+)?\/Subscriptions\/.*\/replicationProtectedItems\/web-01\/operationresults\/[^?]+\?api-version=2023-06-01$/,
    );
    const jobName = /operationresults\/([^?]+)/.exec(location)![1];
    expect(r.headers.get('x-ms-request-id')).toMatch(new RegExp(`/replicationJobs/${jobName}$`));
    const item = await get(withApi(itemPath('web-01')));
    expect(item.json.properties.currentScenario.jobId).toBe(r.headers.get('x-ms-request-id'));
    expect(item.json.properties.protectionState).toBe('ReprotectInProgress');
    const job = await get(withApi(`${V}/replicationJobs/${jobName}`));
    expect(job.json.name).toBe(jobName);
    expect(job.json.properties.scenarioName).toBe('Reprotect');
    expect(job.json.properties.allowedActions).toEqual(['Cancel']);
  });

  it('polling answers 202 while the job runs, 200 with the item after clock/advance', async () => {
    const r = await reprotect('web-01', reprotectToOnPrem());
    const location = r.headers.get('location')!;
    const running = await get(location);
    expect(running.status).toBe(202);
    expect(running.headers.get('location')).toBe(location);
    const clock = await advanceUntilDone();
    expect(clock.json.runningJobs).toBe(0);
    const done = await get(location);
    expect(done.status).toBe(200);
    expect(done.json.name).toBe('web-01');
    expect(done.json.properties.protectionState).toBe('Protected');
    expect(done.json.properties.providerSpecificDetails.instanceType).toBe('InMage');
    expect(done.json.properties.providerSpecificDetails.replicationDirection).toBe('AzureToOnPremises');
    expect(done.json.properties.currentScenario.scenarioName).toBe('None');
  });

  it('an unknown job name in operationresults → 404', async () => {
    expect((await get(withApi(`${itemPath('web-01')}/operationresults/nope`))).status).toBe(404);
  });

  it('409 OperationNotAllowed on a second operation while the job runs; nothing created', async () => {
    await reprotect('web-01', reprotectToOnPrem());
    const before = (await get(withApi(`${V}/replicationJobs`))).json.value.length;
    const second = await reprotect('web-01', reprotectToOnPrem());
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('OperationNotAllowed');
    expect((await get(withApi(`${V}/replicationJobs`))).json.value.length).toBe(before);
  });

  it('two concurrent clicks start one job: one 202, one 409', async () => {
    const [a, b] = await Promise.all([
      reprotect('web-01', reprotectToOnPrem()),
      reprotect('web-01', reprotectToOnPrem()),
    ]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
  });

  it('DS-1: an NFS datastore → 400 InvalidParameter with target and rule id', async () => {
    const r = await reprotect('web-01', reprotectToOnPrem({ datastoreName: 'datastore-nfs-01' }));
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('InvalidParameter');
    expect(r.json.error.target).toBe('properties.providerSpecificDetails.datastoreName');
    expect(r.json.error.additionalInfo[0]).toEqual({ type: 'SiteRecoveryRule', info: { ruleId: 'DS-1' } });
  });

  it('MT-1: a Linux master target for a Windows VM → 400 InvalidParameter on masterTargetId', async () => {
    const r = await reprotect('web-01', reprotectToOnPrem({ masterTargetId: 'mt-linux-01' }));
    expect(r.json.error.code).toBe('InvalidParameter');
    expect(r.json.error.target).toBe('properties.providerSpecificDetails.masterTargetId');
  });

  it('RP-5: legacy-01 cannot fail back → 400 OperationNotAllowed', async () => {
    const r = await reprotect('legacy-01', reprotectToOnPrem());
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('OperationNotAllowed');
    expect(r.json.error.additionalInfo?.[0]?.info?.ruleId).toBe('RP-5');
  });

  it('job cancel answers an LRO on the job', async () => {
    const r = await reprotect('web-01', reprotectToOnPrem());
    const jobName = /operationresults\/([^?]+)/.exec(r.headers.get('location')!)![1];
    const cancel = await post(withApi(`${V}/replicationJobs/${jobName}/cancel`));
    expect(cancel.status).toBe(202);
    expect(cancel.headers.get('location')).toContain(
      `/replicationJobs/${jobName}/operationresults/${jobName}`,
    );
    const done = await get(cancel.headers.get('location')!);
    expect(done.status).toBe(200);
    expect(done.json.properties.state).toBe('Cancelled');
  });
});

describe('reads (docs/api.md §3)', () => {
  it('items list with $filter; unsupported filter field → 400', async () => {
    const all = await get(withApi(`${V}/replicationProtectedItems`));
    expect(all.json.value.length).toBeGreaterThanOrEqual(8);
    const plan = await get(
      withApi(`${V}/replicationProtectedItems?$filter=RecoveryPlanName eq 'PLAN-WEB-TIER'`),
    );
    expect(plan.json.value.map((i: { name: string }) => i.name).sort()).toEqual(['web-02', 'web-03']);
    const bad = await get(withApi(`${V}/replicationProtectedItems?$filter=Color eq 'red'`));
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('InvalidParameter');
  });

  it('fabric lists only discovered servers, volumes and datastores', async () => {
    const fabric = await get(withApi(`${V}/replicationFabrics/cs-01`));
    const details = fabric.json.properties.customDetails;
    expect(details.instanceType).toBe('VMware');
    const mt = details.masterTargetServers.find((m: { name: string }) => m.name === 'cs-01');
    expect(mt.retentionVolumes.map((v: { volumeName: string }) => v.volumeName)).toContain('R:');
    expect(mt.dataStores.map((d: { symbolicName: string }) => d.symbolicName)).toContain('datastore-vmfs-01');
  });

  it('POL-1: the failback policy', async () => {
    const r = await get(withApi(`${V}/replicationPolicies/contoso-policy-failback`));
    expect(r.json.properties.providerSpecificDetails).toMatchObject({
      instanceType: 'InMage',
      recoveryPointThresholdInMinutes: 15,
      recoveryPointHistory: 1440,
      appConsistentFrequencyInMinutes: 60,
    });
  });

  it('committed items allow ReverseReplicate; protected app-01 allows UnplannedFailover', async () => {
    const web = await get(withApi(itemPath('web-01')));
    expect(web.json.properties.protectionState).toBe('UnplannedFailoverCommitted');
    expect(web.json.properties.allowedOperations).toEqual([
      'ReverseReplicate',
      'CompleteMigration',
      'DisableProtection',
    ]);
    expect(web.json.properties.activeLocation).toBe('Recovery');
    const app = await get(withApi(itemPath('app-01')));
    expect(app.json.properties.protectionState).toBe('Protected');
    expect(app.json.properties.allowedOperations).toContain('UnplannedFailover');
  });

  it('Hyper-V items live in the hv-site-01 fabric', async () => {
    const r = await get(withApi(itemPath('hv-app-01', 'hv-site-01')));
    expect(r.status).toBe(200);
    expect(r.json.properties.providerSpecificDetails.instanceType).toBe('HyperVReplicaAzure');
  });
});

describe('Refresh server = refreshProvider (RV-7, inferred mapping)', () => {
  const fabric = withApi(`${V}/replicationFabrics/cs-01`);
  const volumesOfCs01 = async () => {
    const mts = (await get(fabric)).json.properties.customDetails.masterTargetServers;
    const mt = mts.find((m: { name: string }) => m.name === 'cs-01');
    return mt.retentionVolumes.map((v: { volumeName: string }) => v.volumeName);
  };

  it('a new drive shows in the fabric only after the refresh job', async () => {
    const patch = {
      masterTargets: { 'cs-01': { volumes: { 'S:': { fileSystem: 'NTFS', capacityGB: 50 } } } },
    };
    expect((await call('PATCH', '/simulator/lab', patch)).status).toBe(200);
    expect(await volumesOfCs01()).not.toContain('S:');
    const refresh = await post(
      withApi(`${V}/replicationFabrics/cs-01/replicationRecoveryServicesProviders/cs-01/refreshProvider`),
    );
    expect(refresh.status).toBe(202);
    expect(refresh.headers.get('location')).toContain(
      '/replicationRecoveryServicesProviders/cs-01/operationresults/',
    );
    await advanceUntilDone();
    const done = await get(refresh.headers.get('location')!);
    expect(done.status).toBe(200);
    expect(done.json.properties.connectionStatus).toBe('Connected');
    expect(await volumesOfCs01()).toContain('S:');
  });
});
