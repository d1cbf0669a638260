import { queryOptions, useQuery } from '@tanstack/react-query';
import { arm } from './arm-client';
import { keys } from './query-keys';

export type { DeploymentOptions } from '../../contract/deployment-options';
import type { DeploymentOptions } from '../../contract/deployment-options';

/** The simulator twin of a fabric path: `/simulator` + the ARM id (docs/api.md §2.2). */
export const simulatorFabricPath = (fabricId: string, tail: string) => `/simulator${fabricId}/${tail}`;

export const deploymentOptionsQuery = (vault: string, fabricId: string | undefined) =>
  queryOptions({
    queryKey: [...keys.fabrics(vault), 'deployment-options', fabricId ?? ''],
    queryFn: ({ signal }) =>
      arm.get<DeploymentOptions>(
        simulatorFabricPath(fabricId ?? '', 'processServerDeploymentOptions'),
        signal,
      ),
    enabled: Boolean(fabricId),
    staleTime: 60_000,
  });

export const useDeploymentOptions = (vault: string, fabricId: string | undefined) =>
  useQuery(deploymentOptionsQuery(vault, fabricId));
