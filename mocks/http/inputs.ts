/**
 * ARM action inputs (docs/api.md §3.2) → the simulation's OperationInput. Only the shape is checked
 * here (400 InvalidRequestContent, check #5); whether values are eligible is the simulation's
 * call (409, OperationNotAllowed, InvalidParameter come after, in that order).
 */
import type { OperationInput, OperationName } from '../simulation/api';
import { invalidContent } from './arm-error';
import { isObject, nameFromId } from './request';

export type InputResult = { ok: true; input: OperationInput } | { ok: false; response: Response };

const PSD = 'properties.providerSpecificDetails';

const join = (path: string, name: string): string => (path ? `${path}.${name}` : name);

class ShapeError extends Error {
  constructor(
    readonly target: string,
    readonly issue: string,
  ) {
    super(issue);
  }
}

function str(
  obj: Record<string, unknown>,
  name: string,
  path: string,
  required: boolean,
): string | undefined {
  const value = obj[name];
  if (value === undefined || value === null) {
    if (required)
      throw new ShapeError(join(path, name), `the required field '${join(path, name)}' is missing.`);
    return undefined;
  }
  if (typeof value !== 'string')
    throw new ShapeError(join(path, name), `the field '${join(path, name)}' must be a string.`);
  return value;
}

function oneOf<T extends string>(
  obj: Record<string, unknown>,
  name: string,
  path: string,
  values: readonly T[],
  required: boolean,
): T | undefined {
  const value = str(obj, name, path, required);
  if (value === undefined) return undefined;
  const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
  if (!match)
    throw new ShapeError(
      join(path, name),
      `'${value}' is not a valid value for '${join(path, name)}' (${values.join(', ')}).`,
    );
  return match;
}

function obj(parent: Record<string, unknown>, name: string, path: string, required: boolean) {
  const value = parent[name];
  if (value === undefined || value === null) {
    if (required)
      throw new ShapeError(join(path, name), `the required field '${join(path, name)}' is missing.`);
    return undefined;
  }
  if (!isObject(value))
    throw new ShapeError(join(path, name), `the field '${join(path, name)}' must be an object.`);
  return value;
}

const DIRECTIONS = ['PrimaryToRecovery', 'RecoveryToPrimary'] as const;

function reProtect(props: Record<string, unknown>): OperationInput {
  const direction = oneOf(props, 'failoverDirection', 'properties', DIRECTIONS, true);
  const details = obj(props, 'providerSpecificDetails', 'properties', direction === 'RecoveryToPrimary')!;
  if (direction === 'RecoveryToPrimary') {
    oneOf(details, 'instanceType', PSD, ['InMage'] as const, true);
    // ARM requires these four; datastoreName is the simulation's own requirement (RP-1), so a
    // missing one reaches the simulation as '' and is refused there as InvalidParameter.
    const masterTarget = str(details, 'masterTargetId', PSD, true)!;
    const processServer = str(details, 'processServerId', PSD, true)!;
    const retentionDrive = str(details, 'retentionDrive', PSD, true)!;
    const profile = str(details, 'profileId', PSD, true)!;
    const datastore = str(details, 'datastoreName', PSD, false) ?? '';
    return {
      kind: 'Reprotect',
      direction: 'AzureToOnPremises',
      masterTarget: nameFromId(masterTarget),
      processServer: nameFromId(processServer),
      datastore,
      retentionDrive,
      policy: nameFromId(profile), // POL-2: the failback policy's id or name
    };
  }
  const instanceType = details
    ? oneOf(details, 'instanceType', PSD, ['InMageAzureV2', 'HyperVReplicaAzure'] as const, true)
    : undefined;
  // HV-6 Reverse replicate needs no process server; LIFE-6 requires one (checked by the simulation).
  const processServer =
    details && instanceType === 'InMageAzureV2' ? str(details, 'processServerId', PSD, false) : '';
  return {
    kind: 'Reprotect',
    direction: 'OnPremisesToAzure',
    processServer: nameFromId(processServer ?? ''),
  };
}

