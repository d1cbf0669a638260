/**
 * Input validation of startOperation: step 8 of docs/api.md §5 (400 InvalidParameter with `target`
 * naming the ARM field). Returns the canonical input (names as stored) or the error.
 */
import { invalidParameter } from './errors';
import {
  datastoreField,
  masterTargetField,
  policyField,
  processServerField,
  retentionDriveField,
  type FieldEligibility,
} from './fields';
import { findByName, sameName } from './lookup';
import { chosenRecoveryPoint, pointsOf } from './recovery-points';
import { validateTestFailover } from './test-failover';
import type { OperationInput, ReplicatedItem, SimError, World } from './types';

const PSD = 'properties.providerSpecificDetails';
type Checked<T> = { ok: true; value: T } | { ok: false; error: SimError };

/** Pick `value` from a field: required, known, and offered (else the exclusion's rule). */
function pick(
  f: FieldEligibility,
  value: string,
  target: string,
  what: string,
  requiredRule?: string,
): Checked<string> {
  if (!value) {
    const msg =
      requiredRule === 'RP-1'
        ? `A ${what} is required, even when the disks already exist`
        : `A ${what} is required`;
    return { ok: false, error: invalidParameter(target, msg, requiredRule) };
  }
  const offered = f.options.find((o) => sameName(o.value, value));
  if (offered) return { ok: true, value: offered.value };
  const excluded = f.excluded.find((o) => sameName(o.value, value));
  if (excluded) {
    return {
      ok: false,
      error: invalidParameter(
        target,
        `${capital(what)} '${excluded.value}' cannot be used: ${excluded.reason}`,
        excluded.ruleId,
      ),
    };
  }
  return {
    ok: false,
    error: invalidParameter(target, `${capital(what)} '${value}' is not available for this machine`),
  };
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The direction an item's re-protect must take (LIFE-3 / LIFE-6, HV-6). */
export const reprotectDirection = (item: ReplicatedItem) =>
  item.activeSite === 'Azure' && item.machineType !== 'HyperVVM' ? 'AzureToOnPremises' : 'OnPremisesToAzure';

const armDirection = (d: string) => (d === 'AzureToOnPremises' ? 'RecoveryToPrimary' : 'PrimaryToRecovery');

function reprotect(
  world: World,
  item: ReplicatedItem,
  input: Extract<OperationInput, { kind: 'Reprotect' }>,
): Checked<OperationInput> {
  const expected = reprotectDirection(item);
  if (input.direction !== expected) {
    const rule = expected === 'AzureToOnPremises' ? 'LIFE-3' : 'LIFE-6';
    return {
      ok: false,
      error: invalidParameter(
        'properties.failoverDirection',
        `'${item.name}' re-protects with failoverDirection ${armDirection(expected)}`,
        rule,
      ),
    };
  }
  if (input.direction === 'OnPremisesToAzure') {
    if (item.machineType === 'HyperVVM')
      return { ok: true, value: { ...input, processServer: input.processServer ?? '' } };
    const ps = pick(
      processServerField(world, item, false),
      input.processServer,
      `${PSD}.processServerId`,
      'process server',
    );
    return ps.ok ? { ok: true, value: { ...input, processServer: ps.value } } : ps;
  }
  const mt = pick(
    masterTargetField(world, item),
    input.masterTarget,
    `${PSD}.masterTargetId`,
    'master target server',
  );
  if (!mt.ok) return mt;
  const ps = pick(
    processServerField(world, item, true),
    input.processServer,
    `${PSD}.processServerId`,
    'process server',
  );
  if (!ps.ok) return ps;
  const server = findByName(world.masterTargets, mt.value);
  if (!server)
    return {
      ok: false,
      error: invalidParameter(`${PSD}.masterTargetId`, `Master target server '${mt.value}' was not found`),
    };
  const ds = pick(
    datastoreField(world, server),
    input.datastore,
    `${PSD}.datastoreName`,
    'datastore',
    'RP-1',
  );
  if (!ds.ok) {
    // A datastore of another host gets the DS-1 explanation rather than a generic one.
    const elsewhere = findByName(world.datastores, input.datastore);
    if (elsewhere && elsewhere.host !== server.host) {
      return {
        ok: false,
        error: invalidParameter(
          `${PSD}.datastoreName`,
          `Datastore '${elsewhere.name}' is not attached to the master target's ESXi host ${server.host}`,
          'DS-1',
        ),
      };
    }
    return ds;
  }
  const rv = pick(
    retentionDriveField(world, server),
    input.retentionDrive,
    `${PSD}.retentionDrive`,
    'retention drive',
  );
  if (!rv.ok) return rv;
  const policies = policyField(world);
  const policy = input.policy
    ? pick(policies, input.policy, `${PSD}.profileId`, 'policy', 'POL-2')
    : { ok: true as const, value: policies.default ?? '' };
  if (!policy.ok) {
    return {
      ok: false,
      error: invalidParameter(
        `${PSD}.profileId`,
        `Only the failback policy ${policies.default ?? ''} can be used`,
        'POL-2',
      ),
    };
  }
  return {
    ok: true,
    value: {
      ...input,
      masterTarget: mt.value,
      processServer: ps.value,
      datastore: ds.value,
      retentionDrive: rv.value,
      policy: policy.value,
    },
  };
}

function failover(
  world: World,
  item: ReplicatedItem,
  input: Extract<OperationInput, { kind: 'UnplannedFailover' }>,
): Checked<OperationInput> {
  if (input.direction !== item.direction) {
    return {
      ok: false,
      error: invalidParameter(
        'properties.failoverDirection',
        `'${item.name}' fails over with failoverDirection ${armDirection(item.direction)}`,
        'FO-3',
      ),
    };
  }
  // LIFE-7: a failback needs a recovery point of the failback replication.
  const chosen = chosenRecoveryPoint(
    world,
    item,
    input,
    item.direction === 'AzureToOnPremises' ? 'LIFE-7' : 'FO-1',
  );
  if (!chosen.ok) return chosen;
  return { ok: true, value: { ...input, recoveryPointId: chosen.point.id } };
}

/** HV-1..5: direction shown by the blade, encryption key, alternate location. */
function plannedFailover(
  item: ReplicatedItem,
  input: Extract<OperationInput, { kind: 'PlannedFailover' }>,
): Checked<OperationInput> {
  const expected = item.activeSite === 'Azure' ? 'AzureToOnPremises' : 'OnPremisesToAzure';
  const fail = (target: string, message: string, rule: string): Checked<OperationInput> => ({
    ok: false,
    error: invalidParameter(target, message, rule),
  });
  if (input.direction !== expected) {
    return fail(
      'properties.failoverDirection',
      `'${item.name}' fails over with failoverDirection ${armDirection(expected)}`,
      'HV-1',
    );
  }
  if (expected === 'OnPremisesToAzure') return { ok: true, value: input };
  if (item.encrypted && !input.encryptionKey) {
    return fail(
      `${PSD}.primaryKekCertificatePfx`,
      `'${item.name}' is encrypted: the encryption key (certificate) is required`,
      'HV-4',
    );
  }
  if (!item.onPremisesVm.exists && !input.createVmIfNotFound) {
    return fail(
      `${PSD}.recoveryVmCreationOption`,
      `The on-premises VM of '${item.name}' doesn't exist: choose to create it`,
      'HV-5',
    );
  }
  if (!item.onPremisesVm.exists && !input.hostName) {
    return fail(
      `${PSD}.providerIdForAlternateRecovery`,
      'A host name is required to create the on-premises VM',
      'HV-5',
    );
  }
  return { ok: true, value: input };
}

export function validateInput(
  world: World,
  item: ReplicatedItem,
  input: OperationInput,
): Checked<OperationInput> {
  switch (input.kind) {
    case 'Reprotect':
      return reprotect(world, item, input);
    case 'UnplannedFailover':
      return failover(world, item, input);
    case 'ApplyRecoveryPoint': {
      const point = pointsOf(world, item.name).find((p) => sameName(p.id, input.recoveryPointId));
      if (!point)
        return {
          ok: false,
          error: invalidParameter(
            'properties.recoveryPointId',
            `Recovery point '${input.recoveryPointId}' was not found for '${item.name}'`,
            'FO-1',
          ),
        };
      return { ok: true, value: { ...input, recoveryPointId: point.id } };
    }
    case 'PlannedFailover':
      return plannedFailover(item, input);
    case 'TestFailover':
      return validateTestFailover(world, item, input); // TF-1
    default:
      return { ok: true, value: input };
  }
}
