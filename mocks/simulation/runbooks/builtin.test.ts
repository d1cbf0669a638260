// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenarios';
import { BUILT_IN_RUNBOOKS } from './builtin';
import { Driver, commit, failback, reprotectBack, reprotectForward } from './test-driver';
import { processServerBody } from '../../../contract/process-server-input.cases';
import { HYPER_V_FAILBACK_SYNC } from '../../../contract/hyper-v-failback.cases';

/** A solution script per built-in runbook: API operations only (startOperation, Lab, clock). */
const solutions: Record<string, (d: Driver) => void> = {
  // LIFE-3..6, LIFE-11
  'vmware-failback-web-01': (d) => {
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    d.operate('web-01', failback).untilJobsFinish();
    d.operate('web-01', commit).untilJobsFinish();
    d.advance(15);
    d.operate('web-01', reprotectForward()).untilJobsFinish();
  },
  // LIFE-9, MT-1
  'physical-failback-file-01': (d) => {
    d.operate('file-01', reprotectBack()).untilJobsFinish();
    d.operate('file-01', failback).untilJobsFinish();
    expect(d.world.items.find((i) => i.name === 'file-01')?.machineType).toBe('VMwareVM');
    d.operate('file-01', commit).untilJobsFinish();
  },
  // MT-1, RV-6
  'linux-failback-db-01': (d) => {
    d.operate(
      'db-01',
      reprotectBack({
        masterTarget: 'mt-linux-01',
        datastore: 'datastore-vmfs-02',
        retentionDrive: '/mnt/retention',
      }),
    ).untilJobsFinish();
    d.operate('db-01', failback).untilJobsFinish();
    d.operate('db-01', commit).untilJobsFinish();
  },
  // HV-1..6
  'hyper-v-failback-hv-app-01': (d) => {
    d.operate('hv-app-01', HYPER_V_FAILBACK_SYNC).untilJobsFinish();
    expect(d.stepNumber).toBe(2);
    d.resume('PlannedFailover', 'hv-app-01').untilJobsFinish();
    d.operate('hv-app-01', commit).untilJobsFinish();
    d.operate('hv-app-01', {
      kind: 'Reprotect',
      direction: 'OnPremisesToAzure',
      processServer: '',
    }).untilJobsFinish();
  },
  // RPL-1..3, RP-3, FO-2
  'plan-failback-web-tier': (d) => {
    d.plan('plan-web-tier', { kind: 'Reprotect' }).untilJobsFinish();
    d.plan('plan-web-tier', {
      kind: 'UnplannedFailover',
      recoveryPointType: 'Latest',
      shutDownSource: true,
      direction: 'AzureToOnPremises',
    }).untilJobsFinish();
    d.plan('plan-web-tier', { kind: 'Commit' }).untilJobsFinish();
  },
  // PS-1, PS-3, PS-4
  'process-server-in-azure': (d) => {
    d.addProcessServer(
      'cs-01',
      processServerBody({ subscriptionId: d.world.vault.subscriptionId }),
    ).untilJobsFinish();
    expect(d.stepNumber).toBe(2);
    d.advance(11);
    expect(d.stepNumber).toBe(2); // PS-3: not visible before 12 minutes
    d.advance(1);
    expect(d.stepNumber).toBe(3);
    d.operate('web-01', reprotectBack({ processServer: 'ps-azure-02' })).untilJobsFinish();
  },
  // RP-4: the 95226 failure is expected, not a mistake
  'troubleshoot-vpn-95226': (d) => {
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    expect(d.world.jobs.at(-1)?.errors[0]?.code).toBe('95226');
    expect(d.stepNumber).toBe(2);
    d.lab({ network: { vpnConnected: true } });
    d.restart('Reprotect', 'web-01').untilJobsFinish();
  },
  // DS-4
  'troubleshoot-readonly-vcenter': (d) => {
    d.lab({ vcenter: { account: 'Administrator' } });
    d.operate('web-01', reprotectBack()).untilJobsFinish();
  },
  // RV-1..7
  'troubleshoot-new-retention-drive': (d) => {
    d.lab({ masterTargets: { 'cs-01': { volumes: { 'R:': { fileSystem: 'NTFS', capacityGB: 500 } } } } });
    expect(d.stepNumber).toBe(2); // RV-7: added, not discovered yet
    d.refresh('cs-01');
    expect(d.stepNumber).toBe(3);
    d.operate('web-01', reprotectBack()).untilJobsFinish();
  },
  // LIFE-11: the agent failure is expected, not a mistake
  'troubleshoot-agent-registration': (d) => {
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    expect(d.world.jobs.at(-1)?.errors[0]?.code).toBe('990000');
    expect(d.stepNumber).toBe(2);
    d.advance(15);
    d.restart('Reprotect', 'web-01').untilJobsFinish();
  },
};

describe('built-in runbooks (docs/runbooks.md §2)', () => {
  it('the ten ids, in §2 order, each with a solution script', () => {
    expect(BUILT_IN_RUNBOOKS.map((r) => r.id)).toEqual([
      'vmware-failback-web-01',
      'physical-failback-file-01',
      'linux-failback-db-01',
      'hyper-v-failback-hv-app-01',
      'plan-failback-web-tier',
      'process-server-in-azure',
      'troubleshoot-vpn-95226',
      'troubleshoot-readonly-vcenter',
      'troubleshoot-new-retention-drive',
      'troubleshoot-agent-registration',
    ]);
    expect(Object.keys(solutions).sort()).toEqual(BUILT_IN_RUNBOOKS.map((r) => r.id).sort());
  });

  for (const doc of BUILT_IN_RUNBOOKS) {
    it(`${doc.id}: its scenario loads; it starts paused on step 1 of ${doc.steps.length}`, () => {
      expect(loadScenario(doc.scenario as string), String(doc.scenario)).not.toBeNull();
      const d = new Driver(doc.id);
      expect(d.world.speed).toBe(0);
      expect(d.progress.currentStep).toBe(0);
      // Nothing is done by merely waiting a minute: every step waits for the trainee.
      d.advance(1);
      expect(d.progress.currentStep).toBe(0);
    });

    it(`${doc.id}: the solution script reaches Runbook complete with 0 mistakes, step by step`, () => {
      const d = new Driver(doc.id);
      const seen: number[] = [];
      const commitWorld = d.commit.bind(d);
      d.commit = (w) => {
        commitWorld(w);
        if (seen.at(-1) !== d.stepNumber) seen.push(d.stepNumber);
        return d;
      };
      solutions[doc.id](d);
      expect(d.progress).toMatchObject({ complete: true, currentStep: null, mistakes: 0, hintsUsed: 0 });
      expect(d.progress.steps.every((s) => s.state === 'Done' && s.doneAt !== null)).toBe(true);
      // "Step N of M" moved as the trainee worked (never backwards).
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      expect(seen.at(-1)).toBe(doc.steps.length + 1);
    });
  }
});
