/** One machine's choices in the plan re-protect form. */
export interface MachineChoice {
  machine: string;
  /** The item's replication group (providerSpecificDetails.replicationGroup), or null. */
  group: string | null;
  masterTarget: string;
}

/**
 * RP-3 / RPL-2: all machines of one replication group must use the same master target (else no
 * common point in time). The first machine of a group that has a master target sets it; every
 * later machine of the group with another one gets the error, keyed by machine name → group.
 */
export function sameMasterTargetConflicts(choices: MachineChoice[]): Record<string, string> {
  const firstByGroup = new Map<string, string>();
  const conflicts: Record<string, string> = {};
  for (const { machine, group, masterTarget } of choices) {
    if (!group || !masterTarget) continue;
    const first = firstByGroup.get(group);
    if (first === undefined) firstByGroup.set(group, masterTarget);
    else if (first !== masterTarget) conflicts[machine] = group;
  }
  return conflicts;
}
