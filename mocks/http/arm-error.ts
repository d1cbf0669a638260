/**
 * The ARM error envelope (docs/api.md §5): every non-2xx answer carries it with Content-Type
 * application/json, `code` and `message` always, `target`, `details` and the rule id in
 * `additionalInfo` when they apply.
 */
import { HttpResponse } from 'msw';
import type { SimError } from '../simulation/api';

export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
  possibleCauses?: string;
  recommendedAction?: string;
}

export interface ErrorOptions {
  target?: string;
  ruleId?: string;
  details?: ErrorDetail[];
}

/** Messages end with the deciding rule id (docs/api.md §5), e.g. "… not supported (DS-1)." */
function withRuleId(message: string, ruleId?: string): string {
  if (!ruleId || message.includes(ruleId)) return message;
  const trimmed = message.replace(/[.\s]+$/, '');
  return `${trimmed} (${ruleId}).`;
}

export function armError(status: number, code: string, message: string, options: ErrorOptions = {}) {
  const text = withRuleId(message, options.ruleId);
  const error: Record<string, unknown> = { code, message: text };
  if (options.target) error.target = options.target;
  if (options.details?.length) error.details = options.details;
  else if (options.target || options.ruleId)
    error.details = [{ code, message: text, ...(options.target ? { target: options.target } : {}) }];
  if (options.ruleId) error.additionalInfo = [{ type: 'SiteRecoveryRule', info: { ruleId: options.ruleId } }];
  return HttpResponse.json({ error }, { status });
}

/** A simulation failure as the envelope; `mapTarget` turns simulation field names into ARM paths. */
export function simErrorResponse(error: SimError, mapTarget: (target: string) => string = (t) => t) {
  return armError(error.status, error.code, error.message, {
    target: error.target ? mapTarget(error.target) : undefined,
    ruleId: error.ruleId,
  });
}

const USER = 'simulator-user@contoso.com';
const OBJECT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** 403 as ARM words it (docs/api.md §5): the role may not run `action` (a full RBAC action name) on `scope`. */
export const authorizationFailed = (action: string, scope: string) =>
  armError(
    403,
    'AuthorizationFailed',
    `The client '${USER}' with object id '${OBJECT_ID}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );

export const notFound = (message: string, code = 'ResourceNotFound') => armError(404, code, message);

export const invalidContent = (target: string, issue: string) =>
  armError(
    400,
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: ${issue}`,
    { target, details: [{ code: 'InvalidRequestContent', target, message: issue }] },
  );

export const methodNotAllowed = (method: string, path: string) =>
  armError(
    405,
    'MethodNotAllowed',
    `The method '${method}' is not supported on '${path}': the simulation does not model it.`,
  );

export const unservedPath = (path: string) =>
  armError(
    404,
    'InvalidResourceType',
    `The resource type or operation at '${path}' is not modelled by the simulation.`,
  );

/** Resolvers never throw (docs/api.md §6); this is the last-resort guard the fuzz tests count as a bug. */
export const internalError = (error: unknown) =>
  armError(500, 'InternalServerError', `The simulation failed unexpectedly: ${String(error)}`);
