/**
 * Lab: a master target's volumes (`masterTargets.{mt}.volumes`). Merge patch: a new name adds a
 * drive (visible after the next discovery, RV-7), an existing one is updated, null removes it.
 */
import { invalidParameter } from './errors';
import { sameName } from './lookup';
import { activeInputs } from './references';
import type { SimError, Volume, World } from './types';

const FILE_SYSTEMS: Volume['fileSystem'][] = ['NTFS', 'ReFS', 'FAT', 'FAT32', 'ext4', 'xfs'];
const USAGES: Volume['usage'][] = ['None', 'ReplicationTarget'];
const VOLUME_NAME = /^([A-Za-z]:|\/[A-Za-z0-9_./-]*)$/;

export function volumesDocument(world: World, mt: string): Record<string, unknown> {
  return Object.fromEntries(
    world.volumes
      .filter((v) => v.masterTarget === mt)
      .map((v) => [
        v.name,
        {
          fileSystem: v.fileSystem,
          capacityGB: v.capacityGB,
          cache: v.cache,
          usage: v.usage,
          locked: v.locked,
          addedAt: v.addedAt,
        },
      ]),
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function check(key: string, value: unknown): string | null {
  switch (key) {
    case 'fileSystem':
      return FILE_SYSTEMS.includes(value as Volume['fileSystem'])
        ? null
        : `must be one of ${FILE_SYSTEMS.join(', ')}`;
    case 'usage':
      return USAGES.includes(value as Volume['usage']) ? null : `must be one of ${USAGES.join(', ')}`;
    case 'capacityGB':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 65536
        ? null
        : 'must be a number from 0 to 65536';
    case 'cache':
    case 'locked':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'addedAt':
      return 'is read-only';
    default:
      return 'is not a volume field';
  }
}

export function patchVolumes(draft: World, mt: string, patch: unknown, path: string): SimError | null {
  if (!isObject(patch)) return invalidParameter(path, `'${path}' must be an object keyed by volume name`);
  for (const [name, body] of Object.entries(patch)) {
    const at = `${path}.${name}`;
    const index = draft.volumes.findIndex(
      (v) => v.masterTarget === mt && v.name.toLowerCase() === name.toLowerCase(),
    );
    if (body === null) {
      if (index < 0) return invalidParameter(at, `Unknown volume '${name}'`);
      const drive = draft.volumes[index].name;
      const uses = (n: { masterTarget?: string | null; retentionDrive?: string | null }) =>
        !!n.masterTarget && n.masterTarget === mt && !!n.retentionDrive && sameName(n.retentionDrive, drive);
      // RV-*: the retention drive of a replication, or of a job about to start one, stays.
      const user = draft.items.find(uses)?.name ?? activeInputs(draft).find((u) => uses(u.names))?.job.name;
      if (user) return invalidParameter(at, `'${user}' keeps its retention drive on '${drive}'`);
      draft.volumes.splice(index, 1);
      continue;
    }
    if (!isObject(body)) return invalidParameter(at, `'${at}' must be an object or null`);
    for (const [key, value] of Object.entries(body)) {
      const problem = check(key, value);
      if (problem) return invalidParameter(`${at}.${key}`, `'${at}.${key}' ${problem}`);
    }
    if (index >= 0) {
      Object.assign(draft.volumes[index], body);
      continue;
    }
    if (!VOLUME_NAME.test(name))
      return invalidParameter(at, `'${name}' is not a drive letter (R:) or a mount point (/mnt/x)`);
    if (body.fileSystem === undefined || body.capacityGB === undefined) {
      return invalidParameter(at, `A new volume needs fileSystem and capacityGB`);
    }
    // RV-7: a new drive is seen by the next discovery (or Refresh server).
    draft.volumes.push({
      masterTarget: mt,
      name,
      cache: false,
      usage: 'None',
      locked: false,
      ...(body as Partial<Volume>),
      fileSystem: body.fileSystem as Volume['fileSystem'],
      capacityGB: body.capacityGB as number,
      addedAt: draft.now,
    });
  }
  return null;
}
