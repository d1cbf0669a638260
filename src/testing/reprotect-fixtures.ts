import { http, HttpResponse, type RequestHandler } from 'msw';
import { armPaths, simulatorPaths, SUBSCRIPTION_ID, RESOURCE_GROUP } from '../api/arm-paths';
import type { ArmItem, FieldEligibility, ItemFieldEligibility, RuleReason } from '../api/wire-types';
import { itemListHandlers, makeItem } from './item-fixtures';
import { server } from './server';

/**
 * The default scenario (docs/ui-names.md §10) as the documented wire shapes (docs/api.md §2.2, §3), for
 * pane tests that must not depend on the whole simulation: web-01 (Windows) and db-01 (Linux)
 * committed in Azure, app-01 protected on-premises → Azure.
 */
export const VAULT = 'contoso-vault';
const container = `/Subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.RecoveryServices/vaults/${VAULT}/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01`;

export function fixtureItem(name: string, os: 'Windows' | 'Linux', inAzure: boolean): ArmItem {
  const item = makeItem(name, {
    activeLocation: inAzure ? 'Recovery' : 'Primary',
    protectionState: inAzure ? 'UnplannedFailoverCommitted' : 'Protected',
    protectionStateDescription: inAzure ? 'Failover committed' : 'Protected',
    replicationHealth: 'Normal',
    allowedOperations: inAzure ? ['ReverseReplicate'] : ['UnplannedFailover'],
    // No OS name nor RPO: these panes must not depend on them.
    details: {
      osType: os,
      osName: undefined,
      rpoInSeconds: undefined,
      replicationDirection: inAzure ? 'None' : 'OnPremisesToAzure',
    },
  });
  return { ...item, id: `${container}/replicationProtectedItems/${name}` };
}

export const items = [
  fixtureItem('web-01', 'Windows', true),
  fixtureItem('db-01', 'Linux', true),
  fixtureItem('app-01', 'Windows', false),
];

export const field = (p: Partial<FieldEligibility>): FieldEligibility => ({
  options: [],
  excluded: [],
  default: null,
  readOnly: false,
  ...p,
});
const mts = {
  'cs-01': { label: 'cs-01 (Windows, esxi-01)', os: 'Windows' },
  'mt-linux-01': { label: 'mt-linux-01 (Linux, esxi-02)', os: 'Linux' },
};

function masterTargetFields(os: string): FieldEligibility {
  const f = field({});
  for (const [value, mt] of Object.entries(mts)) {
    if (mt.os === os) f.options.push({ value, label: mt.label });
    else f.excluded.push({ value, label: mt.label, ruleId: 'MT-1', reason: `OS (${mt.os}) doesn't match` });
  }
  return f;
}

const perMasterTarget: Record<string, Pick<ItemFieldEligibility, 'datastore' | 'retentionDrive'>> = {
  'cs-01': {
    datastore: field({
      options: [
        { value: 'datastore-vmfs-01', label: 'datastore-vmfs-01 (VMFS, 1024 GB free)' },
        { value: 'datastore-vsan-01', label: 'datastore-vsan-01 (vSAN, 2048 GB free)' },
      ],
      excluded: [
        {
          value: 'datastore-nfs-01',
          label: 'datastore-nfs-01 (NFS, 512 GB free)',
          ruleId: 'DS-1',
          reason: 'NFS datastores are not supported for failback',
        },
      ],
    }),
    retentionDrive: field({
      options: [{ value: 'R:', label: 'R: (NTFS, 500 GB)' }],
      excluded: [
        { value: 'C:', label: 'C: (NTFS, 100 GB)', ruleId: 'RV-3', reason: 'Cache volume' },
        {
          value: 'E:',
          label: 'E: (FAT32, 50 GB)',
          ruleId: 'RV-4',
          reason: 'FAT32 file systems are not supported',
        },
        { value: 'F:', label: 'F: (NTFS, 100 GB)', ruleId: 'RV-1', reason: 'Used as a replication target' },
        { value: 'G:', label: 'G: (NTFS, 100 GB)', ruleId: 'RV-2', reason: 'Locked' },
        { value: 'H:', label: 'H: (NTFS, 0 GB)', ruleId: 'RV-5', reason: 'Capacity is zero' },
      ],
      default: 'R:',
    }),
  },
  'mt-linux-01': {
    datastore: field({
      options: [{ value: 'datastore-vmfs-02', label: 'datastore-vmfs-02 (VMFS, 900 GB free)' }],
    }),
    retentionDrive: field({
      options: [{ value: '/mnt/retention', label: '/mnt/retention (ext4, 200 GB)' }],
      excluded: [{ value: '/', label: '/ (ext4, 50 GB)', ruleId: 'RV-3', reason: 'Cache volume' }],
      default: '/mnt/retention',
    }),
  },
};

