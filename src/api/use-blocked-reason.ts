import { operationEligibility, useVaultEligibility, type OperationName } from './items';
import type { ArmItem } from './wire-types';

/**
 * Why the vault eligibility refuses an operation on the item now (rule-cited messages), or null.
 * A pane opened by deep link says so instead of letting OK fail (e.g. HV-2: host disconnected).
 */
export function useBlockedReason(vault: string, item: ArmItem, operation: OperationName): string | null {
  const eligibility = useVaultEligibility(vault);
  const entry = operationEligibility(eligibility.data, item.name, operation);
  if (!entry || entry.allowed) return null;
  return entry.reasons.map((reason) => reason.message).join(' ') || null;
}
