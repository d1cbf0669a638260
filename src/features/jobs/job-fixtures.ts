import type { ArmJob } from '../../api/wire-types';
import { armPaths } from '../../api/arm-paths';

/** Wire-shaped jobs for component tests (docs/api.md §3.3). */
export function makeJob(name: string, overrides: Partial<ArmJob['properties']> = {}): ArmJob {
  return {
    id: armPaths.job('contoso-vault', name),
    name,
    type: 'Microsoft.RecoveryServices/vaults/replicationJobs',
    properties: {
      scenarioName: 'Reprotect',
      friendlyName: 'Reprotect',
      state: 'Succeeded',
      stateDescription: 'Completed',
      startTime: '2026-11-23T09:00:00.000Z',
      endTime: '2026-11-23T09:20:00.000Z',
      allowedActions: [],
      targetObjectName: 'web-01',
      tasks: [
        {
          taskId: `${name}-t1`,
          name: 'PrerequisitesCheck',
          friendlyName: 'Prerequisites check for reprotect',
          state: 'Succeeded',
          stateDescription: 'Completed',
          startTime: '2026-11-23T09:00:00.000Z',
          endTime: '2026-11-23T09:02:00.000Z',
          errors: [],
        },
      ],
      errors: [],
      ...overrides,
    },
  };
}

export const failedReprotect = makeJob('job-failed', {
  state: 'Failed',
  stateDescription: 'Failed',
  allowedActions: ['Restart'],
  errors: [
    {
      errorLevel: 'Error',
      creationTime: '2026-11-23T09:20:00.000Z',
      taskId: 'job-failed-t1',
      serviceErrorDetails: {
        code: '95226',
        message: 'Reprotect failed because the Azure virtual machine could not reach the on-premises server.',
        possibleCauses: 'The site-to-site VPN is not connected.',
        recommendedAction: 'Connect the site-to-site VPN or ExpressRoute private peering and retry.',
      },
    },
  ],
});
