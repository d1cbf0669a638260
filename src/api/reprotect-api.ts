import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { keys } from './query-keys';
import type { ArmItem, ItemFieldEligibility } from './wire-types';

/**
 * The form's fields for one operation (docs/api.md §2.2 `{S}{I}/eligibility`): options, the excluded
 * ones with their rule, the default. With a master target, also its datastores and volumes.
 */
export const fieldEligibilityQuery = (
  vault: string,
  item: ArmItem,
  operation: string,
  masterTarget?: string,
) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  queryOptions({
    queryKey: keys.itemFields(vault, item.name, operation, masterTarget),
    queryFn: ({ signal }) =>
      arm.get<ItemFieldEligibility>(simulatorPaths.itemEligibility(item.id, operation, masterTarget), signal),
  });

export function useFieldEligibility(
  vault: string,
  item: ArmItem,
  operation: string,
  masterTarget?: string,
  enabled = true,
) {
  return useQuery({ ...fieldEligibilityQuery(vault, item, operation, masterTarget), enabled });
}
