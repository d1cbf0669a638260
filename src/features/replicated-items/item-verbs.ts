import { useTranslation } from 'react-i18next';
import { operationEligibility, useItemEligibility, type OperationName } from '../../api/items';
import { useRole } from '../../api/role';
import type { ArmItem } from '../../api/wire-types';

export type VerbKey =
  | 'reprotect'
  | 'unplannedFailover'
  | 'plannedFailover'
  | 'commit'
  | 'changeRecoveryPoint'
  | 'reverseReplicate'
  | 'testFailover'
  | 'cleanupTestFailover'
  | 'completeMigration'
  | 'disableReplication';

interface VerbDefinition {
  key: VerbKey;
  operation: OperationName;
  /** The pane's child route under the item (docs/ui-names.md §2). */
  route: string;
  /** Shown only for Hyper-V items (docs/ui-names.md §4). */
  hyperVOnly?: boolean;
}

/** The item verbs in the portal's order (docs/ui-names.md §4); the grid's row menu uses the same list. */
export const verbDefinitions: VerbDefinition[] = [
  { key: 'reprotect', operation: 'reProtect', route: 'reprotect' },
  { key: 'testFailover', operation: 'testFailover', route: 'test-failover' }, // TF-1, TF-5
  { key: 'cleanupTestFailover', operation: 'testFailoverCleanup', route: 'cleanup-test-failover' }, // TF-3
  { key: 'unplannedFailover', operation: 'unplannedFailover', route: 'unplanned-failover' },
  { key: 'plannedFailover', operation: 'plannedFailover', route: 'planned-failover', hyperVOnly: true },
  { key: 'commit', operation: 'failoverCommit', route: 'commit' },
  { key: 'changeRecoveryPoint', operation: 'applyRecoveryPoint', route: 'change-recovery-point' },
  { key: 'reverseReplicate', operation: 'reProtect', route: 'reverse-replicate', hyperVOnly: true },
  { key: 'completeMigration', operation: 'completeMigration', route: 'complete-migration' }, // END-1
  { key: 'disableReplication', operation: 'disableReplication', route: 'disable-replication' }, // END-1
];

export interface ItemVerb {
  key: VerbKey;
  route: string;
  /** null when the command may run; otherwise why not (shown in the tooltip). */
  disabledReason: string | null;
}

export const machineType = (item: ArmItem) => {
  const details = item.properties.providerSpecificDetails;
  if (typeof details.machineType === 'string') return details.machineType;
  if (details.instanceType === 'HyperVReplicaAzure') return 'HyperVVM';
  return details.discoveryType === 'Physical' ? 'PhysicalServer' : 'VMwareVM';
};

export const isHyperV = (item: ArmItem) => machineType(item) === 'HyperVVM';

/**
 * Each verb of an item, enabled per the item's eligibility (rule-cited reasons) and the role (§9).
 * `enabled` false (a grid row whose menu is closed) asks nothing of the API.
 */
export function useItemVerbs(vault: string, item: ArmItem | undefined, enabled = true): ItemVerb[] {
  const { t } = useTranslation('item');
  const eligibility = useItemEligibility(vault, item?.name ?? '', enabled && Boolean(item));
  const role = useRole();
  if (!item) return [];
  const hyperV = isHyperV(item);
  return verbDefinitions
    .filter((verb) => !verb.hyperVOnly || hyperV)
    .map((verb) => ({ key: verb.key, route: verb.route, disabledReason: reasonFor(verb) }));

  function reasonFor(verb: VerbDefinition): string | null {
    if (role === 'Reader') return t('reasons.permission');
    // HV-6: a Hyper-V VM is protected again with Reverse replicate, not Re-protect.
    if (verb.key === 'reprotect' && hyperV) return t('reasons.useReverseReplicate');
    if (eligibility.isLoading) return t('reasons.checking');
    if (eligibility.isError) return t('reasons.unknown');
    const entry = operationEligibility(eligibility.data, item!.name, verb.operation);
    if (!entry) return t('reasons.notAllowed');
    if (!entry.allowed) {
      const messages = entry.reasons.map((reason) => reason.message).join(' ');
      return messages || t('reasons.notAllowed');
    }
    return null;
  }
}