function eligibility(item: ArmItem, masterTarget: string | null): ItemFieldEligibility {
  const os = String(item.properties.providerSpecificDetails.osType);
  const ps = (value: string, where: string) => ({ value, label: `${value} (${where})` });
  if (item.properties.activeLocation === 'Primary') {
    return {
      processServer: field({
        options: [ps('cs-01', 'On-premises')],
        excluded: [
          {
            ...ps('ps-azure-01', 'Azure'),
            ruleId: 'PS-1',
            reason: 'An Azure process server serves failback only',
          },
          { ...ps('ps-scaleout-02', 'On-premises'), ruleId: 'PS-2', reason: 'No heartbeat' },
        ],
      }),
    };
  }
  return {
    masterTarget: masterTargetFields(os),
    processServer: field({
      options: [ps('cs-01', 'On-premises'), ps('ps-azure-01', 'Azure')],
      excluded: [{ ...ps('ps-scaleout-02', 'On-premises'), ruleId: 'PS-2', reason: 'No heartbeat' }],
    }),
    ...(masterTarget ? perMasterTarget[masterTarget] : {}),
    policy: field({
      options: [{ value: 'contoso-policy-failback', label: 'contoso-policy-failback (RPO 15 min)' }],
      default: 'contoso-policy-failback',
      readOnly: true,
    }),
  };
}

/**
 * The fixtures with `item` as the vault's only item, its `operation` allowed or refused for
 * `refusal` by the vault eligibility route, and `handlers` (the pane's own routes) answering first.
 */
export function serveOneItem(
  item: ArmItem,
  operation: string,
  { refusal, handlers = [] }: { refusal?: RuleReason | null; handlers?: RequestHandler[] } = {},
) {
  const answer = refusal ? { allowed: false, reasons: [refusal] } : { allowed: true, reasons: [] };
  // server.use prepends: the first matching handler answers, so these come before the fixtures.
  server.use(
    ...itemListHandlers([item], null),
    ...handlers,
    http.get(simulatorPaths.vaultEligibility(VAULT), () =>
      HttpResponse.json({
        value: [{ itemId: item.id, name: item.name, operations: { [operation]: answer } }],
      }),
    ),
    ...fixtureHandlers,
  );
}

/** Recovery point `rp-<n>` of an item (docs/api.md §3), as its recoveryPoints list holds it. */
export function recoveryPoint(
  item: ArmItem,
  n: number,
  time: string,
  type: 'CrashConsistent' | 'ApplicationConsistent',
) {
  return {
    id: `${item.id}/recoveryPoints/rp-${n}`,
    name: `rp-${n}`,
    type: 'Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems/recoveryPoints',
    properties: { recoveryPointTime: time, recoveryPointType: type },
  };
}

/** Every POST body the fixtures accepted, newest last. */
export const posted: { path: string; body: unknown }[] = [];

export const fixtureHandlers = [
  ...itemListHandlers(items, null),
  http.get(new RegExp(`${armPaths.policies(VAULT)}(\\?|$)`), () =>
    HttpResponse.json({
      value: [
        {
          id: `${armPaths.policies(VAULT)}/contoso-policy-failback`,
          name: 'contoso-policy-failback',
          type: 'Microsoft.RecoveryServices/vaults/replicationPolicies',
          properties: {
            friendlyName: 'contoso-policy-failback',
            providerSpecificDetails: {
              instanceType: 'InMage',
              recoveryPointThresholdInMinutes: 15,
              recoveryPointHistory: 1440,
              appConsistentFrequencyInMinutes: 60,
            },
          },
        },
      ],
    }),
  ),
  http.get(
    /\/simulator\/Subscriptions\/.*\/replicationProtectedItems\/[^/]+\/eligibility$/,
    ({ request }) => {
      const url = new URL(request.url);
      const name = decodeURIComponent(url.pathname.split('/').at(-2) ?? '');
      const item = items.find((candidate) => candidate.name === name);
      if (!item)
        return HttpResponse.json({ error: { code: 'ResourceNotFound', message: name } }, { status: 404 });
      return HttpResponse.json(eligibility(item, url.searchParams.get('masterTargetId')));
    },
  ),
  http.post(/\/replicationProtectedItems\/[^/]+\/[A-Za-z]+(\?|$)/, async ({ request }) => {
    const url = new URL(request.url);
    posted.push({ path: url.pathname, body: await request.json() });
    return new HttpResponse(null, {
      status: 202,
      headers: { Location: `${url.origin}${url.pathname}/operationresults/job-1?api-version=2023-06-01` },
    });
  }),
];
