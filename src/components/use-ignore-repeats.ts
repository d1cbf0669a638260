import { useCallback, useRef, useState } from 'react';

/**
 * docs/ui-names.md §10: the control that starts a request never disables itself while it runs (focus
 * would fall to the page, and Esc with it). It stays focusable, shows `disabledFocusable` while
 * `pending`, and `run` ignores repeats until the request settles. Errors stay with the caller
 * (e.g. the mutation's `error`); here they only end the request.
 */
export function useIgnoreRepeats() {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const run = useCallback((request: () => Promise<unknown>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    void request()
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
        setPending(false);
      });
  }, []);
  return { run, pending };
}
