import { MutationCache, QueryClient } from '@tanstack/react-query';
import { keys } from './query-keys';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * A portal operation (re-protect, failover, commit, job restart, refresh server …): a 4xx
       * refusal of it counts as a runbook mistake (docs/runbooks.md §3). Lab toggles and imports are not.
       */
      operation?: boolean;
    };
  }
}

/**
 * The app's QueryClient. Two things happen here once for every mutation instead of in each hook:
 * a refused operation is recorded as a runbook mistake, and the running runbook's progress (and
 * its report) refresh after every change, since any change to the world may finish a step.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.meta?.operation)
          void import('./runbooks').then((m) => m.recordRunbookMistake(client, error));
      },
      onSettled: () =>
        Promise.all([
          client.invalidateQueries({ queryKey: keys.runbook }),
          client.invalidateQueries({ queryKey: keys.runbookReports }),
        ]),
    }),
  });
  return client;
}
