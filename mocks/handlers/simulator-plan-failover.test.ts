import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, get, itemPath, post, put, withApi } from './test-helpers';
import { hyperVFailbackItem, planHyperVFailbackBody } from '../../contract/plan-hyper-v-failback.cases';

const PLAN = `${V}/replicationRecoveryPlans/plan-hyper-v`;
const S_PLAN = `/simulator${PLAN}`;
const HV_APP = itemPath('hv-app-01', 'hv-site-01');
const HV_WEB = itemPath('hv-web-01', 'hv-site-01');

beforeEach(async () => {
  resetRuntime();
  // Preset hyper-v-plan: hv-app-01 (encrypted, its on-premises VM deleted) and hv-web-01.
  expect((await post('/simulator/scenarios/hyper-v-plan/load')).status).toBe(200);
});

const body = planHyperVFailbackBody;
const app = (details: Record<string, unknown>) => hyperVFailbackItem(HV_APP, details);

describe('{S} plan plannedFailover with per-machine Hyper-V values (docs/api.md §2.2, docs/rules.md §14)', () => {
  it('HV-4, HV-5 per machine in a plan: the encrypted, deleted machine gets its own key and alternate host', async () => {
    const started = await post(
      `${S_PLAN}/plannedFailover`,
      body([
        app({
          recoveryVmCreationOption: 'CreateVmIfNotFound',
          providerIdForAlternateRecovery: 'hv-host-02',
          primaryKekCertificatePfx: 'hv-host-01-encryption-key.pfx',
        }),
        {
          replicationProtectedItemId: HV_WEB,
          providerSpecificDetails: { recoveryVmCreationOption: 'NoAction' },
        },
      ]),
    );
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toContain(
      '/replicationRecoveryPlans/plan-hyper-v/operationresults/',
    );
    // The notification names its job's scenario and plan, so the portal can translate its title.
    const notifications = (await get('/simulator/notifications')).json.value;
    expect(notifications[notifications.length - 1]).toMatchObject({
      title: "Planned failover 'plan-hyper-v'",
      scenarioName: 'PlannedFailover',
      targetName: 'plan-hyper-v',
    });
    await advanceUntilDone();
    for (const path of [HV_APP, HV_WEB])
      expect((await get(withApi(path))).json.properties.protectionStateDescription).toBe(
        'Planned failover finished',
      );
  });

  it('HV-4 per machine in a plan: no key for the encrypted machine → 400 naming its field', async () => {
    const refused = await post(
      `${S_PLAN}/plannedFailover`,
      body([
        app({ recoveryVmCreationOption: 'CreateVmIfNotFound', providerIdForAlternateRecovery: 'hv-host-02' }),
      ]),
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.target).toBe(
      'properties.items[hv-app-01].providerSpecificDetails.primaryKekCertificatePfx',
    );
  });

  it('HV-5: ARM plannedFailover keeps the plan-wide defaults (NoAction refuses the deleted VM)', async () => {
    const arm = await post(withApi(`${PLAN}/plannedFailover`), body());
    expect(arm.status).toBe(400);
    expect(arm.json.error.target).toBe(
      'properties.items[hv-app-01].providerSpecificDetails.primaryKekCertificatePfx',
    );
    const withKey = body();
    Object.assign(withKey.properties.providerSpecificDetails[0], {
      primaryKekCertificatePfx: 'k.pfx',
      recoveryVmCreationOption: 'CreateVmIfNotFound',
      providerIdForAlternateRecovery: 'hv-host-02',
    });
    expect((await post(withApi(`${PLAN}/plannedFailover`), withKey)).status).toBe(202);
  });

  it('rejects a malformed items list, an unknown option and a Reader', async () => {
    expect((await post(`${S_PLAN}/plannedFailover`, { properties: { items: 'x' } })).status).toBe(400);
    const option = await post(
      `${S_PLAN}/plannedFailover`,
      body([app({ recoveryVmCreationOption: 'Maybe' })]),
    );
    expect(option.status).toBe(400);
    expect(option.json.error.code).toBe('InvalidRequestContent');
    const stranger = await post(
      `${S_PLAN}/plannedFailover`,
      body([{ replicationProtectedItemId: itemPath('web-01'), providerSpecificDetails: {} }]),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.json.error.target).toBe('properties.items[web-01]');
    await put('/simulator/role', { role: 'Reader' });
    expect((await post(`${S_PLAN}/plannedFailover`, body([]))).status).toBe(403);
  });
});
