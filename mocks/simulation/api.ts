/**
 * The simulation's public surface: the only module the HTTP skin (mocks/handlers) imports from
 * mocks/simulation. Every function is pure: it takes a World and returns a new one (or an error),
 * never mutating its argument. Rule ids in comments point at docs/rules.md.
 * Implementations live in the modules re-exported below; signatures are documented here.
 */
import type { Iso } from './types';

export type * from './types';

// ---------------------------------------------------------------- scenarios

/** Presets, `default` first (docs/ui-names.md §10): listScenarios(): ScenarioInfo[]. */
/** A fresh world for a preset, or null when the id is unknown: loadScenario(id): World | null. */
export { listScenarios, loadScenario, type ScenarioInfo } from './scenarios';

// ---------------------------------------------------------------- clock

/**
 * advanceClock(world, minutes): advance simulated time, running jobs, discovery and recovery
 * points on the way. advanceUntilJobsFinish(world): until no job is NotStarted/InProgress
 * (Suspended jobs wait for input and do not count); capped at 7 days. setSpeed, runningJobCount.
 */
export { advanceClock, advanceUntilJobsFinish, runningJobCount, setSpeed } from './clock';

// ---------------------------------------------------------------- eligibility (read)

/**
 * operationEligibility(world, item): per operation, whether the item's state allows it and why
 * not (LIFE-*, RP-5, HV-2…). allowedOperations(world, item): ARM names (docs/api.md §3.1 table).
 */
export { allowedOperations, operationEligibility } from './eligibility';

/**
 * fieldEligibility(world, item, operation, {masterTarget?}): form fields for an operation
 * (docs/api.md §2.2 `{S}{I}/eligibility`). For reProtect Azure → on-premises: direction,
 * masterTarget (MT-1), processServer (PS-2, PS-4), and, when a master target is given,
 * datastore (DS-1..5) and retentionDrive (RV-1..7, default RV-6); policy (POL-2, readOnly).
 * On-premises → Azure: processServer (on-prem with heartbeat). unplannedFailover /
 * applyRecoveryPoint: recoveryPoint options (FO-1).
 */
export { fieldEligibility, type ExcludedOption, type FieldEligibility, type FieldOption } from './fields';

// ---------------------------------------------------------------- operations (write)

/**
 * startOperation(world, item, input): validate and start the job. Errors follow docs/api.md §5:
 * 404 unknown item, 409 another job running on the item, 400 OperationNotAllowed (state /
 * RP-5), 400 InvalidParameter with `target` (an ineligible or unknown value). Failures the
 * rules place at job time (RP-2, RP-4/95226, 78093, LIFE-11 …) are not errors here.
 */
export { startOperation } from './operations';
/** restartJob (Failed only), cancelJob (running), resumeJob (Suspended only, HV-3). */
export { cancelJob, restartJob, resumeJob } from './jobs';

// ---------------------------------------------------------------- lab, role, notifications

/** JSON Merge Patch of the Lab document (docs/api.md §2.2 `{S}/lab`); unknown key/name/type → 400. */
export { labDocument, patchLab } from './lab';
/** refreshConfigurationServer: discovery now (Refresh server, RV-7). */
export { clearNotifications, markNotificationRead, refreshConfigurationServer, setRole } from './misc';

// ---------------------------------------------------------------- process servers (PS-3..5)

/**
 * deploymentOptions(world): the PS-3 pane's choices. addProcessServer(world, fabric, body) and
 * removeProcessServer(world, fabric, name): validate, then start job AddProcessServer /
 * RemoveProcessServer (no item); the new PS is visible 12 simulated minutes after its job.
 */
export { addProcessServer, deploymentOptions, removeProcessServer } from './process-servers';

/**
 * What the configuration server shows: visibleVolumes(world, mt) (RV-7), visibleDatastores(world,
 * mt) (DS-4, RV-7), visibleProcessServers(world, cs) (PS-3); discovered(world, cs, addedAt).
 */
export * from './visibility';

/**
 * failureLasts(world, job): the failed job's problem still holds (item healthErrors, docs/api.md §5).
 * lastingJobErrors(world, item): the errors of the item's latest job while they last (RPL-1).
 */
