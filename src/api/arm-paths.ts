/**
 * ARM paths the app calls (docs/api.md §1). The simulated subscription and resource group are fixed
 * by the scenarios; items, jobs and plans are addressed by the `id` the API returns.
 */
export const SUBSCRIPTION_ID = '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10';
export const RESOURCE_GROUP = 'contoso-dr-rg';
export const DEFAULT_VAULT = 'contoso-vault';

const enc = encodeURIComponent;

export const armPaths = {
  vault: (vault: string) =>
    `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.RecoveryServices/vaults/${enc(vault)}`,
  items: (vault: string) => `${armPaths.vault(vault)}/replicationProtectedItems`,
  fabrics: (vault: string) => `${armPaths.vault(vault)}/replicationFabrics`,
  policies: (vault: string) => `${armPaths.vault(vault)}/replicationPolicies`,
  jobs: (vault: string) => `${armPaths.vault(vault)}/replicationJobs`,
  job: (vault: string, job: string) => `${armPaths.jobs(vault)}/${enc(job)}`,
  recoveryPlans: (vault: string) => `${armPaths.vault(vault)}/replicationRecoveryPlans`,
  /** An item's action or sub-resource, from the item's ARM id. */
  itemAction: (itemId: string, action: string) => `${itemId}/${action}`,
  recoveryPoints: (itemId: string) => `${itemId}/recoveryPoints`,
};

export const simulatorPaths = {
  clock: '/simulator/clock',
  clockAdvance: '/simulator/clock/advance',
  lab: '/simulator/lab',
  role: '/simulator/role',
  scenarios: '/simulator/scenarios',
  loadScenario: (id: string) => `/simulator/scenarios/${enc(id)}/load`,
  scenario: '/simulator/scenario',
  notifications: '/simulator/notifications',
  runbooks: '/simulator/runbooks',
  runbookEntry: (id: string) => `/simulator/runbooks/${enc(id)}`,
  runbookStart: (id: string) => `/simulator/runbooks/${enc(id)}/start`,
  runbookReport: (id: string) => `/simulator/runbooks/${enc(id)}/report`,
  runbook: '/simulator/runbook',
  runbookHint: '/simulator/runbook/hint',
  runbookMistakes: '/simulator/runbook/mistakes',
  notification: (id: string) => `/simulator/notifications/${enc(id)}`,
  vaultEligibility: (vault: string) => `/simulator${armPaths.vault(vault)}/eligibility`,
  itemCounts: (vault: string) => `/simulator${armPaths.vault(vault)}/replicationProtectedItemCounts`,
  itemEligibility: (itemId: string, operation: string, masterTargetId?: string) =>
    `/simulator${itemId}/eligibility?operation=${enc(operation)}` +
    (masterTargetId ? `&masterTargetId=${enc(masterTargetId)}` : ''),
};