const POINT_TYPES = ['LatestTime', 'LatestTag', 'Custom'] as const;

function unplannedFailover(props: Record<string, unknown>): OperationInput {
  const direction = oneOf(props, 'failoverDirection', 'properties', DIRECTIONS, true);
  const siteOps = oneOf(
    props,
    'sourceSiteOperations',
    'properties',
    ['Required', 'NotRequired'] as const,
    false,
  );
  const details = obj(props, 'providerSpecificDetails', 'properties', false);
  if (direction === 'RecoveryToPrimary') {
    // LIFE-4, FO-1: InMage carries the point type; FO-3: the Azure VM is always shut down.
    if (details) oneOf(details, 'instanceType', PSD, ['InMage'] as const, true);
    const type = details ? oneOf(details, 'recoveryPointType', PSD, POINT_TYPES, false) : undefined;
    const pointId = details ? str(details, 'recoveryPointId', PSD, type === 'Custom') : undefined;
    return {
      kind: 'UnplannedFailover',
      direction: 'AzureToOnPremises',
      recoveryPointId: pointId ? nameFromId(pointId) : null,
      recoveryPointType:
        type === 'Custom' || (type === undefined && pointId)
          ? 'Custom'
          : type === 'LatestTag'
            ? 'LatestAppConsistent'
            : 'Latest',
      shutDownSource: true,
    };
  }
  if (details) oneOf(details, 'instanceType', PSD, ['InMageAzureV2', 'HyperVReplicaAzure'] as const, true);
  const pointId = details ? str(details, 'recoveryPointId', PSD, false) : undefined;
  // FO-1: Latest = no recoveryPointId; any chosen point (processed, app-consistent, custom) travels as its id.
  return {
    kind: 'UnplannedFailover',
    direction: 'OnPremisesToAzure',
    recoveryPointId: pointId ? nameFromId(pointId) : null,
    recoveryPointType: pointId ? 'Custom' : 'Latest',
    shutDownSource: siteOps === 'Required',
  };
}

function plannedFailover(props: Record<string, unknown>): OperationInput {
  const direction = oneOf(props, 'failoverDirection', 'properties', DIRECTIONS, true);
  const details = obj(props, 'providerSpecificDetails', 'properties', false);
  const data: Record<string, unknown> = { operation: 'plannedFailover', failoverDirection: direction };
  if (details) {
    const type = oneOf(
      details,
      'instanceType',
      PSD,
      ['HyperVReplicaAzureFailback', 'HyperVReplicaAzure'] as const,
      true,
    );
    data.instanceType = type;
    // HV-3, HV-5, HV-4 (the key travels in primaryKekCertificatePfx, inferred).
    data.dataSyncOption = oneOf(
      details,
      'dataSyncOption',
      PSD,
      ['ForSynchronization', 'ForDownTime'] as const,
      false,
    );
    data.recoveryVmCreationOption = oneOf(
      details,
      'recoveryVmCreationOption',
      PSD,
      ['NoAction', 'CreateVmIfNotFound'] as const,
      false,
    );
    const provider = str(details, 'providerIdForAlternateRecovery', PSD, false);
    if (provider) data.providerIdForAlternateRecovery = nameFromId(provider);
    const key = str(details, 'primaryKekCertificatePfx', PSD, false);
    if (key) data.primaryKekCertificatePfx = key;
  }
  return { kind: 'Other', data };
}

function applyRecoveryPoint(props: Record<string, unknown>): OperationInput {
  const pointId = str(props, 'recoveryPointId', 'properties', true)!;
  const details = obj(props, 'providerSpecificDetails', 'properties', false);
  if (details)
    oneOf(details, 'instanceType', PSD, ['InMageAzureV2', 'HyperVReplicaAzure', 'InMage'] as const, true);
  return { kind: 'ApplyRecoveryPoint', recoveryPointId: nameFromId(pointId) };
}

