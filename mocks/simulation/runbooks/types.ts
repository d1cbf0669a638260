/**
 * Runbooks (docs/runbooks.md §1–§3): a drill whose steps are conditions on the simulated world, never
 * on clicks. Pure data, JSON-serialisable; the running run lives in `World.runbook`.
 */
import type {
  RunbookProgress as ContractRunbookProgress,
  RunbookReport as ContractRunbookReport,
  RunbookStepProgress,
} from '../../../contract/runbook-progress';
import type {
  ItemStatus,
  JobScenario,
  JobState,
  MachineType,
  ReplicationDirection,
  ReplicationHealth,
  Site,
} from '../types';

export type Lang = 'en' | 'pt-BR' | 'nl-NL';
export const LANGS: Lang[] = ['en', 'pt-BR', 'nl-NL'];
/** A text per language; `en` is required, the others fall back to it. */
export type Text = { en: string; 'pt-BR'?: string; 'nl-NL'?: string };

/** One value or a list of accepted values. */
export type OneOrMore<T> = T | T[];

/** Which jobs a `job` condition looks at; every field given must match (absent = any). */
export interface JobMatch {
  /** The job's type as the wire's `scenarioName` (Reprotect, UnplannedFailover, …). */
  type?: JobScenario;
  /** The replicated item the job works on (also matches a plan job's machines, RPL-1). */
  item?: string;
  /** The recovery plan of a plan job (RPL-1). */
  plan?: string;
  /** Replication / failover direction of the job's input. */
  direction?: 'AzureToOnPremises' | 'OnPremisesToAzure';
  status?: OneOrMore<JobState>;
  /** An ERR catalog code among the job's errors (e.g. "95226"). */
  errorCode?: string;
}

/** The declarative conditions a step's `done` is made of (documented in docs/runbook-format.md). */
export type Condition =
  | { kind: 'itemStatus'; item: string; status: OneOrMore<ItemStatus> }
  | { kind: 'activeLocation'; item: string; location: Site }
  | { kind: 'replicationDirection'; item: string; direction: ReplicationDirection }
  | { kind: 'replicationHealth'; item: string; health: OneOrMore<ReplicationHealth> }
  | { kind: 'machineType'; item: string; machineType: MachineType }
  | {
      kind: 'itemSettings';
      item: string;
      masterTarget?: string;
      processServer?: string;
      processServerLocation?: Site;
      datastore?: string;
      retentionDrive?: string;
    }
  | ({ kind: 'job' } & JobMatch)
  | { kind: 'vpnConnected'; connected: boolean }
  | { kind: 'vmRunning'; item: string; site: Site; running: boolean }
  | { kind: 'agentRegistered'; item: string; site: Site }
  | { kind: 'processServerHeartbeat'; processServer: string; heartbeat: boolean }
  | { kind: 'vcenterAccount'; account: 'Administrator' | 'ReadOnly' }
  | {
      kind: 'volume';
      masterTarget: string;
      name?: string;
      addedAfterStart?: boolean;
      visible?: boolean;
      offered?: boolean;
    }
  | { kind: 'datastore'; datastore?: string; host?: string; visible?: boolean; offered?: boolean }
  | {
      kind: 'processServer';
      configurationServer: string;
      name?: string;
      location?: Site;
      heartbeat?: boolean;
      visible?: boolean;
    }
  | { kind: 'elapsed'; minutes: number; since: 'start' | { step: string } }
  | { kind: 'allOf'; conditions: Condition[] }
  | { kind: 'anyOf'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition };

export type ConditionKind = Condition['kind'];

export interface RunbookStep {
  id: string;
  title: Text;
  instruction: Text;
  done: Condition;
  hints?: Text[];
  rules?: string[];
  /** A troubleshooting step whose goal is a failed job: that failure is not a mistake. */
  expectFailure?: { errorCode: string };
}

/** The runbook document (docs/runbooks.md §1). `scenario`: a preset id or a whole scenario document. */
export interface RunbookDocument {
  id: string;
  version: number;
  title: Text;
  summary: Text;
  scenario: string | Record<string, unknown>;
  estimatedMinutes: number;
  steps: RunbookStep[];
}

export type { RunbookEvent, StepState } from '../../../contract/runbook-progress';
export type StepProgress = RunbookStepProgress<Text>;
/** What the panel reads (contract/runbook-progress.ts). */
export type RunbookProgress = ContractRunbookProgress<Text>;

/** The document being run; an inline scenario is not kept (the world came from it). */
export interface RunbookRunDocument extends Omit<RunbookDocument, 'scenario'> {
  scenario: string;
}

/** The run stored in the world (`World.runbook`): everything needed to go on evaluating it. */
export interface RunbookRun {
  document: RunbookRunDocument;
  progress: RunbookProgress;
  /** false after Stop runbook: nothing is evaluated any more, the report stays readable. */
  running: boolean;
  /** Failed jobs already judged (`job@endTime`), so each failure counts once. */
  judgedFailures: string[];
}

export type RunbookReport = ContractRunbookReport<Text>;
