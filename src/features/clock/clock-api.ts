import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { arm } from '../../api/arm-client';
import { simulatorPaths } from '../../api/arm-paths';
import { clockQuery, reportSpeed } from '../../api/clock';
import { keys } from '../../api/query-keys';
import type { ClockState } from '../../api/wire-types';

export type ClockSpeed = ClockState['speed'];
export const clockSpeeds: readonly ClockSpeed[] = [0, 1, 10, 60, 600];

export const useClock = () => useQuery(clockQuery());

export type ClockAction =
  { kind: 'speed'; speed: ClockSpeed } | { kind: 'advance'; minutes: number } | { kind: 'untilJobsFinish' };

function runClockAction(action: ClockAction): Promise<ClockState> {
  return runClockRequest(action).then(reportSpeed);
}

function runClockRequest(action: ClockAction): Promise<ClockState> {
  switch (action.kind) {
    case 'speed':
      return arm.put<ClockState>(simulatorPaths.clock, { speed: action.speed });
    case 'advance':
      return arm
        .post<ClockState>(simulatorPaths.clockAdvance, { minutes: action.minutes })
        .then((r) => r.body);
    case 'untilJobsFinish':
      return arm.post<ClockState>(simulatorPaths.clockAdvance, { untilJobsFinish: true }).then((r) => r.body);
  }
}

/**
 * Every clock change can finish jobs and move items, RPOs and notifications at once, so after it
 * the whole cache is stale: invalidate every query and let each blade refetch together.
 */
export function useClockAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: runClockAction,
    onSuccess: (clock) => client.setQueryData(keys.clock, clock),
    onSettled: () => client.invalidateQueries(),
  });
}

/** The shared formatter (the runbook report shows simulated times the same way). */
export { formatSimulatedTime } from '../../components/simulated-time';
