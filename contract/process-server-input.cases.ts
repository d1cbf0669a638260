/**
 * Bad Add process server inputs and the problem each must raise (PS-3): the form's tests
 * (src/features/add-process-server) and the simulation's (mocks/simulation) run this same table,
 * so the two sides cannot drift.
 */
import type { ProcessServerField, ProcessServerProblem, ProcessServerValues } from './process-server-input';

/** A valid form (a Resource Manager network, resource group, storage, subnet and NIC of the default world). */
export const VALID_PROCESS_SERVER: ProcessServerValues = {
  resourceGroup: 'contoso-dr-rg',
  serverName: 'ps-azure-02',
  userName: 'psadmin',
  password: 'Failback-2026!',
  storageAccount: 'contosodrstorage',
  subnet: 'failback',
  networkInterface: 'ps-nic-01',
};

export const BAD_PROCESS_SERVER_INPUTS: [ProcessServerField, string, ProcessServerProblem][] = [
  ['serverName', '', 'serverNameRequired'],
  ['serverName', '   ', 'serverNameRequired'],
  ['serverName', 'ps-azure-02-too-long', 'serverNameLength'],
  ['serverName', 'ps_azure', 'serverNameCharacters'],
  ['serverName', 'ps azure', 'serverNameCharacters'],
  ['serverName', '12345', 'serverNameDigits'],
  ['serverName', '-ps02', 'serverNameHyphen'],
  ['serverName', 'ps02-', 'serverNameHyphen'],
  ['userName', '', 'userNameRequired'],
  ['userName', 'a-very-long-user-name-x', 'userNameLength'],
  ['userName', 'ps@admin', 'userNameCharacters'],
  ['userName', 'ps admin', 'userNameCharacters'],
  ['userName', 'psadmin.', 'userNameCharacters'],
  ['userName', 'Administrator', 'userNameReserved'],
  ['userName', 'root', 'userNameReserved'],
  ['userName', 'support_388945a0', 'userNameReserved'],
  ['password', '', 'passwordRequired'],
  ['password', 'Short-1!', 'passwordLength'],
  ['password', 'A1!' + 'a'.repeat(121), 'passwordLength'],
  ['password', 'alllowercase12', 'passwordComplexity'],
  ['password', 'Psadmin-2026!', 'passwordUserName'],
];

/** The API body of that valid form (docs/api.md §2.2 `{S}{F}/processServers`), with any field replaced. */
export const processServerBody = (over: Record<string, string> = {}) => ({
  properties: {
    subscriptionId: '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10',
    networkId: 'contoso-vnet',
    resourceGroupName: VALID_PROCESS_SERVER.resourceGroup,
    serverName: VALID_PROCESS_SERVER.serverName,
    userName: VALID_PROCESS_SERVER.userName,
    password: VALID_PROCESS_SERVER.password,
    storageAccountId: VALID_PROCESS_SERVER.storageAccount,
    subnetName: VALID_PROCESS_SERVER.subnet,
    networkInterfaceId: VALID_PROCESS_SERVER.networkInterface,
    ...over,
  },
});
