/** The built-in runbooks, in docs/runbooks.md §2 order (their ids are public: `?runbook=<id>`). */
import type { RunbookDocument } from '../types';
import { hyperVFailbackHvApp01 } from './hyper-v-failback-hv-app-01';
import { linuxFailbackDb01 } from './linux-failback-db-01';
import { physicalFailbackFile01 } from './physical-failback-file-01';
import { planFailbackWebTier } from './plan-failback-web-tier';
import { processServerInAzure } from './process-server-in-azure';
import { troubleshootAgentRegistration } from './troubleshoot-agent-registration';
import { troubleshootNewRetentionDrive } from './troubleshoot-new-retention-drive';
import { troubleshootReadonlyVcenter } from './troubleshoot-readonly-vcenter';
import { troubleshootVpn95226 } from './troubleshoot-vpn-95226';
import { vmwareFailbackWeb01 } from './vmware-failback-web-01';

export const BUILT_IN_RUNBOOKS: readonly RunbookDocument[] = [
  vmwareFailbackWeb01,
  physicalFailbackFile01,
  linuxFailbackDb01,
  hyperVFailbackHvApp01,
  planFailbackWebTier,
  processServerInAzure,
  troubleshootVpn95226,
  troubleshootReadonlyVcenter,
  troubleshootNewRetentionDrive,
  troubleshootAgentRegistration,
];
