import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths, SUBSCRIPTION_ID } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import { isRunning, jobsQuery } from '../../api/jobs';
import { poll } from '../../api/polling';

export interface VaultInfo {
  name: string;
  location: string;
  resourceGroup: string;
  subscription: string;
}

interface ArmVault {
  name: string;
  location: string;
}

/** The vault and its subscription's display name, for the essentials (one entry: they change together). */
export const vaultInfoQuery = (vault: string) =>
  queryOptions({
    queryKey: keys.vaultInfo(vault),
    queryFn: async ({ signal }): Promise<VaultInfo> => {
      const [resource, subscription] = await Promise.all([
        arm.get<ArmVault>(armPaths.vault(vault), signal),
        arm
          .get<{ displayName?: string }>(`/subscriptions/${SUBSCRIPTION_ID}`, signal)
          .catch(() => ({ displayName: SUBSCRIPTION_ID })),
      ]);
      const resourceGroup = armPaths.vault(vault).split('/')[4];
      return {
        name: resource.name,
        location: resource.location,
        resourceGroup,
        subscription: subscription.displayName ?? SUBSCRIPTION_ID,
      };
    },
  });

export const useVaultInfo = (vault: string) => useQuery(vaultInfoQuery(vault));

/** The vault's running jobs, counted from the vault's jobs entry (src/api/jobs.ts). */
export function useRunningJobCount(vault: string) {
  return useQuery({
    ...jobsQuery(vault),
    select: (jobs) => jobs.filter(isRunning).length,
    refetchInterval: () => poll(2000),
  });
}
