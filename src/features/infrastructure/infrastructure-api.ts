import { useMutation, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { keys } from '../../api/query-keys';

export type { FabricMasterTarget, FabricProcessServer, FabricProperties } from '../../api/fabrics';
export { useFabrics } from '../../api/fabrics';

/**
 * Refresh server (docs/api.md §2.1 `refreshProvider`, RV-7): discovery runs now, so drives and datastores
 * added in the meantime show at once. The provider of a configuration server is named after it.
 */
export function useRefreshServer(vault: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { operation: true }, // a refusal is a runbook mistake (src/api/query-client.ts)
    mutationFn: ({ fabricId, provider }: { fabricId: string; provider: string }) =>
      arm.post(
        `${fabricId}/replicationRecoveryServicesProviders/${encodeURIComponent(provider)}/refreshProvider`,
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.vault(vault) }),
        client.invalidateQueries({ queryKey: keys.lab }),
        client.invalidateQueries({ queryKey: keys.notifications }),
      ]),
  });
}
