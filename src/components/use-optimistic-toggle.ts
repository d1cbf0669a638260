import { useCallback, useRef, useState } from 'react';

/**
 * docs/ui-names.md §10: a switch or checkbox shows the user's choice at once (in the same render as the
 * click, so Playwright's `check()` sees it), while `commit` asks the API. `commit` resolves `true`
 * when the API stored the choice and `false` when it refused it: the control then shows the stored
 * value again (the caller says why, e.g. the API's message in an alert). Only the latest choice
 * counts when several are on their way. The third value is true while the choice is on its way
 * (controls say so with `aria-busy`: once it is false, the choice is stored and survives a reload).
 */
export function useOptimisticToggle(stored: boolean, commit: (next: boolean) => Promise<boolean>) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const latest = useRef(0);
  const toggle = useCallback(
    (next: boolean) => {
      const id = ++latest.current;
      setChosen(next);
      void commit(next).then(() => {
        if (latest.current === id) setChosen(null);
      });
    },
    [commit],
  );
  return [chosen ?? stored, toggle, chosen !== null] as const;
}
