import { http, HttpResponse } from 'msw';
import { itemStatus } from '../api/item-status';
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

const FIELD: Record<string, (item: ArmItem) => string> = {
  friendlyname: (item) => item.properties.friendlyName,
  replicationhealth: (item) => item.properties.replicationHealth,
  status: (item) => itemStatus(item),
  recoveryplanname: (item) => String(item.properties.providerSpecificDetails.recoveryPlan ?? ''),
};

/** One predicate of the `$filter` subset the portal sends (docs/api.md §2.3), on fixture items. */
function predicate(item: ArmItem, text: string): boolean {
  const contains = /^contains\((\w+),'(.*)'\)$/i.exec(text);
  if (contains)
    return FIELD[contains[1].toLowerCase()](item)
      .toLowerCase()
      .includes(contains[2].replace(/''/g, "'").toLowerCase());
  const compare = /^(\w+) (eq|ne) '(.*)'$/i.exec(text);
  if (!compare) throw new Error(`fixture: unsupported $filter clause ${text}`);
  const equal =
    FIELD[compare[1].toLowerCase()](item).toLowerCase() === compare[3].replace(/''/g, "'").toLowerCase();
  return compare[2].toLowerCase() === 'eq' ? equal : !equal;
}

/** The fixtures' stand-in for the API's `$filter`: `and` of clauses, each an `or` in parentheses. */
export function matchesFilter(item: ArmItem, filter: string | null): boolean {
  if (!filter) return true;
  return filter.split(/ and (?![^(]*\))/i).every((clause) =>
    clause
      .replace(/^\((.*)\)$/, '$1')
      .split(/ or /i)
      .some((alternative) => predicate(item, alternative.trim())),
  );
}

const HEALTH_RANK: Record<string, number> = { Critical: 0, Warning: 1, Normal: 2, None: 3 };
const ORDERS: Record<string, (a: ArmItem, b: ArmItem) => number> = {
  friendlyname: (a, b) =>
    a.properties.friendlyName.localeCompare(b.properties.friendlyName, undefined, { numeric: true }),
  replicationhealth: (a, b) =>
    HEALTH_RANK[a.properties.replicationHealth] - HEALTH_RANK[b.properties.replicationHealth],
};

/** The fixtures' stand-in for the API's list (docs/api.md §2.3): filtered, sorted, one page. */
export function listOf(items: ArmItem[], request: Request) {
  const url = new URL(request.url);
  const rows = items.filter((item) => matchesFilter(item, url.searchParams.get('$filter')));
  const [field = '', direction = ''] = (url.searchParams.get('$orderby') ?? '').toLowerCase().split(' ');
  const compare = ORDERS[field];
  if (compare) {
    const sign = direction === 'desc' ? -1 : 1;
    rows.sort((a, b) => sign * compare(a, b) || ORDERS.friendlyname(a, b));
  }
  return rows;
}

/**
 * msw overrides serving fixture items as the API would: the list (with `$filter` / `$orderby`),
 * one item (`GET {I}`), the counts and the eligibility by `$filter`.
 */
export function itemListHandlers(
  items: ArmItem[],
  eligibility: ((items: ArmItem[]) => VaultEligibility) | null = eligibilityFor,
) {
  const one = (name: string) => items.find((item) => item.name.toLowerCase() === name.toLowerCase());
  return [
    http.get(/\/replicationProtectedItems$/i, ({ request }) =>
      HttpResponse.json({ value: listOf(items, request) }),
    ),
    http.get(/\/replicationProtectedItems\/[^/]+$/i, ({ request }) => {
      const item = one(decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? ''));
      return item
        ? HttpResponse.json(item)
        : HttpResponse.json({ error: { code: 'ResourceNotFound', message: 'not found' } }, { status: 404 });
    }),
    http.get(/\/replicationProtectedItemCounts$/i, ({ request }) => {
      const rows = listOf(items, request);
      const count = (key: (item: ArmItem) => string) =>
        rows.reduce<Record<string, number>>(
          (acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }),
          {},
        );
      return HttpResponse.json({
        total: items.length,
        matching: rows.length,
        byHealth: count((item) => item.properties.replicationHealth),
        byStatus: count(itemStatus),
      });
    }),
    ...(eligibility
      ? [
          http.get(/\/vaults\/[^/]+\/eligibility$/i, ({ request }) =>
            HttpResponse.json(eligibility(listOf(items, request))),
          ),
        ]
      : []),
  ];
}

/** msw overrides answering the routes the item blades call. */
export function itemHandlers(items: ArmItem[] = defaultItems, role = 'Contributor') {
  return [
    ...itemListHandlers(items),
    http.get(/\/recoveryPoints$/i, () => HttpResponse.json({ value: [] })),
    http.get(/\/replicationJobs$/i, () => HttpResponse.json({ value: [] })),
    http.get(/\/eligibility$/i, () => HttpResponse.json(eligibilityFor(items))),
    http.get(/\/simulator\/role$/, () => HttpResponse.json({ role })),
  ];
}
