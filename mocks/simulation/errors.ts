/**
 * ERR catalog (docs/rules.md §10): the documented ASR codes plus the project's own codes from
 * 990000 (docs/api.md §3.3), and helpers that build the SimErrors of docs/api.md §5.
 */
import type { SimError } from './types';

export interface CatalogEntry {
  code: string;
  ruleId: string;
  message: string;
  possibleCauses: string;
  recommendedAction: string;
}

/** Own codes, named so job checks read well. */
export const ERR = {
  reachConfigurationServer: '95226',
  protectionNotCompleted: '78052',
  vmNotRunning: '78093',
  datastoreNotAccessible: '8061',
  vmNotBroughtUp: '8038',
  agentNotInstalled: '990000',
  masterTargetSnapshots: '990001',
  diskUuidConflict: '990002',
  tooManyDisks: '990003',
  freeEsxiLicence: '990004',
  masterTargetPrerequisites: '990005',
  diskDetach: '990006',
  configurationServerDisconnected: '990007',
  readOnlyVcenter: '990008',
  alternateVcenter: '990009',
  hyperVHostDisconnected: '990010',
  vmNotInCsDatabase: '990011',
  datastoreNotMounted: '990012',
  replicaIpInvalid: '990013',
} as const;

const entries: CatalogEntry[] = [
  {
    code: '95226',
    ruleId: 'RP-4',
    message:
      'Reprotect failed because the Azure virtual machine was not able to reach the on-premises configuration server.',
    possibleCauses:
      'The Azure virtual machine could not reach the on-premises configuration server, so it could not be discovered and registered with it. Or the InMage Scout Application service in the Azure virtual machine is not running after failover.',
    recommendedAction:
      'Set up a site-to-site VPN or ExpressRoute private peering on the Azure virtual machine network so that it can reach the configuration server. If the network is set up, sign in to the virtual machine, start the InMage Scout Application service and set its startup type to Automatic.',
  },
  {
    code: '78052',
    ruleId: 'RP-2',
    message: 'Protection couldn\u2019t be completed for the virtual machine.',
    possibleCauses:
      'The virtual machine runs Windows Server 2016, or a virtual machine with the same name already exists on the master target server\u2019s ESXi host.',
    recommendedAction:
      'Select a master target server on another host, vMotion the master target to another host, or rename the existing isolated virtual machine.',
  },
  {
    code: '78093',
    ruleId: 'RP-2',
    message: 'The virtual machine is not running, is in a hung state, or is not accessible.',
    possibleCauses:
      'The Azure virtual machine is stopped or suspended, or it is on the wrong network, so the configuration server can\u2019t reach its Mobility service.',
    recommendedAction: 'Start the Azure virtual machine, then restart the reprotect job.',
  },
  {
    code: '8061',
    ruleId: 'DS-6',
    message: 'The datastore is not accessible from the ESXi host.',
    possibleCauses:
      'The datastore is not mounted on the master target\u2019s ESXi host, or its type is not supported.',
    recommendedAction: 'Check the master target prerequisites and the datastores supported for failback.',
  },
  {
    code: '8038',
    ruleId: 'LIFE-4',
    message: 'Failed to bring up the on-premises virtual machine.',
    possibleCauses:
      'The ESXi host the virtual machine is brought up on doesn\u2019t have enough memory provisioned.',
    recommendedAction: 'Provision more memory on the ESXi host, then restart the job.',
  },
  {
    code: '990000',
    ruleId: 'LIFE-11',
    message:
      'The agent is not installed on the virtual machine: the Mobility service agent has not registered with the configuration server yet.',
    possibleCauses:
      'The virtual machine was started less than 15 minutes ago. After a boot, the agent takes up to 15 minutes to register with the configuration server.',
    recommendedAction: 'Wait a few minutes, then restart the job.',
  },
  {
    code: '990001',
    ruleId: 'RP-2',
    message: 'The master target server has snapshots on its disks.',
    possibleCauses:
      'Snapshots exist on the master target server. Snapshots on the protected virtual machine are merged automatically; snapshots on the master target are not.',
    recommendedAction: 'Delete the snapshots of the master target server, then restart the job.',
  },
  {
    code: '990002',
    ruleId: 'RP-2',
    message: 'A disk UUID of the master target server conflicts with a disk of the virtual machine.',
    possibleCauses: 'The master target server and the virtual machine were cloned from the same template.',
    recommendedAction:
      'Use a master target server that was not cloned from the virtual machine\u2019s template.',
  },
  {
    code: '990003',
    ruleId: 'RP-2',
    message: 'The master target server has more than 60 disks attached.',
    possibleCauses: 'A master target server can have at most 60 disks attached in total.',
    recommendedAction: 'Detach disks from the master target server or use another master target server.',
  },
  {
    code: '990004',
    ruleId: 'RP-6',
    message: 'Failback is not supported on an ESXi host with a free licence.',
    possibleCauses:
      'The master target\u2019s ESXi host runs a free ESXi 5.5 or free vSphere 6 Hypervisor licence.',
    recommendedAction: 'Upgrade the ESXi host\u2019s licence or use a master target on a licensed host.',
  },
  {
    code: '990005',
    ruleId: 'MT-3',
    message: 'The master target server doesn\u2019t meet the prerequisites for failback.',
    possibleCauses:
      'VMware Tools are not installed, the SCSI controller is Paravirtual instead of LSI Logic, disk.EnableUUID is not true, or the master target was moved by Storage vMotion.',
    recommendedAction:
      'Install VMware Tools, use an LSI Logic SCSI controller, set disk.EnableUUID=true and move the master target back, then restart the job.',
  },
  {
    code: '990006',
    ruleId: 'MT-4',
    message: 'Failback failed to detach the disks from the master target server: the disks were not found.',
    possibleCauses:
      'The master target server was moved by Storage vMotion after reprotect, which moved the protected disks.',
    recommendedAction: 'Move the master target server back to its original datastore, then restart the job.',
  },
  {
    code: '990007',
    ruleId: 'RP-2',
    message: 'The configuration server is not running or not connected.',
    possibleCauses: 'The configuration server is stopped or can\u2019t reach Azure Site Recovery.',
    recommendedAction: 'Start the configuration server and check its connectivity, then restart the job.',
  },
  {
    code: '990008',
    ruleId: 'DS-4',
    message: 'The vCenter account is read-only: datastores can\u2019t be discovered.',
    possibleCauses:
      'The configuration server discovers vCenter with an account that has read-only permissions.',
    recommendedAction:
      'Update the vCenter credential to an account with the required permissions, then refresh the configuration server.',
  },
  {
    code: '990009',
    ruleId: 'DS-5',
    message: 'The alternate vCenter and its master target server haven\u2019t been discovered yet.',
    possibleCauses:
      'Datastores of an alternate vCenter appear only once that vCenter and its master target are discovered.',
    recommendedAction: 'Add the alternate vCenter to the configuration server and wait for discovery.',
  },
  {
    code: '990010',
    ruleId: 'HV-2',
    message: 'The primary VMM server or Hyper-V host is not connected.',
    possibleCauses:
      'Planned failover from Azure needs the primary VMM server or Hyper-V host connected to Site Recovery.',
    recommendedAction: 'Reconnect the primary Hyper-V host, then restart the job.',
  },
  {
    code: '990011',
    ruleId: 'RP-2',
    message: 'The virtual machine is missing from the configuration server database.',
    possibleCauses:
      'The configuration server has no record of the virtual machine, for example after it was restored from an old backup or reinstalled.',
    recommendedAction:
      'Make sure the virtual machine is registered with the configuration server (restore the configuration server from its latest backup, with the same IP address), then restart the job.',
  },
  {
    code: '990012',
    ruleId: 'LIFE-10',
    message:
      'The datastore of the on-premises virtual machine is not mounted with read/write access on the master target\u2019s ESXi host.',
    possibleCauses:
      'Failback to the original location needs the virtual machine\u2019s datastore mounted read/write on the ESXi host of the master target server.',
    recommendedAction:
      'Mount the virtual machine\u2019s datastore read/write on the master target\u2019s ESXi host, or delete the on-premises virtual machine to fail back to an alternate location, then restart the job.',
  },
  {
    // TF-4: no documented code; the message is the portal's.
    code: '990013',
    ruleId: 'TF-4',
    message: 'One or more replica IP addresses for the network adapter of virtual machine is invalid.',
    possibleCauses:
      'A test failover virtual machine left from an earlier test still holds the replica IP addresses in the network.',
    recommendedAction:
      'Run Cleanup test failover for the earlier test (or delete the leftover test virtual machine), then restart the job.',
  },
];

const byCode = new Map(entries.map((e) => [e.code, e]));

export function catalogEntry(code: string): CatalogEntry | undefined {
  return byCode.get(code);
}

export function catalogCodes(): string[] {
  return entries.map((e) => e.code);
}

export const notFound = (kind: string, name: string): SimError => ({
  status: 404,
  code: 'ResourceNotFound',
  message: `The Resource 'Microsoft.RecoveryServices/vaults/${kind}/${name}' was not found.`,
});

export const notAllowed = (message: string, ruleId?: string): SimError => ({
  status: 400,
  code: 'OperationNotAllowed',
  message: ruleId ? `${message} (${ruleId}).` : `${message}.`,
  ...(ruleId ? { ruleId } : {}),
});

export const conflict = (scenario: string, job: string, item: string): SimError => ({
  status: 409,
  code: 'OperationNotAllowed',
  message: `Another operation (${scenario}, job ${job}) is in progress on '${item}'. Wait for it to finish.`,
});

export const invalidParameter = (target: string, message: string, ruleId?: string): SimError => ({
  status: 400,
  code: 'InvalidParameter',
  target,
  message: ruleId ? `${message} (${ruleId}).` : `${message}.`,
  ...(ruleId ? { ruleId } : {}),
});
