/**
 * The item state machines of docs/rules.md §1 (LIFE-1..6), §8 (HV-2, HV-3, HV-6) and §12 (TF-1..3) as data: the
 * only moves an item's `status@activeSite` may make, one job step at a time. A job's start moves
 * the item to its in-progress status (the site changes only when the job succeeds); a failed or
 * cancelled job moves it back (docs/api.md §3.1); Change recovery point (FO-1) keeps the status.
 * The fuzz tests check every observed move against this table.
 */
import type { ItemStatus, ReplicatedItem, Site } from './types';

export type ItemState = `${ItemStatus}@${Site}`;

export interface ItemTransition {
  from: ItemState;
  to: ItemState;
  rule: string;
  /** start / succeed / revert (failed or cancelled job) / wait (HV-3) / resume (HV-3). */
  step: 'start' | 'succeed' | 'revert' | 'wait' | 'resume';
}

export const itemState = (item: Pick<ReplicatedItem, 'status' | 'activeSite'>): ItemState =>
  `${item.status}@${item.activeSite}`;

/** A job from `origin` through `running` to `end`; a failure or a cancel returns to `origin`. */
const job = (rule: string, origin: ItemState, running: ItemState, end: ItemState): ItemTransition[] => [
  { from: origin, to: running, rule, step: 'start' },
  { from: running, to: end, rule, step: 'succeed' },
  { from: running, to: origin, rule, step: 'revert' },
];

export const ITEM_TRANSITIONS: ItemTransition[] = [
  // LIFE-1 (and a Hyper-V VM's unplanned failover): failover to Azure.
  ...job('LIFE-1', 'Protected@OnPremises', 'FailoverInProgress@OnPremises', 'FailoverCompleted@Azure'),
  // LIFE-2: commit in Azure.
  ...job('LIFE-2', 'FailoverCompleted@Azure', 'Committing@Azure', 'FailoverCommitted@Azure'),
  // LIFE-3: re-protect Azure → on-premises.
  ...job('LIFE-3', 'FailoverCommitted@Azure', 'Reprotecting@Azure', 'Protected@Azure'),
  // LIFE-4: failback (unplanned failover from Azure).
  ...job('LIFE-4', 'Protected@Azure', 'FailoverInProgress@Azure', 'FailoverCompleted@OnPremises'),
  // LIFE-5: commit on-premises.
  ...job('LIFE-5', 'FailoverCompleted@OnPremises', 'Committing@OnPremises', 'FailoverCommitted@OnPremises'),
  // LIFE-6 (and HV-6 Reverse replicate): re-protect on-premises → Azure closes the cycle.
  ...job('LIFE-6', 'FailoverCommitted@OnPremises', 'Reprotecting@OnPremises', 'Protected@OnPremises'),
  // HV-2, HV-3: planned failover from Azure (failback), full download or after Complete failover.
  ...job('HV-2', 'FailoverCommitted@Azure', 'FailoverInProgress@Azure', 'CommitPending@OnPremises'),
  { from: 'FailoverInProgress@Azure', to: 'WaitingForCompleteFailover@Azure', rule: 'HV-3', step: 'wait' },
  { from: 'WaitingForCompleteFailover@Azure', to: 'FailoverInProgress@Azure', rule: 'HV-3', step: 'resume' },
  { from: 'WaitingForCompleteFailover@Azure', to: 'FailoverCommitted@Azure', rule: 'HV-3', step: 'revert' },
  // HV-2: planned failover of a protected Hyper-V VM to Azure.
  ...job('HV-2', 'Protected@OnPremises', 'FailoverInProgress@OnPremises', 'CommitPending@Azure'),
  // HV-6: Commit after a planned failover, at either site.
  ...job('HV-6', 'CommitPending@OnPremises', 'Committing@OnPremises', 'FailoverCommitted@OnPremises'),
  ...job('HV-6', 'CommitPending@Azure', 'Committing@Azure', 'FailoverCommitted@Azure'),
  // TF-1, TF-2: a test failover leaves the item protected on-premises, waiting for its cleanup.
  ...job(
    'TF-1',
    'Protected@OnPremises',
    'TestFailoverInProgress@OnPremises',
    'TestFailoverCleanupPending@OnPremises',
  ),
  // TF-3: Cleanup test failover returns it to Protected (replication went on during the test).
  ...job(
    'TF-3',
    'TestFailoverCleanupPending@OnPremises',
    'CleaningUpTestFailover@OnPremises',
    'Protected@OnPremises',
  ),
];

/** The rule allowing `from` → `to` in one step, or null when the machines forbid it. */
export function transitionRule(from: ItemState, to: ItemState): string | null {
  return ITEM_TRANSITIONS.find((t) => t.from === from && t.to === to)?.rule ?? null;
}