/** TF-1: TestFailoverInput; Latest = no recoveryPointId (FO-1), a chosen point travels as its id. */
function testFailover(props: Record<string, unknown>): OperationInput {
  const direction = oneOf(props, 'failoverDirection', 'properties', DIRECTIONS, true);
  str(props, 'networkType', 'properties', false);
  const networkId = str(props, 'networkId', 'properties', false) ?? '';
  const details = obj(props, 'providerSpecificDetails', 'properties', false);
  if (details)
    oneOf(details, 'instanceType', PSD, ['InMageAzureV2', 'HyperVReplicaAzure', 'InMage'] as const, true);
  const pointId = details ? str(details, 'recoveryPointId', PSD, false) : undefined;
  return {
    kind: 'TestFailover',
    direction: direction === 'RecoveryToPrimary' ? 'AzureToOnPremises' : 'OnPremisesToAzure',
    network: nameFromId(networkId),
    recoveryPointId: pointId ? nameFromId(pointId) : null,
    recoveryPointType: pointId ? 'Custom' : 'Latest',
  };
}

/** TF-3: TestFailoverCleanupInput `{properties: {comments}}` (at most 1,024 characters, as ARM). */
function testFailoverCleanup(props: Record<string, unknown>): OperationInput {
  const comments = str(props, 'comments', 'properties', false) ?? '';
  if (comments.length > 1024)
    throw new ShapeError(
      'properties.comments',
      "the field 'properties.comments' is longer than 1024 characters.",
    );
  return { kind: 'TestFailoverCleanup', comments };
}

/** END-1: DisableProtectionInput; MigrationComplete = Complete migration, else Disable replication. */
function remove(props: Record<string, unknown>): OperationInput {
  const reason = oneOf(
    props,
    'disableProtectionReason',
    'properties',
    ['NotSpecified', 'MigrationComplete'] as const,
    false,
  );
  obj(props, 'replicationProviderInput', 'properties', false);
  return { kind: 'DisableProtection', reason: reason ?? 'NotSpecified' };
}

/** The ARM item actions served (docs/api.md §2.1); `remove` is Complete migration or Disable replication. */
export type ItemAction = Exclude<OperationName, 'completeMigration' | 'disableReplication'> | 'remove';

/** Map the body of an item action; undefined body = `{}`. */
export function mapItemInput(action: ItemAction, body: Record<string, unknown> | undefined): InputResult {
  try {
    if (action === 'failoverCommit') return { ok: true, input: { kind: 'Commit' } };
    const props = obj(body ?? {}, 'properties', '', action !== 'remove') ?? {};
    const mappers: Record<
      Exclude<ItemAction, 'failoverCommit'>,
      (p: Record<string, unknown>) => OperationInput
    > = {
      reProtect,
      unplannedFailover,
      plannedFailover,
      applyRecoveryPoint,
      testFailover,
      testFailoverCleanup,
      remove,
    };
    return { ok: true, input: mappers[action](props) };
  } catch (error) {
    if (error instanceof ShapeError)
      return { ok: false, response: invalidContent(error.target, error.issue) };
    throw error;
  }
}

/** Simulation field names → ARM body paths, for `target` of InvalidParameter (docs/api.md §5 #8). */
const TARGETS: Record<string, string> = {
  masterTarget: `${PSD}.masterTargetId`,
  processServer: `${PSD}.processServerId`,
  datastore: `${PSD}.datastoreName`,
  retentionDrive: `${PSD}.retentionDrive`,
  policy: `${PSD}.profileId`,
  recoveryPointId: 'properties.recoveryPointId',
  recoveryPoint: `${PSD}.recoveryPointId`,
  direction: 'properties.failoverDirection',
  failoverDirection: 'properties.failoverDirection',
  network: 'properties.networkId',
};

export function armTarget(target: string): string {
  if (target.startsWith('properties')) return target;
  return TARGETS[target] ?? target;
}
