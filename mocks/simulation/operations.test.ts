// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { startOperation } from './operations';
import { failover, fresh, itemOf, reprotectBack, unwrap } from './test-helpers';

describe('startOperation: validation (docs/api.md §5 order)', () => {
  it('404 ResourceNotFound for an unknown item', () => {
    const r = startOperation(fresh(), 'nope', reprotectBack());
    expect(r.ok ? null : r.error).toMatchObject({ status: 404, code: 'ResourceNotFound' });
  });

  it('409: another job running on the item; nothing is created', () => {
    const first = unwrap(startOperation(fresh(), 'web-01', reprotectBack()));
    const r = startOperation(first.world, 'web-01', reprotectBack());
    expect(r.ok ? null : r.error).toMatchObject({
      status: 409,
      code: 'OperationNotAllowed',
      message: `Another operation (Reprotect, job ${first.value.job.name}) is in progress on 'web-01'. Wait for it to finish.`,
    });
  });

  it('RP-5: 400 OperationNotAllowed with the rule for legacy-01', () => {
    const r = startOperation(fresh(), 'legacy-01', reprotectBack());
    expect(r.ok ? null : r.error).toMatchObject({ status: 400, code: 'OperationNotAllowed', ruleId: 'RP-5' });
    expect(r.ok ? '' : r.error.message).toMatch(/\(RP-5\)\.$/);
  });

  it('RP-3: item-level re-protect of a replication group member is refused', () => {
    const r = startOperation(fresh(), 'web-02', reprotectBack());
    expect(r.ok ? null : r.error).toMatchObject({ status: 400, code: 'OperationNotAllowed', ruleId: 'RP-3' });
  });

  it('RP-1: the datastore is required, target datastoreName', () => {
    const r = startOperation(fresh(), 'web-01', reprotectBack({ datastore: '' }));
    expect(r.ok ? null : r.error).toMatchObject({
      status: 400,
      code: 'InvalidParameter',
      target: 'properties.providerSpecificDetails.datastoreName',
      ruleId: 'RP-1',
    });
  });

  it('DS-1: an NFS datastore is refused with its rule and target', () => {
    const r = startOperation(fresh(), 'web-01', reprotectBack({ datastore: 'datastore-nfs-01' }));
    expect(r.ok ? null : r.error).toMatchObject({
      target: 'properties.providerSpecificDetails.datastoreName',
      ruleId: 'DS-1',
    });
    const other = startOperation(fresh(), 'web-01', reprotectBack({ datastore: 'datastore-vmfs-02' }));
    expect(other.ok ? null : other.error).toMatchObject({ ruleId: 'DS-1' });
  });

  it('MT-1, PS-2, RV-3, POL-2: ineligible values name their field and rule', () => {
    const cases = [
      [{ masterTarget: 'mt-linux-01' }, 'masterTargetId', 'MT-1'],
      [{ processServer: 'ps-scaleout-02' }, 'processServerId', 'PS-2'],
      [{ retentionDrive: 'C:' }, 'retentionDrive', 'RV-3'],
      [{ policy: 'contoso-policy' }, 'profileId', 'POL-2'],
    ] as const;
    for (const [over, field, rule] of cases) {
      const r = startOperation(fresh(), 'web-01', reprotectBack(over));
      expect(r.ok ? null : r.error).toMatchObject({
        status: 400,
        target: `properties.providerSpecificDetails.${field}`,
        ruleId: rule,
      });
    }
  });

  it('LIFE-3: a wrong direction is an InvalidParameter on failoverDirection', () => {
    const r = startOperation(fresh(), 'web-01', {
      kind: 'Reprotect',
      direction: 'OnPremisesToAzure',
      processServer: 'cs-01',
    });
    expect(r.ok ? null : r.error).toMatchObject({ target: 'properties.failoverDirection', ruleId: 'LIFE-3' });
  });

  it('names match case-insensitively and are stored as spelled', () => {
    const { value } = unwrap(
      startOperation(
        fresh(),
        'WEB-01',
        reprotectBack({ masterTarget: 'CS-01', datastore: 'DATASTORE-VMFS-01', retentionDrive: 'r:' }),
      ),
    );
    expect(value.job.item).toBe('web-01');
    expect(value.job.input).toMatchObject({
      masterTarget: 'cs-01',
      datastore: 'datastore-vmfs-01',
      retentionDrive: 'R:',
    });
  });
});

describe('startOperation: the job', () => {
  it('creates an InProgress Reprotect job with timed tasks, first one running (web-01 → 8 min transfer)', () => {
    const before = fresh();
    const snapshot = structuredClone(before);
    const { world, value } = unwrap(startOperation(before, 'web-01', reprotectBack()));
    expect(before).toEqual(snapshot); // pure
    const job = value.job;
    expect(job).toMatchObject({
      scenario: 'Reprotect',
      item: 'web-01',
      state: 'InProgress',
      startTime: world.now,
      endTime: null,
      revertStatus: 'FailoverCommitted',
    });
    expect(job.tasks.map((t) => [t.name, t.durationMinutes, t.state])).toEqual([
      ['PrerequisitesCheck', 1, 'InProgress'],
      ['PrepareForReprotect', 2, 'NotStarted'],
      ['InitialReplication', 8, 'NotStarted'],
      ['UpdateProtection', 1, 'NotStarted'],
    ]);
    expect(itemOf(world, 'web-01')).toMatchObject({ status: 'Reprotecting', currentJob: job.name });
    expect(world.notifications).toEqual([
      expect.objectContaining({
        jobName: job.name,
        title: "Reprotect 'web-01'",
        status: 'InProgress',
        read: false,
      }),
    ]);
  });

  it('FO-3: an unplanned failover to Azure without shut-down skips ShutDownSource', () => {
    const { value } = unwrap(
      startOperation(fresh(), 'app-01', { ...failover('OnPremisesToAzure'), shutDownSource: false } as never),
    );
    expect(value.job.tasks.map((t) => t.name)).toEqual(['PrerequisitesCheck', 'Failover', 'StartVm']);
    expect(value.job.input).toMatchObject({ recoveryPointId: expect.any(String) });
  });

  it('FO-1: a custom recovery point must belong to the item', () => {
    const r = startOperation(fresh(), 'app-01', {
      ...failover('OnPremisesToAzure'),
      recoveryPointType: 'Custom',
      recoveryPointId: 'nope',
    } as never);
    expect(r.ok ? null : r.error).toMatchObject({
      target: 'properties.providerSpecificDetails.recoveryPointId',
    });
  });
});
