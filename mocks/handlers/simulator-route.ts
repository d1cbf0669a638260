/** What the `/simulator/subscriptions/…` route tables share: the handler type and path shapes. */
import type { ParsedRequest } from '../http/request';

export type Handler = (req: ParsedRequest, request: Request) => Response | Promise<Response>;

/** `subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.RecoveryServices/vaults/{v}`, lower case. */
export const VAULT = [
  'subscriptions',
  '',
  'resourcegroups',
  '',
  'providers',
  'microsoft.recoveryservices',
  'vaults',
  '',
];

/** Literal segments must match; '' marks a name. */
export function shaped(lower: string[], shape: string[]) {
  return lower.length === shape.length && shape.every((p, i) => p === '' || p === lower[i]);
}
