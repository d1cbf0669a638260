/** The ARM JSON shapes the app reads (docs/api.md §3), only the fields it uses. */
import type {
  RunbookProgress as ContractRunbookProgress,
  RunbookReport as ContractRunbookReport,
  RunbookStepProgress,
  StepState,
} from '../../contract/runbook-progress';

export interface ArmList<T> {
  value: T[];
  nextLink?: string;
}

export interface ArmResource<P> {
  id: string;
  name: string;
  type: string;
  properties: P;
}

export interface HealthError {
  errorCode: string;
  summaryMessage?: string;
  errorMessage: string;
  possibleCauses?: string;
  recommendedAction?: string;
  errorLevel: 'Error' | 'Warning';
  creationTimeUtc?: string;
}

export interface ItemProperties {
  friendlyName: string;
  protectedItemType: string;
  primaryFabricFriendlyName: string;
  recoveryFabricFriendlyName: string;
  /** Primary → On-premises, Recovery → Azure. */
  activeLocation: 'Primary' | 'Recovery';
  protectionState: string;
  protectionStateDescription: string;
  /** TF-1..3: `None` unless a test failover runs or waits for cleanup. */
  testFailoverState?: string;
  replicationHealth: 'Normal' | 'Warning' | 'Critical' | 'None';
  allowedOperations: string[];
  healthErrors: HealthError[];
  currentScenario: { scenarioName: string; jobId: string; startTime: string };
  policyFriendlyName?: string;
  lastSuccessfulFailoverTime?: string;
  providerSpecificDetails: {
    instanceType: 'InMageAzureV2' | 'InMage' | 'HyperVReplicaAzure';
    discoveryType?: string;
    osType?: string;
    osName?: string;
    processServerId?: string;
    processServerName?: string;
    masterTargetId?: string;
    rpoInSeconds?: number;
    lastHeartbeat?: string;
    datastores?: string[];
    retentionDrive?: string;
    encryption?: string;
    /** Simulator extras (not ARM fields) the blades need. */
    machineType?: 'VMwareVM' | 'PhysicalServer' | 'HyperVVM';
    replicationDirection?: 'OnPremisesToAzure' | 'AzureToOnPremises' | 'None';
    replicationGroup?: string | null;
    recoveryPlan?: string | null;
    [key: string]: unknown;
  };
}
export type ArmItem = ArmResource<ItemProperties>;

export interface RecoveryPointProperties {
  recoveryPointTime: string;
  recoveryPointType: 'CrashConsistent' | 'ApplicationConsistent';
}
export type ArmRecoveryPoint = ArmResource<RecoveryPointProperties>;

export interface JobServiceError {
  code: string;
  message: string;
  possibleCauses: string;
  recommendedAction: string;
}
export interface JobError {
  errorLevel: string;
  creationTime: string;
  taskId: string;
  serviceErrorDetails: JobServiceError;
  providerErrorDetails?: { errorCode: number; errorMessage: string };
}
export interface JobTask {
  taskId: string;
  name: string;
  friendlyName: string;
  state: string;
  stateDescription: string;
  startTime?: string;
  endTime?: string;
  errors: JobError[];
}
export interface JobProperties {
  scenarioName: string;
  friendlyName: string;
  /** NotStarted | InProgress | Succeeded | Failed | Cancelled | Suspended */
  state: string;
  stateDescription: string;
  startTime: string;
  endTime?: string;
  allowedActions: string[];
  targetObjectId?: string;
  targetObjectName?: string;
  tasks: JobTask[];
  errors: JobError[];
  /** TF-1, TF-3: TestFailoverJobDetails carry the network and the cleanup's notes (`comments`). */
  customDetails?: { instanceType: string; comments?: string; networkName?: string; [key: string]: unknown };
}
export type ArmJob = ArmResource<JobProperties>;

export interface ClockState {
  now: string;
  /** 0 = paused. */
  speed: 0 | 1 | 10 | 60 | 600;
  runningJobs: number;
}

export interface NotificationEntry {
  id: string;
  /** The job's ARM id (`…/replicationJobs/{name}`); '' for a notice without a job. */
  jobId: string;
  /** The job's name (the URL segment of the job blade); '' for a notice without a job. */
  jobName?: string;
  /** English title from the backend; the portal shows it translated from the two fields below. */
  title: string;
  /** The job's scenarioName (docs/api.md §3.3), when the job still exists. */
  scenarioName?: string;
  /** The plan or item the title names, or null when it names none. */
  targetName?: string | null;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Cancelled' | 'WaitingForInput';
  time: string;
  read: boolean;
}

export interface RuleReason {
  ruleId: string;
  message: string;
}
export interface VaultEligibility {
  value: {
    itemId: string;
    /** The item's name (simulator extra). */
    name?: string;
    operations: Record<string, { allowed: boolean; reasons: RuleReason[] }>;
  }[];
}

export interface FieldOption {
  value: string;
  label: string;
}
export interface FieldEligibility {
  options: FieldOption[];
  excluded: (FieldOption & { ruleId: string; reason: string })[];
  default: string | null;
  readOnly: boolean;
}
/** `{S}{I}/eligibility?operation=…` : per input field. */
export type ItemFieldEligibility = Record<string, FieldEligibility>;

/* Runbooks (docs/runbooks.md §1–§3; the simulator routes' shapes). */

/** A runbook text per language; the API fills a missing pt-BR / nl-NL from English. */
export type RunbookText = Record<'en' | 'pt-BR' | 'nl-NL', string>;

export interface RunbookStepDocument {
  id: string;
  title: RunbookText;
  instruction: RunbookText;
  done: unknown;
  hints?: RunbookText[];
  rules?: string[];
  expectFailure?: { errorCode: string };
}

/** `GET /simulator/runbooks` entries: the document plus whether it ships with the product. */
export interface RunbookEntry {
  id: string;
  version: number;
  title: RunbookText;
  summary: RunbookText;
  scenario: string | Record<string, unknown>;
  estimatedMinutes: number;
  steps: RunbookStepDocument[];
  builtIn: boolean;
}

export type RunbookStepState = StepState;
export type RunbookProgressStep = RunbookStepProgress<RunbookText>;
/** `GET /simulator/runbook`: the running runbook's progress, part of the saved world. */
export type RunbookProgress = ContractRunbookProgress<RunbookText>;
export type RunbookReport = ContractRunbookReport<RunbookText>;
