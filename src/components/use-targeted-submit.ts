import { ArmError } from '../api/arm-client';

/** The field an ARM error's target ends with (`….providerSpecificDetails.masterTargetId`), if any. */
export function targetField<F extends string>(error: ArmError, targets: Record<string, F>): F | undefined {
  return targets[error.target?.split('.').pop() ?? ''];
}

/**
 * The machine a plan error targets: `properties.items[web-03]…`, or with `byIndex` (the simulator's
 * plan re-protect route) also `properties.items[1]…`.
 */
export function targetMachine(error: ArmError, machines: string[], byIndex = false): string | undefined {
  const key = /items\[([^\]]+)\]/.exec(error.target ?? '')?.[1];
  if (!key) return undefined;
  if (byIndex && /^\d+$/.test(key)) return machines[Number(key)];
  return machines.find((machine) => machine.toLowerCase() === key.toLowerCase());
}
