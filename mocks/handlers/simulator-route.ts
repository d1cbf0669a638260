/** What the `/simulator` route tables share: the handler type, the table shape and path shapes. */
import type { ParsedRequest } from '../http/request';

/** A request with the names its route's `:param` placeholders matched (never path positions). */
export interface RoutedRequest extends ParsedRequest {
  params: Record<string, string>;
}

export type Handler = (req: RoutedRequest, request: Request) => Response | Promise<Response>;

/** One `/simulator/…` path: its shape after `simulator` and its handler per method. */
export interface SimulatorRoute {
  /** Lower-case literals and `:param` placeholders (any one segment). */
  pattern: string[];
  handlers: Record<string, Handler>;
}

/** The vault names of a `{S}{V}…` route, for checkVault. */
export const vaultNames = (req: RoutedRequest) =>
  [req.params.subscription, req.params.resourceGroup, req.params.vault] as const;
