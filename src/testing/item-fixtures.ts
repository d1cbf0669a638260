import { http, HttpResponse } from 'msw';
import type { ArmItem, VaultEligibility } from '../api/wire-types';

/** A minimal ARM item (docs/api.md §3.1) for component tests. */
export function makeItem(
  name: string,
  overrides: Partial<ArmItem['properties']> & { details?: Record<string, unknown> } = {},
): ArmItem {
  const { details, ...properties } = overrides;
  return {
    id: `/Subscriptions/s/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/${name}`,
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
      replicationHealth: 'None',
      allowedOperations: ['ReverseReplicate'],
      healthErrors: [],
      currentScenario: { scenarioName: 'None', jobId: 'None', startTime: '1753-01-01T01:01:01Z' },
      ...properties,
      providerSpecificDetails: {
        instanceType: 'InMageAzureV2',
        osType: 'Windows',
        osName: 'Windows Server 2012 R2',
        machineType: 'VMwareVM',
        replicationDirection: 'None',
        rpoInSeconds: 0,
        ...details,
      },
    },
  };
}

const protectedState = {
  activeLocation: 'Primary',
  protectionState: 'Protected',
  protectionStateDescription: 'Protected',
  replicationHealth: 'Normal',
} as const;

/** The default scenario's eight items (docs/ui-names.md §10), enough for grid tests. */
export const defaultItems: ArmItem[] = [
  makeItem('web-01'),
  makeItem('db-01', { details: { osType: 'Linux', osName: 'CentOS 7' } }),
  makeItem('app-01', {
    ...protectedState,
    details: { replicationDirection: 'OnPremisesToAzure', rpoInSeconds: 30 },
  }),
  makeItem('file-01', { details: { machineType: 'PhysicalServer' } }),
  makeItem('legacy-01', { details: { machineType: 'PhysicalServer', osName: 'Windows Server 2008 R2 SP1' } }),
  makeItem('hv-app-01', {
    protectionState: 'PlannedFailoverStatesBegin',
    details: { instanceType: 'HyperVReplicaAzure', machineType: 'HyperVVM' },
  }),
  makeItem('web-02', { replicationHealth: 'Warning' }),
  makeItem('web-03'),
];

type Ops = VaultEligibility['value'][number]['operations'];
const refused = (ruleId: string, message: string) => ({ allowed: false, reasons: [{ ruleId, message }] });

/** Eligibility: re-protect allowed on committed items, except legacy-01 (RP-5). */
export function eligibilityFor(items: ArmItem[]): VaultEligibility {
  return {
    value: items.map((item) => {
      const committed = item.properties.protectionState !== 'Protected';
      const operations: Ops = {
        reProtect:
          item.name === 'legacy-01'
            ? refused('RP-5', 'The Azure VM was created directly in Azure, so it cannot fail back (RP-5).')
            : committed
              ? { allowed: true, reasons: [] }
              : refused('LIFE-6', 'The item is already protected (LIFE-6).'),
        unplannedFailover: committed
          ? refused('LIFE-1', 'Only a protected item can fail over (LIFE-1).')
          : { allowed: true, reasons: [] },
        plannedFailover: refused('HV-2', 'Planned failover is for Hyper-V VMs in Azure (HV-2).'),
        failoverCommit: refused('LIFE-2', 'There is no failover to commit (LIFE-2).'),
        applyRecoveryPoint: refused('LIFE-2', 'There is no failover to change (LIFE-2).'),
      };
      return { itemId: item.name, operations };
    }),
  };
}

/** msw overrides answering the routes the item blades call. */
export function itemHandlers(items: ArmItem[] = defaultItems, role = 'Contributor') {
  return [
    http.get(/\/replicationProtectedItems$/i, () => HttpResponse.json({ value: items })),
    http.get(/\/recoveryPoints$/i, () => HttpResponse.json({ value: [] })),
    http.get(/\/replicationJobs$/i, () => HttpResponse.json({ value: [] })),
    http.get(/\/eligibility$/i, () => HttpResponse.json(eligibilityFor(items))),
    http.get(/\/simulator\/role$/, () => HttpResponse.json({ role })),
  ];
}
