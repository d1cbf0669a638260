import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { keys } from './query-keys';

export type Role = 'Contributor' | 'Operator' | 'Reader';

export const roleQuery = queryOptions({
  queryKey: keys.role,
  queryFn: ({ signal }) => arm.get<{ role: Role }>(simulatorPaths.role, signal),
});

/** The simulated user's role (docs/ui-names.md §9); Contributor until the backend answers. */
export function useRole(): Role {
  return useQuery(roleQuery).data?.role ?? 'Contributor';
}
