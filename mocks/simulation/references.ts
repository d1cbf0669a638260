/**
 * Reference integrity of a world: resources name each other (docs/scenario-format.md), and every
 * such name must resolve, case-insensitively. Scenario import refuses a world with a dangling
 * reference (each one reported with its JSON path), the fuzz tests check it after every request,
 * and the rules that remove a resource (PS-5, the Lab's datastores and volumes) ask
 * `activeInputUser` whether a running job is about to use it.
 */
import { isActive, sameName } from './lookup';
import { azureResources } from './azure-resources';
import type { Job, OperationInput, World } from './types';

export interface ReferenceProblem {
  /** JSON path of the reference, e.g. `$.items[2].processServer`. */
  path: string;
  message: string;
}

/** What a job's input names, by kind: the machines it replicates through and to. */
export interface InputNames {
  processServer?: string;
  masterTarget?: string;
  datastore?: string;
  retentionDrive?: string;
  policy?: string;
}

export function inputNames(input: OperationInput): InputNames {
  if (input.kind !== 'Reprotect') return {};
  if (input.direction === 'OnPremisesToAzure')
    return input.processServer ? { processServer: input.processServer } : {}; // HV-6: none
  const { processServer, masterTarget, datastore, retentionDrive, policy } = input;
  return { processServer, masterTarget, datastore, retentionDrive, policy };
}

/** A job's inputs with their JSON path below the job: its own, and one per plan machine (RPL-1). */
function jobInputs(job: Job): { input: OperationInput; at: string }[] {
  if (job.plan && job.machines)
    return job.machines.map((m, i) => ({ input: m.input, at: `.machines[${i}].input` }));
  return [{ input: job.input, at: '.input' }];
}

/** Inputs of the jobs not over yet (running, waiting for input), with their job. */
export function activeInputs(world: World): { job: Job; names: InputNames }[] {
  return world.jobs
    .filter(isActive)
    .flatMap((job) => jobInputs(job).map(({ input }) => ({ job, names: inputNames(input) })));
}

/** A job that is not over and whose input names `name` as its `kind` (PS-5: "about to use it"). */
export function activeInputUser(world: World, kind: keyof InputNames, name: string): Job | undefined {
  return activeInputs(world).find(({ names }) => {
    const value = names[kind];
    return value !== undefined && sameName(value, name);
  })?.job;
}

/** The first name in a job's inputs that no longer resolves (Restart re-runs the same input). */
export function missingInputName(world: World, job: Job): string | null {
  for (const { input } of jobInputs(job)) {
    const n = inputNames(input);
    const missing = (list: { name: string }[], value?: string) =>
      value !== undefined && !list.some((x) => sameName(x.name, value));
    if (missing(world.processServers, n.processServer)) return `process server '${n.processServer}'`;
    if (missing(world.masterTargets, n.masterTarget)) return `master target '${n.masterTarget}'`;
    if (missing(world.datastores, n.datastore)) return `datastore '${n.datastore}'`;
    if (missing(world.policies, n.policy)) return `policy '${n.policy}'`;
    if (
      n.masterTarget &&
      n.retentionDrive &&
      !world.volumes.some(
        (v) => sameName(v.masterTarget, n.masterTarget!) && sameName(v.name, n.retentionDrive!),
      )
    )
      return `retention drive '${n.retentionDrive}'`;
  }
  return null;
}

/** PS-5: the process server's RemoveProcessServer job, while it runs. */
export const removalOf = (world: World, name: string): Job | undefined =>
  world.jobs.find(
    (j) =>
      j.scenario === 'RemoveProcessServer' &&
      isActive(j) &&
      j.input.kind === 'Other' &&
      sameName(String(j.input.data.processServer), name),
  );

/** The items an active job holds: its item, or a plan job's machines with a task still to finish. */
export function heldItemNames(job: Job): string[] {
  if (!isActive(job)) return [];
  if (job.plan)
    return (job.machines ?? [])
      .map((m) => m.item)
      .filter((item) => job.tasks.some((t) => t.item === item && t.state !== 'Succeeded'));
  return job.item ? [job.item] : [];
}

const names = (list: { name: string }[]) => new Set(list.map((x) => x.name.toLowerCase()));

