// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock } from '../clock';
import { parseWorld, serializeWorld } from '../persistence';
import {
  buildReport,
  evaluateRunbook,
  recordMistake,
  revealHint,
  runbookProgress,
  stopRunbook,
} from './progress';
import { Driver, commit, failback, reprotectBack, reprotectForward } from './test-driver';
import type { RunbookDocument, RunbookStep } from './types';
import { runbookDocument } from '../../../contract/runbook-document.cases';

describe('runbook progress (docs/runbooks.md §1 order, §3 mistakes)', () => {
  it('start: the scenario with the clock paused, step 1 Current, the rest Not started', () => {
    const d = new Driver('vmware-failback-web-01');
    expect(d.world.speed).toBe(0);
    expect(d.world.scenario).toBe('default');
    expect(d.progress).toMatchObject({ currentStep: 0, complete: false, mistakes: 0, hintsUsed: 0 });
    expect(d.progress.steps.map((s) => s.state)).toEqual([
      'Current',
      'NotStarted',
      'NotStarted',
      'NotStarted',
      'NotStarted',
    ]);
    expect(d.progress.events[0].kind).toBe('Started');
  });

  it('a step never finishes before its condition holds: a running re-protect is not a done one (LIFE-3)', () => {
    const d = new Driver('vmware-failback-web-01').operate('web-01', reprotectBack());
    expect(d.stepNumber).toBe(1);
    d.advance(5);
    expect(d.stepNumber).toBe(1);
    expect(d.progress.steps[0].doneAt).toBeNull();
    d.untilJobsFinish();
    expect(d.stepNumber).toBe(2);
    expect(d.progress.steps[0]).toMatchObject({ state: 'Done', doneAt: d.world.now });
  });

  it('vmware-failback-web-01 completes with 0 mistakes (LIFE-3..6, LIFE-11)', () => {
    const d = new Driver('vmware-failback-web-01');
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    d.operate('web-01', failback).untilJobsFinish();
    expect(d.stepNumber).toBe(3);
    d.operate('web-01', commit).untilJobsFinish();
    expect(d.stepNumber).toBe(4);
    d.advance(15);
    expect(d.stepNumber).toBe(5);
    d.operate('web-01', reprotectForward()).untilJobsFinish();
    expect(d.progress).toMatchObject({ complete: true, currentStep: null, mistakes: 0 });
    expect(d.progress.events.at(-1)?.kind).toBe('Complete');
  });

  it('LIFE-11: a re-protect inside the agent window fails and counts 1 mistake, once', () => {
    const d = new Driver('vmware-failback-web-01');
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    d.operate('web-01', failback).untilJobsFinish();
    d.operate('web-01', commit).untilJobsFinish();
    d.operate('web-01', reprotectForward()).untilJobsFinish();
    expect(d.world.jobs.at(-1)).toMatchObject({ state: 'Failed', errors: [{ code: '990000' }] });
    expect(d.progress.mistakes).toBe(1);
    expect(d.progress.steps[3].mistakes).toBe(1);
    d.advance(1).advance(1);
    expect(d.progress.mistakes).toBe(1);
    d.advance(15).restart('Reprotect', 'web-01').untilJobsFinish();
    expect(d.progress).toMatchObject({ complete: true, mistakes: 1 });
  });

  it('the wrong turn: the VPN disconnected before re-protecting → 95226, Mistakes 1 (RP-4)', () => {
    const d = new Driver('vmware-failback-web-01');
    d.lab({ network: { vpnConnected: false } });
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    expect(d.world.jobs.at(-1)?.errors[0].code).toBe('95226');
    expect(d.progress).toMatchObject({ mistakes: 1, currentStep: 0 });
    expect(d.progress.events.at(-1)).toMatchObject({ kind: 'Mistake', step: 'reprotect-to-on-premises' });
  });

  it('several steps finish on one clock jump, in order', () => {
    const elapsed = (id: string, minutes: number, since: 'start' | { step: string }): RunbookStep => ({
      id,
      title: { en: id },
      instruction: { en: id },
      done: { kind: 'elapsed', minutes, since },
    });
    const doc: RunbookDocument = {
      ...runbookDocument({ id: 'jump' }),
      steps: [elapsed('a', 10, 'start'), elapsed('b', 20, 'start'), elapsed('c', 5, { step: 'b' })],
    };
    const d = new Driver(doc).advance(9);
    expect(d.stepNumber).toBe(1);
    d.advance(30);
    expect(d.progress.steps.map((s) => s.state)).toEqual(['Done', 'Done', 'Current']);
    expect(d.progress.events.filter((e) => e.kind === 'StepDone').map((e) => e.step)).toEqual(['a', 'b']);
    d.advance(5);
    expect(d.progress.complete).toBe(true);
  });

  it('steps never un-finish', () => {
    const d = new Driver('vmware-failback-web-01').operate('web-01', reprotectBack()).untilJobsFinish();
    expect(d.progress.steps[0].state).toBe('Done');
    d.world = { ...d.world, jobs: [] }; // the job history vanishes: the step stays done
    d.advance(1);
    expect(d.progress.steps[0].state).toBe('Done');
  });

  it('an imported world whose progress does not fit its document is left alone (never a crash)', () => {
    const d = new Driver('vmware-failback-web-01');
    const broken = structuredClone(d.world);
    broken.runbook!.progress.currentStep = 9;
    expect(evaluateRunbook(advanceClock(broken, 1), 0).runbook?.progress.currentStep).toBe(9);
    expect(runbookProgress(broken)).toBeNull();
    expect(revealHint(broken, 0).ok).toBe(false);
  });

  it('progress survives export and import of the world (serializeWorld / parseWorld)', () => {
    const d = new Driver('vmware-failback-web-01').lab({ network: { vpnConnected: false } });
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    const hinted = revealHint(d.world, d.real);
    if (!hinted.ok) throw new Error('hint');
    const parsed = parseWorld(serializeWorld(hinted.world));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.world.runbook).toEqual(hinted.world.runbook);
    expect(runbookProgress(parsed.world)).toMatchObject({ mistakes: 1, hintsUsed: 1 });
  });

  it('hints are revealed one at a time; none left → 409 NoHintLeft; stop → 409 NoRunbookRunning', () => {
    const d = new Driver('vmware-failback-web-01');
    let w = d.world;
    for (let i = 0; i < 2; i += 1) {
      const r = revealHint(w, d.real);
      if (!r.ok) throw new Error('hint');
      w = r.world;
    }
    expect(runbookProgress(w)?.steps[0].hintsRevealed).toHaveLength(2);
    expect(runbookProgress(w)?.steps[0].hintsRevealed[0]['pt-BR']).toBeTruthy();
    const none = revealHint(w, d.real);
    expect(!none.ok && none.error.code).toBe('NoHintLeft');
    const stopped = stopRunbook(w);
    expect(runbookProgress(stopped)).toBeNull();
    const after = recordMistake(stopped, 'x', 'y', 0);
    expect(!after.ok && after.error.code).toBe('NoRunbookRunning');
    expect(evaluateRunbook(stopped, 0)).toBe(stopped);
  });

  it('the report builder: figures match the events', () => {
    const d = new Driver('vmware-failback-web-01');
    const start = d.real;
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    const m = recordMistake(d.world, 'OperationNotAllowed', 'refused', d.real);
    if (!m.ok) throw new Error('mistake');
    d.world = m.world;
    const h = revealHint(d.world, d.real);
    if (!h.ok) throw new Error('hint');
    d.world = h.world;
    d.operate('web-01', failback).untilJobsFinish();
    const report = buildReport(d.world, d.world.runbook!, d.real + 60_000);
    const events = d.progress.events;
    expect(report.mistakes).toBe(events.filter((e) => e.kind === 'Mistake').length);
    expect(report.mistakes).toBe(1);
    expect(report.hintsUsed).toBe(1);
    expect(report.steps[1]).toMatchObject({ id: 'fail-back', result: 'Done', hints: 1, mistakes: 1 });
    expect(report.steps[2]).toMatchObject({ result: 'NotDone', simulatedTime: null, timeTakenSeconds: null });
    const doneReal = events.filter((e) => e.kind === 'StepDone').map((e) => e.real);
    expect(report.steps[0].timeTakenSeconds).toBe((doneReal[0] - start) / 1000);
    expect(report.steps[1].timeTakenSeconds).toBe((doneReal[1] - doneReal[0]) / 1000);
    expect(report.totalSeconds).toBe((d.real + 60_000 - start) / 1000);
    expect(report.totalSimulatedMinutes).toBe(
      Math.round((Date.parse(d.world.now) - Date.parse(d.progress.startedAt)) / 60_000),
    );
  });
});
