// @vitest-environment node
/**
 * SDK compatibility (docs/api.md preamble, §4): the real ARM client drives the failback runbook of
 * web-01 (LIFE-3 → LIFE-4 → LIFE-5) against the simulated API through msw/node.
 */
import { reprotectWeb01ToOnPremises } from '../../contract/reprotect-request.cases';
import { SiteRecoveryManagementClient } from '@azure/arm-recoveryservices-siterecovery';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../simulation/api';
import { resetRuntime, runtime } from '../runtime';
import { RG, SUB, VAULT } from './test-helpers';

const credential = { getToken: async () => ({ token: 'x', expiresOnTimestamp: Date.now() + 3.6e6 }) };
const SIM = 'https://management.azure.com/simulator';

const simulator = (path: string, body: unknown) =>
  fetch(`${SIM}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

let ticker: ReturnType<typeof setInterval> | undefined;

beforeEach(() => {
  resetRuntime();
  // Runs the simulated clock while the SDK polls: every job finishes on the next tick.
  ticker = setInterval(() => void simulator('/clock/advance', { untilJobsFinish: true }), 25);
});
afterEach(() => {
  clearInterval(ticker);
});

describe('@azure/arm-recoveryservices-siterecovery 5.1.0', () => {
  it('LIFE-3, LIFE-4, LIFE-5: reprotect, failover from Azure and commit web-01', async () => {
    // 5.1.0's constructor takes (credential, subscriptionId, options); vault and group go per call.
    const client = new SiteRecoveryManagementClient(credential, SUB);
    const items = client.replicationProtectedItems;
    const at = [VAULT, RG, 'cs-01', 'cloud_cs-01', 'web-01'] as const;
    const options = { updateIntervalInMs: 10 };

    const fabric = await client.replicationFabrics.get(VAULT, RG, 'cs-01');
    expect(fabric.properties?.customDetails?.instanceType).toBe('VMware');
    const policy = await client.replicationPolicies.get(VAULT, RG, 'contoso-policy-failback');

    const reprotected = await items.beginReprotectAndWait(
      ...at,
      reprotectWeb01ToOnPremises(policy.id!),
      options,
    );
    expect(reprotected.properties?.protectionState).toBe('Protected');
    expect(reprotected.properties?.providerSpecificDetails?.instanceType).toBe('InMage');
    expect(reprotected.properties?.activeLocation).toBe('Recovery');

    // LIFE-7: a failback needs a recovery point; let replication produce some.
    await simulator('/clock/advance', { minutes: 30 });
    const points = [];
    for await (const point of client.recoveryPoints.listByReplicationProtectedItems(...at))
      points.push(point);
    expect(points.length).toBeGreaterThan(0);

    const failedOver = await items.beginUnplannedFailoverAndWait(
      ...at,
      {
        properties: {
          failoverDirection: 'RecoveryToPrimary',
          providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'LatestTime' },
        },
      },
      options,
    );
    expect(failedOver.properties?.protectionState).toBe('UnplannedFailoverCommitPendingStatesBegin');
    expect(failedOver.properties?.activeLocation).toBe('Primary');

    const committed = await items.beginFailoverCommitAndWait(...at, options);
    expect(committed.properties?.protectionState).toBe('UnplannedFailoverCommitted');
    expect(committed.properties?.allowedOperations).toContain('ReverseReplicate');

    const jobs = [];
    for await (const job of client.replicationJobs.list(VAULT, RG)) jobs.push(job);
    expect(jobs.map((j) => j.properties?.scenarioName).sort()).toEqual([
      'Commit',
      'Reprotect',
      'UnplannedFailover',
    ]);
    expect(jobs.every((j) => j.properties?.state === 'Succeeded')).toBe(true);
  });

  it('TF-1, TF-3: beginTestFailoverAndWait and beginTestFailoverCleanupAndWait drive app-01', async () => {
    const client = new SiteRecoveryManagementClient(credential, SUB);
    const items = client.replicationProtectedItems;
    const at = [VAULT, RG, 'cs-01', 'cloud_cs-01', 'app-01'] as const;
    const options = { updateIntervalInMs: 10 };
    const points = [];
    for await (const point of client.recoveryPoints.listByReplicationProtectedItems(...at))
      points.push(point);
    const network = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/virtualNetworks/contoso-test-vnet`;

    const tested = await items.beginTestFailoverAndWait(
      ...at,
      {
        properties: {
          failoverDirection: 'PrimaryToRecovery',
          networkType: 'VmNetworkAsInput',
          networkId: network,
          providerSpecificDetails: { instanceType: 'InMageAzureV2', recoveryPointId: points[0].id },
        },
      },
      options,
    );
    expect(tested.properties?.protectionState).toBe('Protected'); // TF-1: replication goes on
    expect(tested.properties?.testFailoverState).toBe('TestFailoverCleanupPending');
    expect(tested.properties?.allowedOperations).toContain('TestFailoverCleanup');

    const cleaned = await items.beginTestFailoverCleanupAndWait(
      ...at,
      { properties: { comments: 'Drill passed' } },
      options,
    );
    expect(cleaned.properties?.testFailoverState).toBe('None');
    expect(cleaned.properties?.allowedOperations).toContain('TestFailover');

    const jobs = [];
    for await (const job of client.replicationJobs.list(VAULT, RG)) jobs.push(job);
    const cleanup = jobs.find((j) => j.properties?.scenarioName === 'TestFailoverCleanup');
    expect(cleanup?.properties?.customDetails).toMatchObject({
      instanceType: 'TestFailoverJobDetails',
      comments: 'Drill passed', // TF-3: the notes stay in the job
    });
  });

  it('TF-1, TF-3: the same two on the recovery plan plan-app-tier', async () => {
    const client = new SiteRecoveryManagementClient(credential, SUB);
    const plans = client.replicationRecoveryPlans;
    const options = { updateIntervalInMs: 10 };
    const tested = await plans.beginTestFailoverAndWait(
      VAULT,
      RG,
      'plan-app-tier',
      {
        properties: {
          failoverDirection: 'PrimaryToRecovery',
          networkType: 'VmNetworkAsInput',
          networkId: 'contoso-test-vnet',
          providerSpecificDetails: [{ instanceType: 'InMageAzureV2', recoveryPointType: 'Latest' }],
        },
      },
      options,
    );
    expect(tested.properties?.allowedOperations).toEqual(['TestFailoverCleanup']);
    const cleaned = await plans.beginTestFailoverCleanupAndWait(
      VAULT,
      RG,
      'plan-app-tier',
      { properties: { comments: 'Plan drill passed' } },
      options,
    );
    expect(cleaned.properties?.allowedOperations).toEqual(['UnplannedFailover', 'TestFailover']);
  });

  it('END-1: beginDeleteAndWait (POST {I}/remove) completes the migration of web-01 and disables app-01', async () => {
    const client = new SiteRecoveryManagementClient(credential, SUB);
    const items = client.replicationProtectedItems;
    const options = { updateIntervalInMs: 10 };
    await items.beginDeleteAndWait(
      VAULT,
      RG,
      'cs-01',
      'cloud_cs-01',
      'web-01',
      { properties: { disableProtectionReason: 'MigrationComplete' } },
      options,
    );
    await items.beginDeleteAndWait(
      VAULT,
      RG,
      'cs-01',
      'cloud_cs-01',
      'app-01',
      { properties: { disableProtectionReason: 'NotSpecified' } },
      options,
    );
    const names = [];
    for await (const item of items.listByReplicationProtectionContainers(VAULT, RG, 'cs-01', 'cloud_cs-01'))
      names.push(item.name);
    expect(names).not.toContain('web-01');
    expect(names).not.toContain('app-01');
    const jobs = [];
    for await (const job of client.replicationJobs.list(VAULT, RG)) jobs.push(job);
    expect(jobs.map((j) => [j.properties?.scenarioName, j.properties?.state]).sort()).toEqual([
      ['CompleteMigration', 'Succeeded'],
      ['DisableProtection', 'Succeeded'],
    ]);
  });

  it('errors reach the SDK as RestError with the ARM code', async () => {
    const client = new SiteRecoveryManagementClient(credential, SUB);
    await expect(
      client.replicationProtectedItems.get(VAULT, RG, 'cs-01', 'cloud_cs-01', 'nope'),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  });

  it(`docs/api.md §2.3: list() follows nextLink over ${PAGE_SIZE}-item pages, and passes $filter`, async () => {
    // A world of 5 pages: the default items and 4 × PAGE_SIZE copies of app-01.
    const world = runtime.world();
    const template = world.items.find((i) => i.name === 'app-01')!;
    const copies = Array.from({ length: 4 * PAGE_SIZE }, (_, i) => ({
      ...template,
      name: `app-01-${String(i).padStart(4, '0')}`,
    }));
    runtime.replace({ ...world, items: [...world.items, ...copies] });
    const client = new SiteRecoveryManagementClient(credential, SUB);
    const items = client.replicationProtectedItems;

    const names: string[] = [];
    const pages = items.list(VAULT, RG).byPage();
    let pageCount = 0;
    for await (const page of pages) {
      pageCount += 1;
      names.push(...page.map((item) => item.name!));
    }
    expect(pageCount).toBe(Math.ceil((world.items.length + copies.length) / PAGE_SIZE));
    expect(names).toEqual([...world.items, ...copies].map((i) => i.name));

    const inContainer = [];
    for await (const item of items.listByReplicationProtectionContainers(VAULT, RG, 'cs-01', 'cloud_cs-01'))
      inContainer.push(item.name);
    expect(inContainer.length).toBeGreaterThan(4 * PAGE_SIZE);

    const filtered = [];
    for await (const item of items.list(VAULT, RG, { filter: "contains(FriendlyName,'app-01-00')" }))
      filtered.push(item.name);
    expect(filtered).toEqual(copies.slice(0, 100).map((i) => i.name));

    await expect(items.list(VAULT, RG, { filter: "Colour eq 'blue'" }).next()).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
    });
  });
});
