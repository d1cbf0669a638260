import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { WORLD_CHANGED_EVENT, refetchWhenWorldChangesElsewhere } from './world-sync';

describe('two tabs on one world: the portal side', () => {
  it("another tab's change invalidates every query; the cleanup stops listening", () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
    const target = new EventTarget();
    const stop = refetchWhenWorldChangesElsewhere(queryClient, target);
    target.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT, { detail: { revision: 7 } }));
    expect(invalidate).toHaveBeenCalledTimes(1);
    stop();
    target.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT));
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});
