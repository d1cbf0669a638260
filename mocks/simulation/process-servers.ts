/**
 * Add / remove a process server in Azure (PS-3..5). ARM has no such call (docs/api.md §2.2): these are
 * simulator extensions whose jobs are ordinary jobs. The deployment options come from the world
 * (`world.azure`, or defaults derived from the vault); the input is validated as Azure validates
 * VM names and credentials (process-servers-input.ts). A deployed PS appears under its CS 12
 * simulated minutes after its job ends (PS-3: 10–15 minutes).
 */
import type { DeploymentOptions } from '../../contract/deployment-options';
import { conflict, notAllowed, notFound } from './errors';
import { nextGuid } from './ids';
import { notify } from './notifications';
import { buildTasks, startTasks } from './job-plans';
import { findByName, isActive, sameName } from './lookup';
import { validateProcessServerInput, type ValidProcessServer } from './process-servers-input';
import { activeInputUser, removalOf } from './references';
import { azureResources } from './azure-resources';
import { addMinutes } from './time';

export { azureResources };
import type { AzureResources, Job, Result, World } from './types';
import { draftOf } from './draft';

/** PS-3: the PS shows under the CS 10–15 minutes after its job; deterministic. */
export const PS_VISIBLE_AFTER_MINUTES = 12;

const armPath = (world: World, rg: string, provider: string, type: string, name: string) =>
  `/subscriptions/${world.vault.subscriptionId}/resourceGroups/${rg}/providers/${provider}/${type}/${encodeURIComponent(name)}`;

export const networkId = (world: World, n: AzureResources['networks'][number]) =>
  n.deploymentModel === 'Classic'
    ? armPath(world, n.resourceGroup, 'Microsoft.ClassicNetwork', 'virtualNetworks', n.name)
    : armPath(world, n.resourceGroup, 'Microsoft.Network', 'virtualNetworks', n.name);
export const storageAccountId = (world: World, s: { name: string; resourceGroup: string }) =>
  armPath(world, s.resourceGroup, 'Microsoft.Storage', 'storageAccounts', s.name);
export const networkInterfaceId = (world: World, s: { name: string; resourceGroup: string }) =>
  armPath(world, s.resourceGroup, 'Microsoft.Network', 'networkInterfaces', s.name);

/** `GET {S}{F}/processServerDeploymentOptions` (docs/api.md §2.2). */
export function deploymentOptions(world: World): DeploymentOptions {
  const azure = azureResources(world);
  return {
    subscriptions: azure.subscriptions,
    networks: azure.networks.map((n) => ({
      id: networkId(world, n),
      name: n.name,
      deploymentModel: n.deploymentModel,
      subnets: n.subnets,
    })),
    resourceGroups: azure.resourceGroups,
    storageAccounts: azure.storageAccounts.map((s) => ({ id: storageAccountId(world, s), name: s.name })),
    networkInterfaces: azure.networkInterfaces.map((s) => ({
      id: networkInterfaceId(world, s),
      name: s.name,
    })),
  };
}

function newJob(
  draft: World,
  scenario: Job['scenario'],
  specs: [string, string, number][],
  data: Record<string, unknown>,
): Job {
  const job: Job = {
    name: nextGuid(draft),
    scenario,
    item: null,
    state: 'InProgress',
    startTime: draft.now,
    endTime: null,
    tasks: buildTasks(draft, specs),
    errors: [],
    input: { kind: 'Other', data },
    revertStatus: null,
  };
  startTasks(draft, job);
  draft.jobs.push(job);
  notify(draft, job, 'InProgress');
  return job;
}

const infraJobs = (world: World, scenario: Job['scenario']) =>
  world.jobs.filter((j) => j.scenario === scenario && isActive(j));

function configurationServer(world: World, fabric: string) {
  return findByName(world.configurationServers, fabric);
}

