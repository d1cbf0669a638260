/**
 * Test failover and ending protection over HTTP (TF-1..5, END-1, END-2): body shapes (400
 * InvalidRequestContent), the rules' 400s with their targets, job JSON, and the `remove` poll.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, call, get, itemPath, post, withApi } from './test-helpers';

beforeEach(() => resetRuntime());

const testBody = (networkId = 'contoso-test-vnet', direction = 'PrimaryToRecovery') => ({
  properties: {
    failoverDirection: direction,
    networkType: 'VmNetworkAsInput',
    networkId,
    providerSpecificDetails: { instanceType: 'InMageAzureV2' },
  },
});

describe('test failover over ARM (TF-1..5)', () => {
  it('TF-1: 202 with Location; the item keeps protectionState Protected and shows testFailoverState', async () => {
    const r = await post(withApi(`${itemPath('app-01')}/testFailover`), testBody());
    expect(r.status).toBe(202);
    expect(r.headers.get('Location')).toMatch(/replicationProtectedItems\/app-01\/operationresults\//);
    const item = (await get(withApi(itemPath('app-01')))).json;
    expect(item.properties).toMatchObject({
      protectionState: 'Protected',
      testFailoverState: 'TestFailoverInProgress',
      currentScenario: { scenarioName: 'TestFailover' },
    });
    await advanceUntilDone();
    const done = (await get(withApi(itemPath('app-01')))).json;
    expect(done.properties.testFailoverStateDescription).toBe('Test failover cleanup pending');
    const jobs = (await get(withApi(`${V}/replicationJobs`))).json.value;
    expect(jobs[0].properties).toMatchObject({
      scenarioName: 'TestFailover',
      friendlyName: 'Test failover',
      state: 'Succeeded',
      customDetails: {
        instanceType: 'TestFailoverJobDetails',
        networkName: 'contoso-test-vnet',
        protectedItemDetails: [{ name: 'app-01', testVmName: 'app-01-test' }],
      },
    });
  });

  it('TF-1: an unknown network is 400 InvalidParameter on properties.networkId; a bad shape is InvalidRequestContent', async () => {
    const unknown = await post(withApi(`${itemPath('app-01')}/testFailover`), testBody('nope-vnet'));
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: 'InvalidParameter', target: 'properties.networkId' });
    const shape = await post(withApi(`${itemPath('app-01')}/testFailover`), { properties: { networkId: 1 } });
    expect(shape.json.error.code).toBe('InvalidRequestContent');
  });

  it('TF-2, TF-3: cleanup before a test is refused; comments over 1,024 characters are InvalidRequestContent', async () => {
    const early = await post(withApi(`${itemPath('app-01')}/testFailoverCleanup`), {
      properties: { comments: 'x' },
    });
    expect(early.json.error).toMatchObject({ code: 'OperationNotAllowed' });
    expect(early.json.error.message).toContain('TF-2');
    const long = await post(withApi(`${itemPath('app-01')}/testFailoverCleanup`), {
      properties: { comments: 'x'.repeat(1025) },
    });
    expect(long.json.error).toMatchObject({ code: 'InvalidRequestContent', target: 'properties.comments' });
  });

  it('TF-5: test failover of an item in Azure is refused (TF-1 / TF-5 cited)', async () => {
    const r = await post(withApi(`${itemPath('web-01')}/testFailover`), testBody());
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('OperationNotAllowed');
  });

  it('TF-1: plan testFailover and testFailoverCleanup on plan-app-tier', async () => {
    const plan = `${V}/replicationRecoveryPlans/plan-app-tier`;
    const started = await post(withApi(`${plan}/testFailover`), {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkType: 'VmNetworkAsInput',
        networkId: 'contoso-test-vnet',
        providerSpecificDetails: [{ instanceType: 'InMageAzureV2', recoveryPointType: 'LatestProcessed' }],
      },
    });
    expect(started.status).toBe(202);
    await advanceUntilDone();
    expect((await get(withApi(plan))).json.properties.allowedOperations).toEqual(['TestFailoverCleanup']);
    const cleaned = await post(withApi(`${plan}/testFailoverCleanup`), { properties: { comments: 'ok' } });
    expect(cleaned.status).toBe(202);
  });
});

describe('remove (END-1)', () => {
  it('END-1: MigrationComplete on web-01 → job CompleteMigration; the finished poll answers 204; the item is gone', async () => {
    const r = await post(withApi(`${itemPath('web-01')}/remove`), {
      properties: { disableProtectionReason: 'MigrationComplete' },
    });
    expect(r.status).toBe(202);
    const location = r.headers.get('Location') as string;
    expect((await call('GET', location)).status).toBe(202);
    await advanceUntilDone();
    expect((await call('GET', location)).status).toBe(204);
    expect((await get(withApi(itemPath('web-01')))).status).toBe(404);
    const jobs = (await get(withApi(`${V}/replicationJobs`))).json.value;
    expect(jobs[0].properties).toMatchObject({
      scenarioName: 'CompleteMigration',
      friendlyName: 'Complete migration',
      targetObjectName: 'web-01',
    });
  });

  it('END-1: a bad disableProtectionReason is InvalidRequestContent; no body disables replication', async () => {
    const bad = await post(withApi(`${itemPath('app-01')}/remove`), {
      properties: { disableProtectionReason: 'Because' },
    });
    expect(bad.json.error).toMatchObject({
      code: 'InvalidRequestContent',
      target: 'properties.disableProtectionReason',
    });
    const none = await post(withApi(`${itemPath('app-01')}/remove`));
    expect(none.status).toBe(202);
    await advanceUntilDone();
    const jobs = (await get(withApi(`${V}/replicationJobs`))).json.value;
    expect(jobs[0].properties.scenarioName).toBe('DisableProtection');
  });

  it('END-1: Complete migration of app-01 (not failed over) is refused with END-1', async () => {
    const r = await post(withApi(`${itemPath('app-01')}/remove`), {
      properties: { disableProtectionReason: 'MigrationComplete' },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toContain('END-1');
  });
});
