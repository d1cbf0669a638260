import { useState } from 'react';
import { ArmError } from '../api/arm-client';

/**
 * The OK of a pane that sends one request: clears the last error, sends, and keeps an ARM error's
 * message for the pane to show (the pane stays open); any other error is thrown on.
 */
export function useSubmitRequest<R>(send: (request: R) => Promise<unknown>) {
  const [submitError, setSubmitError] = useState<string | null>(null);
  const submit = async (request: R) => {
    setSubmitError(null);
    try {
      await send(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };
  return { submitError, setSubmitError, submit };
}
