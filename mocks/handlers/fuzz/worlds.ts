/** The fuzz suite (docs/api.md §6): start worlds: valid worlds with running, suspended and failed jobs, frozen. */
import {
  advanceClock,
  advanceUntilJobsFinish,
  deepFreeze,
  loadScenario,
  startOperation,
  startPlanOperation,
} from '../../simulation/api';
import type { OperationInput, World } from '../../simulation/api';
import { runtime } from '../../runtime';
import { worldProblem } from './invariants';
import { HYPER_V_FAILBACK_SYNC } from '../../../contract/hyper-v-failback.cases';
import { REPROTECT_WEB01_CHOICES } from '../../../contract/reprotect-request.cases';

const must = <T>(r: { ok: true; world: World; value: T } | { ok: false; error: { message: string } }) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.world;
};

const preset = (id: string) => {
  const w = loadScenario(id);
  if (!w) throw new Error(`no preset ${id}`);
  return w;
};

const reprotectBack: OperationInput = {
  kind: 'Reprotect',
  direction: 'AzureToOnPremises',
  ...REPROTECT_WEB01_CHOICES,
};

/**
 * Valid worlds built from presets and operations, together holding InProgress (item, plan and
 * infrastructure), Suspended (HV-3) and Failed (95226) jobs; frozen, so that any mutation of a
 * world the runtime hands out throws (and is caught as a 500).
 */
export function startWorlds(): World[] {
  const base = preset('default');
  // HV-3 waiting for Complete failover; then LIFE-3 on web-01 and a plan re-protect (RPL-1) running.
  let running = must(startOperation(base, 'hv-app-01', HYPER_V_FAILBACK_SYNC));
  running = advanceUntilJobsFinish(running);
  running = must(startOperation(running, 'web-01', reprotectBack));
  running = advanceClock(must(startPlanOperation(running, 'plan-web-tier', { kind: 'Reprotect' })), 1);
  // Failed: 95226 with the VPN down, then a LIFE-1 failover of app-01 in progress.
  let failed = preset('vpn-down');
  failed = advanceUntilJobsFinish(must(startOperation(failed, 'web-01', reprotectBack)));
  failed = must(
    startOperation(failed, 'app-01', {
      kind: 'UnplannedFailover',
      direction: 'OnPremisesToAzure',
      recoveryPointId: null,
      recoveryPointType: 'Latest',
      shutDownSource: true,
    }),
  );
  // Further along the cycle: web-01 protected Azure → on-premises (LIFE-3 done), recovery points.
  const along = advanceClock(advanceUntilJobsFinish(must(startOperation(base, 'web-01', reprotectBack))), 90);
  const worlds = [base, running, failed, along, preset('process-server-classic')];
  const states = new Set(worlds.flatMap((w) => w.jobs.map((j) => j.state)));
  for (const state of ['InProgress', 'Suspended', 'Failed'])
    if (!states.has(state as never)) throw new Error(`no start world has a ${state} job`);
  for (const w of worlds) {
    const problem = worldProblem(w);
    if (problem) throw new Error(`start world ${w.scenario}: ${problem}`);
  }
  return worlds.map(deepFreeze);
}

/** Start a case from a world: the runtime holds it (no copy: it is frozen). */
export function load(world: World): void {
  runtime.replace(world);
}
