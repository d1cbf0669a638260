import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { simulatorPaths } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import type { LabDocument } from '../../api/lab';

export type { LabDocument, LabMasterTarget, LabVolume } from '../../api/lab';
export { labQuery, useLab } from '../../api/lab';

/** A Lab change: resolves whether the API stored it (a refusal shows in the blade's alert). */
export type SetLab = (patch: LabDocument) => Promise<boolean>;

export interface ScenarioInfo {
  id: string;
  title: string;
}

export const scenariosQuery = () =>
  queryOptions({
    queryKey: keys.scenarios,
    queryFn: ({ signal }) =>
      arm.get<{ value: ScenarioInfo[] }>(simulatorPaths.scenarios, signal).then((r) => r.value ?? []),
    staleTime: Infinity,
  });

export const useScenarios = () => useQuery(scenariosQuery());

/** RFC 7386 JSON Merge Patch, as `{S}/lab` applies it: null removes a key, arrays are replaced. */
export function mergePatch<T>(target: T, patch: unknown): T {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch as T;
  const base =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base as T;
}

const PATCH_LAB = ['patch-lab'] as const;

/**
 * A Lab change can alter any resource (a VPN drop fails re-protect, RP-4; a VM boot restarts the
 * LIFE-11 window): after it, every query of every blade is stale.
 * docs/ui-names.md §10: every control shows the user's choice at once (the patch is applied to the
 * cached document before the request), controls are never disabled meanwhile, and a refused patch
 * puts the stored document back (the blade then says why, from the mutation's error).
 */
export function usePatchLab() {
  const client = useQueryClient();
  const othersPending = () => client.isMutating({ mutationKey: PATCH_LAB }) > 1;
  return useMutation({
    mutationKey: PATCH_LAB,
    mutationFn: (patch: LabDocument) => arm.patch<LabDocument>(simulatorPaths.lab, patch),
    onMutate: async (patch) => {
      await client.cancelQueries({ queryKey: keys.lab });
      const before = client.getQueryData<LabDocument>(keys.lab);
      if (before) client.setQueryData<LabDocument>(keys.lab, mergePatch(before, patch));
      return { before };
    },
    onError: (_error, _patch, context) => {
      if (context?.before) client.setQueryData(keys.lab, context.before);
    },
    // A later change still on its way keeps showing: only the last answer writes the document.
    onSuccess: (doc) => {
      if (!othersPending()) client.setQueryData(keys.lab, doc);
    },
    onSettled: () => (othersPending() ? undefined : client.invalidateQueries()),
  });
}

export function useLoadScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => arm.post(simulatorPaths.loadScenario(id)),
    onSettled: () => client.invalidateQueries(),
  });
}

/** Import replaces the world; an invalid document is a 400 InvalidScenario and changes nothing. */
export function useImportScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => arm.put<unknown>(simulatorPaths.scenario, document),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const exportScenario = () => arm.get<unknown>(simulatorPaths.scenario);
