import { useState } from 'react';
import { ArmError } from '../api/arm-client';
import { useStartOperation } from '../api/items';

/**
 * The OK of a pane that sends one request: clears the last error, sends, and keeps an ARM error's
 * message for the pane to show (the pane stays open); any other error is thrown on. A refusal that
 * names a field (ARM `error.target`, docs/api.md §5) also goes to `onRefused`, to mark that field.
 */
export function useSubmitRequest<R>(
  send: (request: R) => Promise<unknown>,
  onRefused?: (error: ArmError) => void,
) {
  const [submitError, setSubmitError] = useState<string | null>(null);
  const submit = async (request: R) => {
    setSubmitError(null);
    try {
      await send(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      onRefused?.(error);
      setSubmitError(error.message);
      return false;
    }
  };
  return { submitError, setSubmitError, submit };
}

/** The OK of a pane that starts one item or plan operation; `busy` while the request is under way. */
export function useOperationSubmit(vault: string, onRefused?: (error: ArmError) => void) {
  const start = useStartOperation(vault);
  return { ...useSubmitRequest(start.mutateAsync, onRefused), busy: start.isPending };
}
