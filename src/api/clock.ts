import { queryOptions } from '@tanstack/react-query';
import { arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { keys } from './query-keys';
import { setClockRunning } from './polling';
import type { ClockState } from './wire-types';

/** Blades poll only while the clock runs (src/api/polling.ts). */
export function reportSpeed(clock: ClockState): ClockState {
  setClockRunning(clock.speed !== 0);
  return clock;
}

/**
 * The simulated clock, the one definition of `keys.clock`; polled every second so the header time
 * and the running jobs' durations stay live (`select: (clock) => clock.now` for the latter).
 */
export const clockQuery = () =>
  queryOptions({
    queryKey: keys.clock,
    queryFn: ({ signal }) => arm.get<ClockState>(simulatorPaths.clock, signal).then(reportSpeed),
    refetchInterval: 1000,
  });
