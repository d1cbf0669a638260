import type { JOB_SCENARIOS, JOB_STATES } from './schema-enums';
import type { Iso, ItemStatus } from './types';

/** Recovery points and jobs: what an operation leaves behind, and what Restart re-runs. */

export type RecoveryPointType = 'CrashConsistent' | 'ApplicationConsistent';

export interface RecoveryPoint {
  id: string;
  item: string;
  time: Iso;
  type: RecoveryPointType;
}

/** ProcessServerDeployment (PS-3, §14) is the second job of Add process server. */
export type JobScenario = (typeof JOB_SCENARIOS)[number];

export type JobState = (typeof JOB_STATES)[number];

export interface JobTask {
  id: string;
  /** Stable task name, e.g. "PrerequisitesCheck". */
  name: string;
  /** English display name; the UI translates by `name`. */
  friendlyName: string;
  state: JobState;
  startTime: Iso | null;
  endTime: Iso | null;
  /** Simulated duration of the task. */
  durationMinutes: number;
  /** Plan jobs (RPL-1): the machine this task works on; absent on item and infrastructure jobs. */
  item?: string;
}

export interface JobError {
  /** ERR catalog code (see errors.ts), e.g. "95226". */
  code: string;
  taskId: string;
  time: Iso;
}

/** The validated operation input, kept so Restart can re-run the job. */
export type OperationInput =
  | {
      kind: 'Reprotect';
      direction: 'AzureToOnPremises';
      masterTarget: string;
      processServer: string;
      datastore: string;
      retentionDrive: string;
      policy: string;
    }
  | { kind: 'Reprotect'; direction: 'OnPremisesToAzure'; processServer: string }
  | {
      kind: 'UnplannedFailover';
      direction: 'AzureToOnPremises' | 'OnPremisesToAzure';
      recoveryPointId: string | null;
      recoveryPointType: 'Latest' | 'LatestProcessed' | 'LatestAppConsistent' | 'Custom';
      shutDownSource: boolean;
    }
  | { kind: 'Commit' }
  /** Change recovery point (applyRecoveryPoint), FailoverCompleted in Azure only. */
  | { kind: 'ApplyRecoveryPoint'; recoveryPointId: string }
  /** Hyper-V planned failover (HV-2..5); from Azure = failback. */
  | {
      kind: 'PlannedFailover';
      direction: 'AzureToOnPremises' | 'OnPremisesToAzure';
      /** HV-3: ForSynchronization = sync before failover, waits for Complete failover; ForDownTime = full download. */
      dataSync: 'ForSynchronization' | 'ForDownTime';
      /** HV-5 */
      createVmIfNotFound: boolean;
      hostName: string | null;
      /** HV-4 */
      encryptionKey: string | null;
    }
  /** TF-1: forward only, from a recovery point (FO-1) into an Azure network (TF-4: production warned). */
  | {
      kind: 'TestFailover';
      /** TF-5: on-premises → Azure only. */
      direction: 'OnPremisesToAzure' | 'AzureToOnPremises';
      recoveryPointId: string | null;
      recoveryPointType: 'Latest' | 'LatestProcessed' | 'LatestAppConsistent' | 'Custom';
      /** The Azure virtual network's name. */
      network: string;
    }
  /** TF-3: the notes are kept in the job. */
  | { kind: 'TestFailoverCleanup'; comments: string }
  /** END-1: MigrationComplete = Complete migration, NotSpecified = Disable replication. */
  | { kind: 'DisableProtection'; reason: 'MigrationComplete' | 'NotSpecified' }
  | { kind: 'Other'; data: Record<string, unknown> };

export interface Job {
  /** GUID-like name, also the URL segment. */
  name: string;
  scenario: JobScenario;
  /** The item the job works on (null for infrastructure jobs). */
  item: string | null;
  state: JobState;
  startTime: Iso;
  endTime: Iso | null;
  tasks: JobTask[];
  errors: JobError[];
  input: OperationInput;
  /** Item status to return to if the job fails or is cancelled. */
  revertStatus: ItemStatus | null;
  /** RPL-1: the recovery plan a plan job runs for (null/absent: not a plan job). */
  plan?: string | null;
  /** RPL-1: a plan job's machines, each with its own validated input and status to return to. */
  machines?: PlanMachine[];
}

/** One machine of a plan job (RPL-1). */
export interface PlanMachine {
  item: string;
  input: OperationInput;
  revertStatus: ItemStatus;
}
