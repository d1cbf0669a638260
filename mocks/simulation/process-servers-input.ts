/**
 * Add process server input (PS-3, PS-4): `{properties: {subscriptionId, networkId,
 * resourceGroupName, serverName, userName, password, storageAccountId, subnetName,
 * networkInterfaceId}}`, validated in field order as Azure validates a Windows VM's name and
 * administrator credentials. The first problem answers 400 InvalidParameter with `target` =
 * `properties.<field>`; a classic network answers 400 OperationNotAllowed (the portal only shows
 * the Marketplace instructions there).
 */
import { PROBLEM_MESSAGES, fieldProblem, serverNameSchema } from '../../contract/process-server-input';
import { invalidParameter, notAllowed } from './errors';
import { findByName, sameName } from './lookup';
import type { AzureResources, Result, SimError, World } from './types';

export interface ValidProcessServer {
  subscriptionId: string;
  networkName: string;
  deploymentModel: 'ResourceManager';
  resourceGroupName: string;
  serverName: string;
  userName: string;
  storageAccount: string;
  subnetName: string;
  networkInterface: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The VM name and credential rules are the portal form's (contract/process-server-input.ts,
 * docs/adr/0006): the first problem answers its English text; the server name loses its spaces.
 */
function vmProblem(
  key: 'serverName' | 'userName' | 'password',
  values: Record<string, string>,
): string | null {
  const found = fieldProblem(key, values);
  // invalidParameter ends the sentence itself.
  return found ? PROBLEM_MESSAGES[found].replace(/\.$/, '') : null;
}

/** Percent-decoded once; a malformed escape (a bare `%`) is kept as it is, never thrown. */
function decodeOnce(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** An id or a bare name; matches the last segment case-insensitively. */
const lastSegment = (v: string) => decodeOnce(v.split('/').filter(Boolean).pop() ?? '');

export function validateProcessServerInput(
  world: World,
  azure: AzureResources,
  body: unknown,
  pendingNames: string[],
): Result<ValidProcessServer> {
  const fail = (error: SimError): Result<ValidProcessServer> => ({ ok: false, error });
  const props = isObject(body) && isObject(body.properties) ? body.properties : null;
  if (!props) return fail(invalidParameter('properties', "The body must be {'properties': {…}}"));
  const text = (key: string): string | null =>
    typeof props[key] === 'string' ? (props[key] as string) : null;
  const at = (key: string) => `properties.${key}`;
  // The VM name and credentials may be empty here: their own rules word that problem.
  const vmFields = ['serverName', 'userName', 'password'];
  const need = (key: string): string | SimError => {
    const v = text(key);
    return v === null || (v === '' && !vmFields.includes(key))
      ? invalidParameter(at(key), `'${at(key)}' is required`, 'PS-3')
      : v;
  };
  const values: Record<string, string> = {};
  for (const key of ['subscriptionId', 'networkId']) {
    const v = need(key);
    if (typeof v !== 'string') return fail(v);
    values[key] = v;
  }
  const sub = azure.subscriptions.find((s) => sameName(s.id, lastSegment(values.subscriptionId)));
  if (!sub)
    return fail(
      invalidParameter(at('subscriptionId'), `Unknown subscription '${values.subscriptionId}'`, 'PS-3'),
    );
  const network = findByName(azure.networks, lastSegment(values.networkId));
  if (!network)
    return fail(invalidParameter(at('networkId'), `Unknown Azure network '${values.networkId}'`, 'PS-3'));
  if (network.deploymentModel === 'Classic') {
    const error = notAllowed(
      `'${network.name}' is a classic network: create a virtual machine from the Marketplace image 'Microsoft Azure Site Recovery Process Server V2' (classic) and install it`,
      'PS-3',
    );
    return fail({ ...error, target: at('networkId') });
  }
  for (const key of [
    'resourceGroupName',
    'serverName',
    'userName',
    'password',
    'storageAccountId',
    'subnetName',
    'networkInterfaceId',
  ]) {
    const v = need(key);
    if (typeof v !== 'string') return fail(v);
    values[key] = v;
  }
  const rg = azure.resourceGroups.find((r) => sameName(r, values.resourceGroupName));
  if (!rg)
    return fail(
      invalidParameter(at('resourceGroupName'), `Unknown resource group '${values.resourceGroupName}'`),
    );
  for (const key of ['serverName', 'userName', 'password'] as const) {
    const problem = vmProblem(key, values);
    if (problem) return fail(invalidParameter(at(key), problem));
  }
  values.serverName = serverNameSchema.parse(values.serverName);
  const taken =
    world.processServers.some((p) => sameName(p.name, values.serverName)) ||
    world.masterTargets.some((m) => sameName(m.name, values.serverName)) ||
    pendingNames.some((n) => sameName(n, values.serverName));
  if (taken)
    return fail(invalidParameter(at('serverName'), `A server named '${values.serverName}' already exists`));
  const storage = findByName(azure.storageAccounts, lastSegment(values.storageAccountId));
  if (!storage)
    return fail(
      invalidParameter(at('storageAccountId'), `Unknown storage account '${values.storageAccountId}'`),
    );
  const subnet = network.subnets.find((s) => sameName(s, values.subnetName));
  if (!subnet)
    return fail(
      invalidParameter(at('subnetName'), `Subnet '${values.subnetName}' is not in network '${network.name}'`),
    );
  const nic = findByName(azure.networkInterfaces, lastSegment(values.networkInterfaceId));
  if (!nic)
    return fail(
      invalidParameter(at('networkInterfaceId'), `Unknown network interface '${values.networkInterfaceId}'`),
    );
  return {
    ok: true,
    world,
    value: {
      subscriptionId: sub.id,
      networkName: network.name,
      deploymentModel: 'ResourceManager',
      resourceGroupName: rg,
      serverName: values.serverName,
      userName: values.userName,
      storageAccount: storage.name,
      subnetName: subnet,
      networkInterface: nic.name,
    },
  };
}
