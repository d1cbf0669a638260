import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArmOperationRequest } from '../api/automation';
import { useCleanupFields } from './cleanup-fields';
import { Pane } from './pane';
import { useOperationSubmit } from './use-submit-request';
import { ViewAutomation } from './view-automation';

export interface CleanupPaneProps {
  vault: string;
  /** The cleanup request for the notes now in the form (View automation shows what OK sends). */
  build: (notes: string) => ArmOperationRequest;
  powershell: (request: ArmOperationRequest, notes: string) => string;
  /** Why the operation is refused now (a plan's eligibility): OK then says it and sends nothing. */
  refusal?: string | null;
  /** Shown above the fields (a plan's refusal) and under them (the item's note). */
  before?: ReactNode;
  after?: ReactNode;
}

/**
 * Pane "Test failover cleanup" (TF-3, docs/ui-names.md §5) for an item or a plan: Notes and the
 * confirmation checkbox, checked before one cleanup request is sent.
 */
export function CleanupPane({ vault, build, powershell, refusal, before, after }: CleanupPaneProps) {
  const { t } = useTranslation('panes');
  const cleanup = useCleanupFields();
  const { submitError, setSubmitError, submit, busy } = useOperationSubmit(vault);
  const request = build(cleanup.notes);

  const onOk = async () => {
    if (refusal) {
      setSubmitError(refusal);
      return false;
    }
    if (!cleanup.validate()) return false;
    return submit(request);
  };

  return (
    <Pane
      title={t('cleanup.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={cleanup.dirty}
      errorMessage={submitError}
    >
      {before}
      {cleanup.fields}
      {after}
      <ViewAutomation request={request} powershell={powershell(request, cleanup.notes)} />
    </Pane>
  );
}
