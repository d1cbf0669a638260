/**
 * The ARM path shapes both route tables match (docs/api.md §1): lower-case literals and `:param`
 * placeholders, the ARM namespace's (`{V}…`) and the simulator's (`/simulator{V}…`).
 */

/** `providers/Microsoft.RecoveryServices/vaults`, after a subscription or a resource group. */
export const VAULTS = ['providers', 'microsoft.recoveryservices', 'vaults'];

/** `{V}`: `subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.RecoveryServices/vaults/{v}`. */
export const VAULT = [
  'subscriptions',
  ':subscription',
  'resourcegroups',
  ':resourceGroup',
  ...VAULTS,
  ':vault',
];

/** `{I}` after `{V}`: `replicationFabrics/{f}/replicationProtectionContainers/{c}/replicationProtectedItems/{i}`. */
export const ITEM = [
  'replicationfabrics',
  ':fabric',
  'replicationprotectioncontainers',
  ':container',
  'replicationprotecteditems',
  ':item',
];
