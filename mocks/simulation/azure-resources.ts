/** The Azure resources of the world (PS-3, TF-1): `world.azure`, or defaults derived from the vault. */
import type { AzureResources, World } from './types';

export function azureResources(world: World): AzureResources {
  if (world.azure) return world.azure;
  const rg = world.vault.resourceGroup;
  return {
    subscriptions: [{ id: world.vault.subscriptionId, name: world.vault.subscriptionName }],
    networks: [
      {
        name: 'contoso-vnet',
        resourceGroup: rg,
        deploymentModel: 'ResourceManager',
        subnets: ['default', 'failback'],
      },
      { name: 'contoso-classic-net', resourceGroup: rg, deploymentModel: 'Classic', subnets: ['Subnet-1'] },
    ],
    resourceGroups: [rg, 'contoso-ps-rg'],
    storageAccounts: [{ name: 'contosodrstorage', resourceGroup: rg }],
    networkInterfaces: [
      { name: 'ps-nic-01', resourceGroup: rg },
      { name: 'ps-nic-02', resourceGroup: rg },
    ],
  };
}
