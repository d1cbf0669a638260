/** The route table shape shared by the ARM resource families (matched after the vault prefix). */
import type { World } from '../simulation/api';
import type { ParsedRequest } from '../http/request';
import type { Params, Resolved } from './resolve';
import { resolveNames } from './resolve';

export interface ArmCtx {
  request: Request;
  req: ParsedRequest;
  world: World;
  params: Params;
  apiVersion: string;
}

export type Resolver = (ctx: ArmCtx) => Response | Promise<Response>;

export interface VaultRoute {
  /** Lower-case literals and `:param` placeholders, after `{V}`. */
  pattern: string[];
  get?: Resolver;
  post?: Resolver;
  /** The resource at this path, for GET and for LRO polls (`…/operationresults/{job}`). */
  resource?: (ctx: ArmCtx, names: Resolved) => { id: string; body: Record<string, unknown> };
}

export function matchPattern(pattern: string[], rest: string[]): Params | null {
  if (pattern.length !== rest.length) return null;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i];
    if (p.startsWith(':')) params[p.slice(1)] = rest[i];
    else if (p !== rest[i].toLowerCase()) return null;
  }
  return params;
}

/** Resolve the path's names (404 first) before running `fn`. */
export function withNames(ctx: ArmCtx, fn: (names: Resolved) => Response | Promise<Response>) {
  const names = resolveNames(ctx.world, ctx.params);
  if (names instanceof Response) return names;
  return fn(names);
}
