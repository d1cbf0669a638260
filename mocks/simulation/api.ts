/**
 * The simulation's public surface: the only module the HTTP skin (mocks/handlers) imports from
 * mocks/simulation. Every function is pure: it takes a World and returns a new one (or an error),
 * never mutating its argument. Rule ids in comments point at ../shared/spec/domain-rules.md.
 */
import type {
  ClockSpeed,
  Iso,
  Job,
  OperationEligibility,
  OperationInput,
  OperationName,
  Result,
  Role,
  World,
} from './types';

export type * from './types';

// ---------------------------------------------------------------- scenarios

export interface ScenarioInfo {
  id: string;
  title: string;
}
/** Presets, `default` first (ui-contract §10). */
export declare function listScenarios(): ScenarioInfo[];
/** A fresh world for a preset, or null when the id is unknown. */
export declare function loadScenario(id: string): World | null;

// ---------------------------------------------------------------- clock

/** Advance simulated time by `minutes`, running jobs, discovery and recovery points on the way. */
export declare function advanceClock(world: World, minutes: number): World;
/** Advance until no job is NotStarted/InProgress (Suspended jobs wait for input and do not count); capped at 7 days. */
export declare function advanceUntilJobsFinish(world: World): World;
export declare function setSpeed(world: World, speed: ClockSpeed): World;
export declare function runningJobCount(world: World): number;

// ---------------------------------------------------------------- eligibility (read)

/** Per operation, whether the item's state allows it and why not (LIFE-*, RP-5, HV-2…). */
export declare function operationEligibility(
  world: World,
  item: string,
): Record<OperationName, OperationEligibility>;
/** ARM allowedOperations names for the item (api.md §3.1 table). */
export declare function allowedOperations(world: World, item: string): string[];

export interface FieldOption {
  value: string;
  label: string;
}
export interface ExcludedOption extends FieldOption {
  ruleId: string;
  reason: string;
}
export interface FieldEligibility {
  options: FieldOption[];
  excluded: ExcludedOption[];
  default: string | null;
  readOnly: boolean;
}
/**
 * Form fields for an operation on an item (api.md §2.2 `{S}{I}/eligibility`). For reProtect
 * Azure → on-premises: masterTarget (MT-1), processServer (PS-2, PS-4), and, when a master target
 * is given, datastore (DS-1..5) and retentionDrive (RV-1..7, default RV-6); policy (POL-2,
 * readOnly). On-premises → Azure: processServer (on-prem with heartbeat). unplannedFailover:
 * recoveryPoint options (FO-1).
 */
export declare function fieldEligibility(
  world: World,
  item: string,
  operation: OperationName,
  params: { masterTarget?: string },
): Result<Record<string, FieldEligibility>>;

// ---------------------------------------------------------------- operations (write)

/**
 * Validate `input` against the state and the rules and start the job. Errors follow api.md §5:
 * 404 unknown item, 409 another job running on the item, 400 OperationNotAllowed (state / RP-5),
 * 400 InvalidParameter with `target` (an ineligible or unknown value). Failures that the rules say
 * happen at job time (RP-2, RP-4/95226, 78093, LIFE-11 …) are not errors here: the job fails later.
 */
export declare function startOperation(
  world: World,
  item: string,
  input: OperationInput,
): Result<{ job: Job }>;
export declare function restartJob(world: World, jobName: string): Result<{ job: Job }>;
export declare function cancelJob(world: World, jobName: string): Result<{ job: Job }>;
export declare function resumeJob(world: World, jobName: string): Result<{ job: Job }>;

// ---------------------------------------------------------------- lab, role, notifications

/** JSON Merge Patch of the Lab document (api.md §2.2 `{S}/lab`); unknown key/name/type → 400. */
export declare function labDocument(world: World): Record<string, unknown>;
export declare function patchLab(world: World, patch: unknown): Result<Record<string, unknown>>;
/** Discovery now (Refresh server, RV-7): newly added drives/datastores become visible. */
export declare function refreshConfigurationServer(world: World, server: string): Result<{ job: Job }>;
export declare function setRole(world: World, role: Role): World;
export declare function markNotificationRead(world: World, id: string): Result<null>;
export declare function clearNotifications(world: World): World;

// ---------------------------------------------------------------- errors catalog

export interface CatalogEntry {
  code: string;
  ruleId: string;
  message: string;
  possibleCauses: string;
  recommendedAction: string;
}
/** ERR catalog (domain-rules §10): documented codes plus own codes from 990000. */
export declare function catalogEntry(code: string): CatalogEntry | undefined;

// ---------------------------------------------------------------- persistence

/** Versioned JSON text of the world. */
export declare function serializeWorld(world: World): string;
/** Parse and validate a stored/imported world; a precise message (with the JSON path) when invalid. */
export declare function parseWorld(
  text: string,
): { ok: true; world: World } | { ok: false; path: string; message: string };

export type { Iso };
