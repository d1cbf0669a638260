import type { ArmRecoveryPoint } from '../api/wire-types';

/** The FO-1 choices, in the blade's order. */
export type RecoveryPointChoice = 'latest' | 'latestProcessed' | 'latestAppConsistent' | 'custom';
export const CHOICES: RecoveryPointChoice[] = ['latest', 'latestProcessed', 'latestAppConsistent', 'custom'];

export type FailoverDirection = 'ToAzure' | 'FromAzure';

const newest = (points: ArmRecoveryPoint[]) =>
  points.reduce<ArmRecoveryPoint | undefined>(
    (best, point) =>
      !best || Date.parse(point.properties.recoveryPointTime) > Date.parse(best.properties.recoveryPointTime)
        ? point
        : best,
    undefined,
  );

/**
 * The point each choice stands for (docs/api.md §3.2): Latest and Latest processed = the newest point,
 * Latest app-consistent = the newest ApplicationConsistent one (older: data loss, FO-1).
 */
export function pointsByChoice(points: ArmRecoveryPoint[]) {
  const latest = newest(points);
  return {
    latest,
    latestProcessed: latest,
    latestAppConsistent: newest(
      points.filter((p) => p.properties.recoveryPointType === 'ApplicationConsistent'),
    ),
  };
}

export interface FailoverChoice {
  direction: FailoverDirection;
  choice: RecoveryPointChoice;
  /** The point behind the choice (Custom: the one picked). */
  point: ArmRecoveryPoint | undefined;
  shutDown: boolean;
}

/** The unplannedFailover input (docs/api.md §3.2), ARM field names exactly. */
export function failoverBody({ direction, choice, point, shutDown }: FailoverChoice) {
  if (direction === 'FromAzure') {
    // LIFE-4: InMage knows LatestTime / LatestTag / Custom; the Azure VM is always shut down (FO-3).
    const recoveryPointType =
      choice === 'latest' ? 'LatestTime' : choice === 'latestAppConsistent' ? 'LatestTag' : 'Custom';
    return {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage',
          recoveryPointType,
          ...(recoveryPointType === 'Custom' && point ? { recoveryPointId: point.id } : {}),
        },
      },
    };
  }
  // LIFE-1: Latest = no recoveryPointId; any other choice names its point.
  return {
    properties: {
      failoverDirection: 'PrimaryToRecovery',
      sourceSiteOperations: shutDown ? 'Required' : 'NotRequired',
      providerSpecificDetails: {
        instanceType: 'InMageAzureV2',
        ...(choice !== 'latest' && point ? { recoveryPointId: point.id } : {}),
      },
    },
  };
}
