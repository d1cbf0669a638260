import { useQuery } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { ArmList, ArmResource } from '../../api/wire-types';

/** api.md §3.6: the fields the plan blades read. */
export interface PlanProperties {
  friendlyName: string;
  primaryFabricFriendlyName?: string;
  recoveryFabricFriendlyName?: string;
  currentScenarioStatusDescription?: string;
  groups?: { groupType: string; replicationProtectedItems?: { id: string }[] }[];
}
export type ArmPlan = ArmResource<PlanProperties>;

export const usePlans = (vault: string) =>
  useQuery({
    queryKey: keys.plans(vault),
    queryFn: ({ signal }) =>
      arm.get<ArmList<ArmPlan>>(armPaths.recoveryPlans(vault), signal).then((list) => list.value),
  });

/** The machines of a plan, by name (the last segment of each item id), in group order. */
export const planMachines = (plan: ArmPlan) =>
  (plan.properties.groups ?? []).flatMap((group) =>
    (group.replicationProtectedItems ?? []).map((item) =>
      decodeURIComponent(item.id.split('/').pop() ?? item.id),
    ),
  );
