import type { QueryClient } from '@tanstack/react-query';

/**
 * The simulated backend dispatches this event on `window` when another tab committed a change to
 * the shared world (mocks/runtime.ts, WORLD_CHANGED_EVENT: the app never imports mocks, so the
 * name is written twice; a unit test keeps them equal).
 */
export const WORLD_CHANGED_EVENT = 'site-recovery-simulator:world-changed';

/**
 * Two tabs on one world: a change made in the other tab shows here without a reload. Polling
 * alone would miss it while the clock is paused (polling.ts), so every query is invalidated and
 * the mounted ones refetch. Returns the unsubscribe function (a `useEffect` cleanup).
 */
export function refetchWhenWorldChangesElsewhere(queryClient: QueryClient, target: EventTarget = window) {
  const onChange = () => {
    void queryClient.invalidateQueries();
  };
  target.addEventListener(WORLD_CHANGED_EVENT, onChange);
  return () => target.removeEventListener(WORLD_CHANGED_EVENT, onChange);
}