export { failureLasts, lastingJobErrors } from './failures-health';

/** The JSON Schema of a scenario file (z.toJSONSchema of the world schema). */
export { scenarioJsonSchema } from './scenario-schema';
/** Shared values are frozen; the fuzz suite freezes its worlds the same way. */
export { deepFreeze } from './frozen';

// ---------------------------------------------------------------- errors catalog

/** ERR catalog (docs/rules.md §10): documented codes plus own codes from 990000. */
export { catalogEntry, type CatalogEntry } from './errors';

// ---------------------------------------------------------------- persistence

/** serializeWorld: versioned JSON text. parseWorld: validate, with the JSON path of the first problem. */
export { WORLD_FORMAT, parseOwnWorld, parseWorld, serializeWorld } from './persistence';

/**
 * worldReferenceProblems(world): every dangling name with its JSON path (import refuses them; the
 * fuzz tests check none appears). ITEM_TRANSITIONS: the LIFE / HV state machines as data.
 */
export { worldReferenceProblems, type ReferenceProblem } from './references';
export {
  ITEM_TRANSITIONS,
  itemState,
  transitionRule,
  type ItemState,
  type ItemTransition,
} from './state-machine';

export type { Iso };

/** Lists written once (docs/ui-names.md §3, §6): item statuses, job scenarios and their English titles. */
export { IN_PROGRESS_STATUSES, ITEM_STATUSES, JOB_SCENARIOS, JOB_STATES } from './schema-enums';
export { scenarioTitle } from './lookup';
export { OPERATION_NAMES } from '../../contract/operations';

// ---------------------------------------------------------------- recovery plans (RPL-1..3)

/**
 * planOperationEligibility(world, plan): per plan operation (reProtect, unplannedFailover,
 * plannedFailover, failoverCommit) whether every machine allows it, reasons naming machines.
 * startPlanOperation(world, plan, input): one job for the plan (Job.plan, tasks per machine);
 * 404 plan, 409 a machine busy, 400 OperationNotAllowed, 400 InvalidParameter (RP-3, RPL-3, LIFE-7).
 */
export { PLAN_OPERATIONS, planOperationEligibility, startPlanOperation } from './plan-operations';
export {
  commonAppConsistentTime,
  type PlanOperationInput,
  type PlanOperationName,
  type PlanPlannedFailoverValues,
  type PlanRecoveryPointType,
  type PlanReprotectValues,
} from './plan-inputs';

// ---------------------------------------------------------------- runbooks (docs/runbooks.md §1–§3)

/**
 * startRunbook(doc, realMs): the runbook's scenario with the clock paused and the run started.
 * evaluateRunbook(world, realMs): progress after any change (the runtime calls it on every
 * commit and clock catch-up; real time is passed in). revealHint, recordMistake, stopRunbook,
 * runbookProgress, buildReport. parseRunbook validates an imported document (JSON paths). The
 * runbooks' surface is their barrel, runbooks/index.ts, re-exported whole.
 */
export * from './runbooks';
export type * from './runbooks/types';
/** Large worlds for benchmarks and scale tests: N copies of a scenario's items. */
export { buildBenchWorld, timeAdvance, type AdvanceTiming } from './bench-world';

// ---------------------------------------------------------------- lists (docs/api.md §2.3)

/**
 * ARM lists in pages: listItems(world, {filter, orderBy, skipToken}, fabric?), listJobs(world, query),
 * listPage(rows, query, PLAIN) for lists without filters; itemCounts(world, filter) for counts without
 * the items. Bad `$filter` / `$orderby` / `$skipToken` → 400 InvalidParameter. Item facts shared with
 * the item JSON: itemHealth, itemRpoSeconds, itemFabricName, itemInstanceType.
 */
export { HEALTHS, itemCounts, listItems, listJobs, type ItemCounts } from './listing';
export { PAGE_SIZE, PLAIN, listPage, type ListQuery, type Page, type Read } from './list-query';
export {
  HYPERV_SITE,
  itemFabricName,
  itemHealth,
  itemInstanceType,
  itemProtectedNow,
  itemReplicating,
  itemRpoSeconds,
} from './item-facts';
