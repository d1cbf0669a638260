import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, get, itemPath, post, withApi } from './test-helpers';

const HV = itemPath('hv-app-01', 'hv-site-01');

beforeEach(() => {
  resetRuntime();
});

const failback = (dataSyncOption: string, extra: Record<string, unknown> = {}) => ({
  properties: {
    failoverDirection: 'RecoveryToPrimary',
    providerSpecificDetails: {
      instanceType: 'HyperVReplicaAzureFailback',
      dataSyncOption,
      recoveryVmCreationOption: 'NoAction',
      ...extra,
    },
  },
});

const jobName = (location: string | null) => (location ?? '').split('/operationresults/')[1]?.split('?')[0];
const job = async (name: string) => (await get(withApi(`${V}/replicationJobs/${name}`))).json;
const item = async () => (await get(withApi(HV))).json.properties;

describe('Hyper-V failback over HTTP (HV)', () => {
  it('HV-1, HV-3, HV-6: ForSynchronization waits for Complete failover (resume), then commit and reverse replicate', async () => {
    expect((await item()).allowedOperations).toContain('Failback');
    const started = await post(withApi(`${HV}/plannedFailover`), failback('ForSynchronization'));
    expect(started.status).toBe(202);
    const name = jobName(started.headers.get('location'));
    await advanceUntilDone();
    expect((await job(name)).properties).toMatchObject({
      state: 'Suspended',
      allowedActions: ['Resume', 'Cancel'],
    });
    expect((await item()).protectionStateDescription).toBe('Waiting for complete failover');
    expect((await post(withApi(`${V}/replicationJobs/${name}/resume`), { properties: {} })).status).toBe(202);
    await advanceUntilDone();
    expect((await job(name)).properties.state).toBe('Succeeded');
    expect((await item()).protectionState).toBe('PlannedFailoverCommitRequired');
    expect((await post(withApi(`${HV}/failoverCommit`))).status).toBe(202);
    await advanceUntilDone();
    const committed = await item();
    expect(committed.allowedOperations).toContain('ReverseReplicate');
    const reverse = await post(withApi(`${HV}/reProtect`), {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
      },
    });
    expect(reverse.status).toBe(202);
    expect((await job(jobName(reverse.headers.get('location')))).properties.scenarioName).toBe(
      'ReverseReplicate',
    );
  });

  it('HV-3: ForDownTime (full download) runs in one go, no wait for Complete failover', async () => {
    const started = await post(withApi(`${HV}/plannedFailover`), failback('ForDownTime'));
    const name = jobName(started.headers.get('location'));
    await advanceUntilDone();
    const ran = (await job(name)).properties;
    expect(ran.state).toBe('Succeeded');
    expect(ran.tasks.map((t: { name: string }) => t.name)).toContain('FullDownload');
    expect((await item()).protectionState).toBe('PlannedFailoverCommitRequired');
  });

  it('HV-7: cancel during sync shows the corrupted flag in healthErrors; re-running repairs it', async () => {
    const started = await post(withApi(`${HV}/plannedFailover`), failback('ForDownTime'));
    const name = jobName(started.headers.get('location'));
    await post('/simulator/clock/advance', { minutes: 3 });
    expect(
      (await job(name)).properties.tasks.find((t: { state: string }) => t.state === 'InProgress').name,
    ).toBe('FullDownload');
    await post(withApi(`${V}/replicationJobs/${name}/cancel`));
    const broken = await item();
    expect(broken.providerSpecificDetails.corrupted).toBe(true);
    expect(broken.healthErrors[0]).toMatchObject({ errorCode: '990020', errorLevel: 'Warning' });
    await post(withApi(`${HV}/plannedFailover`), failback('ForDownTime'));
    await advanceUntilDone();
    const repaired = await item();
    expect(repaired.providerSpecificDetails.corrupted).toBe(false);
    expect(repaired.healthErrors).toEqual([]);
  });

  it('HV-3, HV-4, HV-5: plannedFailover field eligibility offers dataSync, hostName, and encryptionKey when encrypted', async () => {
    const fields = (await get(`/simulator${HV}/eligibility?operation=plannedFailover`)).json;
    expect(fields.dataSync.options.map((o: { value: string }) => o.value)).toEqual([
      'ForSynchronization',
      'ForDownTime',
    ]);
    expect(fields.hostName.options.map((o: { value: string }) => o.value)).toContain('hv-host-01');
    expect(fields.encryptionKey).toBeUndefined();
    expect((await item()).providerSpecificDetails).toMatchObject({
      encryption: 'Disabled',
      hostName: 'hv-host-01',
    });
  });
});
