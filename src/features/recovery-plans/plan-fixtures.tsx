import { render } from '@testing-library/react';
import { FluentProvider, Toolbar, ToolbarButton, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { armPaths, RESOURCE_GROUP, SUBSCRIPTION_ID } from '../../api/arm-paths';
import type { ArmItem, FieldEligibility, ItemFieldEligibility } from '../../api/wire-types';
import { i18n } from '../../i18n';

/**
 * Test fixtures: plan-web-tier with web-02 and web-03 (replication group rg-web, committed in
 * Azure) and, unlike the default scenario, two Windows master targets so RP-3 can be exercised.
 */
export const VAULT = 'contoso-vault';
export const PLAN = 'plan-web-tier';
const vaultId = `/Subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.RecoveryServices/vaults/${VAULT}`;
const container = `${vaultId}/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01`;

function item(name: string): ArmItem {
  return {
    id: `${container}/replicationProtectedItems/${name}`,
    name,
    type: 'Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems',
    properties: {
      friendlyName: name,
      protectedItemType: 'VMwareVirtualMachine',
      primaryFabricFriendlyName: 'cs-01',
      recoveryFabricFriendlyName: 'Microsoft Azure',
      activeLocation: 'Recovery',
      protectionState: 'UnplannedFailoverCommitted',
      protectionStateDescription: 'Failover committed',
      replicationHealth: 'Normal',
      allowedOperations: ['ReverseReplicate'],
      healthErrors: [],
      currentScenario: { scenarioName: 'None', jobId: 'None', startTime: '1753-01-01T01:01:01Z' },
      providerSpecificDetails: {
        instanceType: 'InMageAzureV2',
        osType: 'Windows',
        machineType: 'VMwareVM',
        replicationDirection: 'None',
        replicationGroup: 'rg-web',
        recoveryPlan: PLAN,
      },
    },
  };
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

const field = (p: Partial<FieldEligibility>): FieldEligibility => ({
  options: [],
  excluded: [],
  default: null,
  readOnly: false,
  ...p,
});

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
export const posted: { path: string; body: unknown }[] = [];
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
  http.post(/\/replicationRecoveryPlans\/[^/]+\/[A-Za-z]+(\?|$)/, async ({ request }) => {
    const url = new URL(request.url);
    posted.push({ path: url.pathname, body: await request.json() });
    return new HttpResponse(null, {
      status: 202,
      headers: { Location: `${url.origin}${url.pathname}/operationresults/job-1?api-version=2023-06-01` },
    });
  }),
];

/** A plan pane as the plan blade's child route; a stand-in blade keeps a Fluent toolbar mounted. */
export function renderPlanPane(pane: ReactElement, child: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const base = `/vaults/${VAULT}/recovery-plans/${PLAN}`;
  const router = createMemoryRouter(
    [
      {
        path: '/vaults/:vault/recovery-plans/:plan',
        element: (
          <div>
            <h1>plan blade</h1>
            <Toolbar aria-label="Commands">
              <ToolbarButton>Refresh</ToolbarButton>
            </Toolbar>
            <Outlet />
          </div>
        ),
        children: [{ path: child, element: pane }],
      },
    ],
    { initialEntries: [base, `${base}/${child}`], initialIndex: 1 },
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { router };
}
