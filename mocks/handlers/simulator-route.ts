/** What the `/simulator` route tables share: the handler type, the table shape and path shapes. */
import type { ParsedRequest } from '../http/request';

export type Handler = (req: ParsedRequest, request: Request) => Response | Promise<Response>;

/** One `/simulator/…` path: its shape after `simulator` and its handler per method. */
export interface SimulatorRoute {
  /** Lower-case literals and `:param` placeholders (any one segment). */
  pattern: string[];
  handlers: Record<string, Handler>;
}

/** `subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.RecoveryServices/vaults/{v}`, lower case. */
export const VAULT = [
  'subscriptions',
  ':subscription',
  'resourcegroups',
  ':resourceGroup',
  'providers',
  'microsoft.recoveryservices',
  'vaults',
  ':vault',
];

/** Literal segments must match; `:param` matches any name. */
export function shaped(lower: string[], shape: string[]) {
  return lower.length === shape.length && shape.every((p, i) => p.startsWith(':') || p === lower[i]);
}
