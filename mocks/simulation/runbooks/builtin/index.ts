/** The built-in runbooks, in docs/runbooks.md §2 order (their ids are public: `?runbook=<id>`). */
import type { RunbookDocument } from '../types';
import {
  hyperVFailbackHvApp01,
  linuxFailbackDb01,
  physicalFailbackFile01,
  planFailbackWebTier,
} from './failbacks';
import {
  processServerInAzure,
  troubleshootAgentRegistration,
  troubleshootNewRetentionDrive,
  troubleshootReadonlyVcenter,
  troubleshootVpn95226,
} from './troubleshooting';
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