/** Every dangling reference of the world (empty when all resolve), in document order. */
export function worldReferenceProblems(world: World): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const sets = {
    'configuration server': names(world.configurationServers),
    'process server': names(world.processServers),
    'ESXi host': names(world.esxiHosts),
    datastore: names(world.datastores),
    'master target': names(world.masterTargets),
    'replicated item': names(world.items),
    job: names(world.jobs),
    policy: names(world.policies),
    'recovery plan': names(world.recoveryPlans),
  };
  type Kind = keyof typeof sets;
  const ref = (path: string, kind: Kind, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    if (!sets[kind].has(value.toLowerCase())) problems.push({ path, message: `Unknown ${kind} '${value}'` });
  };
  // Keyed `master target / drive`: one lookup per item, linear in large worlds.
  const volumes = new Set(world.volumes.map((v) => `${v.masterTarget}/${v.name}`.toLowerCase()));
  const volume = (path: string, masterTarget: string | null | undefined, drive: string | null) => {
    if (!masterTarget || !drive || !sets['master target'].has(masterTarget.toLowerCase())) return;
    if (!volumes.has(`${masterTarget}/${drive}`.toLowerCase()))
      problems.push({ path, message: `Unknown volume '${drive}' on master target '${masterTarget}'` });
  };
  const inputs = (path: string, input: OperationInput) => {
    const n = inputNames(input);
    ref(`${path}.processServer`, 'process server', n.processServer);
    ref(`${path}.masterTarget`, 'master target', n.masterTarget);
    ref(`${path}.datastore`, 'datastore', n.datastore);
    volume(`${path}.retentionDrive`, n.masterTarget, n.retentionDrive ?? null);
    ref(`${path}.policy`, 'policy', n.policy);
  };

  // PS-3: the networks process servers and failed-over machines are on are Azure networks of the world.
  const networks = new Set(azureResources(world).networks.map((n) => n.name.toLowerCase()));
  const network = (path: string, value: string | null | undefined) => {
    if (value && !networks.has(value.toLowerCase()))
      problems.push({ path, message: `Unknown Azure network '${value}'` });
  };
  world.processServers.forEach((p, i) => {
    ref(`$.processServers[${i}].configurationServer`, 'configuration server', p.configurationServer);
    network(`$.processServers[${i}].network`, p.network);
  });
  world.datastores.forEach((d, i) => {
    ref(`$.datastores[${i}].host`, 'ESXi host', d.host);
    d.mountedOnHosts?.forEach((h, j) => ref(`$.datastores[${i}].mountedOnHosts[${j}]`, 'ESXi host', h));
  });
  world.masterTargets.forEach((m, i) => {
    ref(`$.masterTargets[${i}].configurationServer`, 'configuration server', m.configurationServer);
    ref(`$.masterTargets[${i}].host`, 'ESXi host', m.host);
  });
  world.volumes.forEach((v, i) => ref(`$.volumes[${i}].masterTarget`, 'master target', v.masterTarget));
  world.items.forEach((item, i) => {
    const at = `$.items[${i}]`;
    // A Hyper-V VM's `configurationServer` names its Hyper-V host (the provider), not a CS.
    if (item.machineType !== 'HyperVVM')
      ref(`${at}.configurationServer`, 'configuration server', item.configurationServer);
    ref(`${at}.processServer`, 'process server', item.processServer);
    ref(`${at}.masterTarget`, 'master target', item.masterTarget);
    ref(`${at}.datastore`, 'datastore', item.datastore);
    volume(`${at}.retentionDrive`, item.masterTarget, item.retentionDrive);
    ref(`${at}.recoveryPlan`, 'recovery plan', item.recoveryPlan);
    ref(`${at}.currentJob`, 'job', item.currentJob);
    network(`${at}.azureNetwork`, item.azureNetwork);
  });
  world.recoveryPoints.forEach((p, i) => ref(`$.recoveryPoints[${i}].item`, 'replicated item', p.item));
  // END-1: a machine whose protection ended leaves the items, but its jobs stay in the history; a
  // finished job may name it when a succeeded Complete migration / Disable replication job says so.
  const removed = new Set(
    world.jobs
      .filter((j) => j.input.kind === 'DisableProtection' && j.state === 'Succeeded' && j.item)
      .map((j) => j.item!.toLowerCase()),
  );
  world.jobs.forEach((job, i) => {
    const at = `$.jobs[${i}]`;
    const machine = (path: string, name: string | null | undefined) => {
      if (!isActive(job) && name && removed.has(name.toLowerCase())) return;
      ref(path, 'replicated item', name);
    };
    machine(`${at}.item`, job.item);
    ref(`${at}.plan`, 'recovery plan', job.plan);
    job.machines?.forEach((m, j) => machine(`${at}.machines[${j}].item`, m.item));
    job.tasks.forEach((t, j) => machine(`${at}.tasks[${j}].item`, t.item));
    if (!isActive(job)) return; // a finished job's input may name what was removed since (PS-5)
    for (const { input, at: sub } of jobInputs(job)) inputs(`${at}${sub}`, input);
    if (job.input.kind === 'Other') {
      const data = job.input.data;
      if (typeof data.configurationServer === 'string')
        ref(`${at}.input.data.configurationServer`, 'configuration server', data.configurationServer);
      if (job.scenario === 'RemoveProcessServer' && typeof data.processServer === 'string')
        ref(`${at}.input.data.processServer`, 'process server', data.processServer);
    }
  });
  world.notifications.forEach((n, i) => {
    if (n.jobName) ref(`$.notifications[${i}].jobName`, 'job', n.jobName);
  });
  world.recoveryPlans.forEach((plan, i) =>
    plan.items.forEach((item, j) => ref(`$.recoveryPlans[${i}].items[${j}]`, 'replicated item', item)),
  );

  // The 409 guard (docs/api.md §5 #6): at most one active job holds an item, and it is its currentJob.
  const holders = new Map<string, { job: Job; index: number }[]>();
  world.jobs.forEach((job, index) => {
    for (const item of heldItemNames(job)) {
      const key = item.toLowerCase();
      holders.set(key, [...(holders.get(key) ?? []), { job, index }]);
    }
  });
  world.items.forEach((item, i) => {
    const held = holders.get(item.name.toLowerCase()) ?? [];
    if (held.length > 1)
      problems.push({
        path: `$.jobs[${held[1].index}]`,
        message: `Jobs '${held[0].job.name}' and '${held[1].job.name}' are both active on '${item.name}'`,
      });
    else if (held.length === 1 && !sameName(item.currentJob ?? '', held[0].job.name))
      problems.push({
        path: `$.items[${i}].currentJob`,
        message: `Job '${held[0].job.name}' is ${held[0].job.state} on '${item.name}', but its currentJob is ${item.currentJob === null ? 'null' : `'${item.currentJob}'`}`,
      });
    else if (held.length === 0 && item.currentJob) {
      const job = world.jobs.find((j) => sameName(j.name, item.currentJob as string));
      if (job && isActive(job))
        problems.push({
          path: `$.items[${i}].currentJob`,
          message: `Job '${job.name}' is not working on '${item.name}'`,
        });
    }
  });
  return problems;
}
