import type { TFunction } from 'i18next';
import type { FabricProcessServer } from './infrastructure-api';

/**
 * PS-5: only the failback process server in Azure can be deleted, and only once no item replicates
 * through it (after failback completes). Returns why this one can't be deleted now, or null. The
 * backend enforces the same; the portal says it before the user asks.
 */
export function deleteProcessServerReason(
  t: TFunction<'infra'>,
  ps: FabricProcessServer,
  location: string | undefined,
  permission: string | null,
): string | null {
  if (permission) return permission;
  if (location !== 'Azure') return t('processServers.reasonOnPremises');
  const machines = Number(ps.machineCount ?? 0);
  return machines > 0 ? t('processServers.reasonInUse', { count: machines }) : null;
}
