import type { LabVolume } from '../../api/lab';

/**
 * Why a discovered retention volume or datastore can or can't be used for failback, as rule ids
 * (the `infra` catalog words them). The same rules decide the Re-protect pane's options on the
 * backend; here they only explain the master target's disks.
 */
export function volumeRuleIds(volume: LabVolume | null | undefined, capacityGB: number): string[] {
  const rules: string[] = [];
  if (volume?.usage === 'ReplicationTarget') rules.push('RV-1');
  if (volume?.locked) rules.push('RV-2');
  if (volume?.cache) rules.push('RV-3');
  if (volume?.fileSystem === 'FAT' || volume?.fileSystem === 'FAT32') rules.push('RV-4');
  if (capacityGB === 0) rules.push('RV-5');
  return rules;
}

/** DS-1: only VMFS and vSAN (DS-3) datastores are listed for failback. */
export const datastoreRuleIds = (type: string): string[] => (type === 'NFS' ? ['DS-1'] : []);

export const GB = 1024 * 1024 * 1024;
