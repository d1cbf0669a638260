import { useState } from 'react';
import { ArmError } from '../api/arm-client';

/**
 * OK of a ConfirmDialog: the dialog closes once the backend accepts; a refusal (ArmError) stays in
 * the dialog as `error` so the user reads why. Anything else is a bug: rethrown, never shown as one.
 */
export function useConfirmAction(close: () => void) {
  const [error, setError] = useState<string | null>(null);
  const confirm = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      close();
    } catch (caught) {
      if (!(caught instanceof ArmError)) throw caught;
      setError(caught.message);
    }
  };
  return { error, confirm };
}
