/**
 * Unit-test helper (not used by the app): drives a runbook through api.ts as the runtime does —
 * every change is followed by evaluateRunbook with a fake real clock.
 */
import {
  advanceClock,
  advanceUntilJobsFinish,
  addProcessServer,
  evaluateRunbook,
  patchLab,
  refreshConfigurationServer,
  restartJob,
  resumeJob,
  startOperation,
  startPlanOperation,
  startRunbook,
} from '../api';
import type { OperationInput, PlanOperationInput, Result, World } from '../api';
import { builtInRunbook, runbookJsonSchema } from './index';
import type { RunbookDocument, RunbookProgress } from './types';
import { REPROTECT_WEB01_CHOICES } from '../../../contract/reprotect-request.cases';

export class Driver {
  world: World;
  real = 1_000_000;

  constructor(doc: RunbookDocument | string) {
    const found = typeof doc === 'string' ? builtInRunbook(doc) : doc;
    if (!found) throw new Error(`no runbook ${String(doc)}`);
    const started = startRunbook(found, this.real);
    if (!started.ok) throw new Error(started.error.message);
    this.world = started.world;
  }

  get progress(): RunbookProgress {
    const p = this.world.runbook?.progress;
    if (!p) throw new Error('no progress');
    return p;
  }

  /** Commit a world as the runtime does (evaluated, real time moves a few seconds). */
  commit(world: World): this {
    this.real += 5_000;
    this.world = evaluateRunbook(world, this.real);
    return this;
  }

  ok<T>(result: Result<T>): World {
    if (!result.ok) throw new Error(`${result.error.status} ${result.error.code}: ${result.error.message}`);
    return result.world;
  }

  operate(item: string, input: OperationInput): this {
    return this.commit(this.ok(startOperation(this.world, item, input)));
  }

  plan(plan: string, input: PlanOperationInput): this {
    return this.commit(this.ok(startPlanOperation(this.world, plan, input)));
  }

  lab(patch: unknown): this {
    return this.commit(this.ok(patchLab(this.world, patch)));
  }

  refresh(server: string): this {
    return this.commit(this.ok(refreshConfigurationServer(this.world, server)));
  }

  addProcessServer(fabric: string, body: unknown): this {
    return this.commit(this.ok(addProcessServer(this.world, fabric, body)));
  }

  /** The last job of the item (or plan) matching type. */
  lastJob(type: string, item?: string): string {
    const job = [...this.world.jobs]
      .reverse()
      .find((j) => j.scenario === type && (!item || j.item === item || j.plan === item));
    if (!job) throw new Error(`no ${type} job`);
    return job.name;
  }

  restart(type: string, item?: string): this {
    return this.commit(this.ok(restartJob(this.world, this.lastJob(type, item))));
  }

  resume(type: string, item?: string): this {
    return this.commit(this.ok(resumeJob(this.world, this.lastJob(type, item))));
  }

  advance(minutes: number): this {
    return this.commit(advanceClock(this.world, minutes));
  }

  untilJobsFinish(): this {
    return this.commit(advanceUntilJobsFinish(this.world));
  }

  /** "Step N of M" as the panel would say it (1-based; M+1 when complete). */
  get stepNumber(): number {
    return this.progress.currentStep === null
      ? this.progress.steps.length + 1
      : this.progress.currentStep + 1;
  }
}

export const reprotectBack = (over: Record<string, string> = {}): OperationInput => ({
  kind: 'Reprotect',
  direction: 'AzureToOnPremises',
  ...REPROTECT_WEB01_CHOICES,
  ...over,
});

export const reprotectForward = (processServer = 'cs-01'): OperationInput => ({
  kind: 'Reprotect',
  direction: 'OnPremisesToAzure',
  processServer,
});

export const failback: OperationInput = {
  kind: 'UnplannedFailover',
  direction: 'AzureToOnPremises',
  recoveryPointId: null,
  recoveryPointType: 'Latest',
  shutDownSource: true,
};

export const commit: OperationInput = { kind: 'Commit' };

/** Every condition kind, read from the generated JSON Schema. */
export function conditionKinds(): string[] {
  const text = JSON.stringify(runbookJsonSchema());
  return [...new Set([...text.matchAll(/"kind":\{"type":"string","const":"(\w+)"\}/g)].map((m) => m[1]))];
}
