/**
 * Add process server input (PS-3, PS-4): `{properties: {subscriptionId, networkId,
 * resourceGroupName, serverName, userName, password, storageAccountId, subnetName,
 * networkInterfaceId}}`, validated in field order as Azure validates a Windows VM's name and
 * administrator credentials. The first problem answers 400 InvalidParameter with `target` =
 * `properties.<field>`; a classic network answers 400 OperationNotAllowed (the portal only shows
 * the Marketplace instructions there).
 */
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

/** Azure's reserved administrator names (subset documented for VM creation). */
const RESERVED_USERS = [
  'administrator',
  'admin',
  'user',
  'user1',
  'user2',
  'user3',
  'user4',
  'user5',
  'test',
  'test1',
  'test2',
  'test3',
  'admin1',
  'admin2',
  '1',
  '123',
  'a',
  'actuser',
  'adm',
  'aspnet',
  'backup',
  'console',
  'david',
  'guest',
  'john',
  'owner',
  'root',
  'server',
  'sql',
  'support',
  'sys',
];
const USER_FORBIDDEN = /[\\/"[\]:|<>+=;,?*@&]/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Server (computer) name, Windows: 1–15, letters/digits/hyphens, not only digits, no edge hyphen. */
export function serverNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > 15) return 'The server name must be 1 to 15 characters long';
  if (!/^[A-Za-z0-9-]+$/.test(name)) return 'The server name can contain only letters, digits and hyphens';
  if (/^[0-9]+$/.test(name)) return 'The server name can\u2019t be only digits';
  if (name.startsWith('-') || name.endsWith('-'))
    return 'The server name can\u2019t start or end with a hyphen';
  return null;
}

export function userNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > 20) return 'The user name must be 1 to 20 characters long';
  if (USER_FORBIDDEN.test(name))
    return 'The user name can\u2019t contain any of \\ / " [ ] : | < > + = ; , ? * @ &';
  if (name.endsWith('.')) return 'The user name can\u2019t end with a period';
  if (RESERVED_USERS.includes(name.toLowerCase()))
    return `The user name '${name}' is reserved: choose another`;
  return null;
}

export function passwordProblem(password: string, userName: string): string | null {
  if (password.length < 12 || password.length > 123) return 'The password must be 12 to 123 characters long';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3)
    return 'The password must contain 3 of: a lowercase letter, an uppercase letter, a digit, a special character';
  if (userName && password.toLowerCase().includes(userName.toLowerCase()))
    return 'The password can\u2019t contain the user name';
  return null;
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
  const need = (key: string): string | SimError => {
    const v = text(key);
    return v === null || v === '' ? invalidParameter(at(key), `'${at(key)}' is required`, 'PS-3') : v;
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
  const problems: [string, string | null][] = [
    ['serverName', serverNameProblem(values.serverName)],
    ['userName', userNameProblem(values.userName)],
    ['password', passwordProblem(values.password, values.userName)],
  ];
  for (const [key, problem] of problems) if (problem) return fail(invalidParameter(at(key), problem));
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