/** `POST {S}{F}/processServers` (PS-3, PS-4): validate, then start job AddProcessServer. */
export function addProcessServer(world: World, fabric: string, body: unknown): Result<{ job: Job }> {
  const cs = configurationServer(world, fabric);
  if (!cs) return { ok: false, error: notFound('replicationFabrics', fabric) };
  const pending = [
    ...infraJobs(world, 'AddProcessServer'),
    ...infraJobs(world, 'ProcessServerDeployment'),
  ].map((j) => String(j.input.kind === 'Other' ? j.input.data.serverName : ''));
  const checked = validateProcessServerInput(world, azureResources(world), body, pending);
  if (!checked.ok) return checked;
  const valid: ValidProcessServer = checked.value;
  const draft = draftOf(world);
  // The password is validated and discarded: never stored, echoed or exported (docs/api.md §2.2).
  const job = newJob(
    draft,
    'AddProcessServer',
    [
      ['PrerequisitesCheck', 'Prerequisites check for adding the process server', 1],
      ['DeployVirtualMachine', 'Deploy the process server virtual machine in Azure', 4],
    ],
    { operation: 'addProcessServer', configurationServer: cs.name, ...valid },
  );
  return { ok: true, world: draft, value: { job } };
}

/** `DELETE {S}{F}/processServers/{ps}` (PS-5): an Azure PS no item replicates through. */
export function removeProcessServer(world: World, fabric: string, name: string): Result<{ job: Job }> {
  const cs = configurationServer(world, fabric);
  if (!cs) return { ok: false, error: notFound('replicationFabrics', fabric) };
  const ps = world.processServers.find(
    (p) => sameName(p.name, name) && sameName(p.configurationServer, cs.name),
  );
  if (!ps) return { ok: false, error: notFound(`replicationFabrics/${cs.name}/processServers`, name) };
  const running = removalOf(world, ps.name);
  if (running) return { ok: false, error: conflict(running.scenario, running.name, ps.name) };
  if (ps.location !== 'Azure')
    return {
      ok: false,
      error: notAllowed(
        `'${ps.name}' is an on-premises process server: only a process server in Azure can be deleted`,
        'PS-5',
      ),
    };
  const user = world.items.find((i) => i.processServer !== null && sameName(i.processServer, ps.name));
  if (user)
    return {
      ok: false,
      error: notAllowed(
        `'${user.name}' replicates through '${ps.name}': delete it after failback completes`,
        'PS-5',
      ),
    };
  // PS-5: a job not over yet (running, waiting, or a plan's machine) is about to replicate through it.
  const pending = activeInputUser(world, 'processServer', ps.name);
  if (pending)
    return {
      ok: false,
      error: notAllowed(
        `Job ${pending.scenario} (${pending.name}) on '${pending.plan ?? pending.item}' replicates through '${ps.name}': delete it after the job ends`,
        'PS-5',
      ),
    };
  const draft = draftOf(world);
  const job = newJob(
    draft,
    'RemoveProcessServer',
    [
      ['PrerequisitesCheck', 'Prerequisites check for removing the process server', 1],
      ['RemoveProcessServer', 'Remove the process server', 2],
    ],
    { operation: 'removeProcessServer', configurationServer: cs.name, processServer: ps.name },
  );
  return { ok: true, world: draft, value: { job } };
}

/** Called by the job engine when a job without an item succeeds. */
export function completeInfraJob(draft: World, job: Job): void {
  if (job.input.kind !== 'Other') return;
  const d = job.input.data;
  // PS-3 (§14, seed 002): once the VM exists, setup runs inside it to register with the CS, and a
  // second job, Process server deployment, follows; the PS appears when that one ends.
  if (job.scenario === 'AddProcessServer' && typeof d.serverName === 'string') {
    newJob(
      draft,
      'ProcessServerDeployment',
      [
        ['InstallProcessServer', 'Run process server setup inside the virtual machine', 2],
        ['RegisterProcessServer', 'Register the process server with the configuration server', 1],
      ],
      { ...d, operation: 'processServerDeployment' },
    );
  }
  if (job.scenario === 'ProcessServerDeployment' && typeof d.serverName === 'string') {
    if (draft.processServers.some((p) => sameName(p.name, d.serverName as string))) return;
    const n = draft.processServers.length;
    draft.processServers.push({
      name: d.serverName,
      configurationServer: String(d.configurationServer),
      location: 'Azure',
      deploymentModel: d.deploymentModel === 'Classic' ? 'Classic' : 'ResourceManager',
      heartbeat: true,
      ipAddress: `10.1.${(n % 250) + 1}.${((n * 7) % 250) + 4}`,
      network: typeof d.networkName === 'string' ? d.networkName : null, // PS-3
      visibleFrom: addMinutes(draft.now, PS_VISIBLE_AFTER_MINUTES), // PS-3
    });
  }
  if (job.scenario === 'RemoveProcessServer' && typeof d.processServer === 'string') {
    draft.processServers = draft.processServers.filter((p) => !sameName(p.name, d.processServer as string));
  }
}
