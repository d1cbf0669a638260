import { operationEligibility, useItemEligibility, type OperationName } from './items';
import type { ArmItem } from './wire-types';

/**
 * Why the item's eligibility refuses an operation on the item now (rule-cited messages), or null.
 * A pane opened by deep link says so instead of letting OK fail (e.g. HV-2: host disconnected).
 */
export function useBlockedReason(vault: string, item: ArmItem, operation: OperationName): string | null {
  const eligibility = useItemEligibility(vault, item.name);
  const entry = operationEligibility(eligibility.data, item.name, operation);
  if (!entry || entry.allowed) return null;
  return entry.reasons.map((reason) => reason.message).join(' ') || null;
}
