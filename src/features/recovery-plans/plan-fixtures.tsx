import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { armPaths, RESOURCE_GROUP, SUBSCRIPTION_ID } from '../../api/arm-paths';
import type { ArmItem, ItemFieldEligibility } from '../../api/wire-types';
import { acceptPosts, type Posted } from '../../testing/accept-posts';
import { field, fixtureItem, VAULT } from '../../testing/reprotect-fixtures';
import { renderPlanPane as renderPane } from '../../testing/render-plan-pane';

/**
 * Test fixtures: plan-web-tier with web-02 and web-03 (replication group rg-web, committed in
 * Azure) and, unlike the default scenario, two Windows master targets so RP-3 can be exercised.
 */
export { VAULT };
export const PLAN = 'plan-web-tier';
const vaultId = `/Subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.RecoveryServices/vaults/${VAULT}`;

/** A VMware machine of the plan, committed in Azure (the re-protect fixtures' item, in rg-web). */
function item(name: string): ArmItem {
  const committed = fixtureItem(name, 'Windows', true);
  const details = {
    ...committed.properties.providerSpecificDetails,
    replicationGroup: 'rg-web',
    recoveryPlan: PLAN,
  };
  return { ...committed, properties: { ...committed.properties, providerSpecificDetails: details } };
}
export const items = [item('web-02'), item('web-03')];

const plan = {
  id: `${vaultId}/replicationRecoveryPlans/${PLAN}`,
  name: PLAN,
  type: 'Microsoft.RecoveryServices/vaults/replicationRecoveryPlans',
  properties: {
    friendlyName: PLAN,
    primaryFabricFriendlyName: 'cs-01',
    recoveryFabricFriendlyName: 'Microsoft Azure',
    allowedOperations: ['ReverseReplicate'],
    groups: [{ groupType: 'Boot', replicationProtectedItems: items.map(({ id }) => ({ id })) }],
  },
};

function fields(masterTarget: string | null): ItemFieldEligibility {
  return {
    masterTarget: field({
      options: [
        { value: 'cs-01', label: 'cs-01 (Windows, esxi-01)' },
        { value: 'mt-win-02', label: 'mt-win-02 (Windows, esxi-01)' },
      ],
    }),
    processServer: field({ options: [{ value: 'ps-azure-01', label: 'ps-azure-01 (Azure)' }] }),
    ...(masterTarget
      ? {
          datastore: field({ options: [{ value: 'datastore-vmfs-01', label: 'datastore-vmfs-01 (VMFS)' }] }),
          retentionDrive: field({ options: [{ value: 'R:', label: 'R: (NTFS, 500 GB)' }], default: 'R:' }),
        }
      : {}),
  };
}

/** Every POST body the fixtures accepted, newest last. */
export const posted: Posted[] = [];
const allowed = { allowed: true, reasons: [] };

export const fixtureHandlers = [
  http.get(new RegExp(`${armPaths.items(VAULT)}(\\?|$)`), () => HttpResponse.json({ value: items })),
  http.get(new RegExp(`${armPaths.recoveryPlans(VAULT)}(\\?|$)`), () => HttpResponse.json({ value: [plan] })),
  http.get(new RegExp(`${armPaths.jobs(VAULT)}(\\?|$)`), () => HttpResponse.json({ value: [] })),
  http.get(new RegExp(`${armPaths.policies(VAULT)}(\\?|$)`), () =>
    HttpResponse.json({
      value: [
        {
          id: `${vaultId}/replicationPolicies/contoso-policy-failback`,
          name: 'contoso-policy-failback',
          type: 'Microsoft.RecoveryServices/vaults/replicationPolicies',
          properties: {
            friendlyName: 'contoso-policy-failback',
            providerSpecificDetails: { instanceType: 'InMage' },
          },
        },
      ],
    }),
  ),
  http.get(/\/replicationRecoveryPlans\/[^/]+\/eligibility$/, () =>
    HttpResponse.json({
      operations: {
        reProtect: allowed,
        unplannedFailover: {
          allowed: false,
          reasons: [{ ruleId: 'LIFE-7', message: "'web-03' has no recovery point" }],
        },
        plannedFailover: { allowed: false, reasons: [] },
        failoverCommit: { allowed: false, reasons: [] },
      },
    }),
  ),
  http.get(/\/replicationProtectedItems\/[^/]+\/eligibility$/, ({ request }) =>
    HttpResponse.json(fields(new URL(request.url).searchParams.get('masterTargetId'))),
  ),
  acceptPosts(/\/replicationRecoveryPlans\/[^/]+\/[A-Za-z]+(\?|$)/, posted),
];

/** A plan pane of plan-web-tier as the plan blade's child route. */
export const renderPlanPane = (pane: ReactElement, child: string) =>
  renderPane(pane, { vault: VAULT, plan: PLAN, child });
