/**
 * PS-3: the answer of `GET {S}{F}/processServerDeploymentOptions` (docs/api.md §2.2): the Azure
 * resources Add process server offers, each with the ARM id the request sends back. The simulation
 * builds it (mocks/simulation/process-servers.ts) and the portal's pane reads it, from this one type.
 */
export interface DeploymentOptions {
  subscriptions: { id: string; name: string }[];
  networks: {
    id: string;
    name: string;
    deploymentModel: 'Classic' | 'ResourceManager';
    subnets: string[];
  }[];
  resourceGroups: string[];
  storageAccounts: { id: string; name: string }[];
  networkInterfaces: { id: string; name: string }[];
}
