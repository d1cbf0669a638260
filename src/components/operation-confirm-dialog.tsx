import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ArmOperationRequest } from '../api/automation';
import { useItem, useStartOperation } from '../api/items';
import type { ArmItem } from '../api/wire-types';
import { ConfirmDialog } from './confirm-dialog';
import { useConfirmAction } from './use-confirm-action';
import { ViewAutomation } from './view-automation';

/** What OK does to the loaded item or plan: the text stating it, the request and its PowerShell. */
export interface ConfirmedOperation {
  text: string;
  request: ArmOperationRequest;
  powershell: string;
}

export interface OperationConfirmDialogProps {
  vault: string;
  title: string;
  /** None while the item or plan loads, or when it is not found. */
  operation: ConfirmedOperation | null | undefined;
  notFound: boolean;
  /** "Item … not found" or "Plan … not found", from the caller's catalog. */
  notFoundText: string;
  loadError: Error | null | undefined;
  okText: string;
  cancelText: string;
}

/**
 * A confirmation route that starts one job (docs/ui-names.md §5: Commit, Complete migration, Disable
 * replication, plan Commit): the alert dialog with the operation's text and View automation; OK sends
 * the request once (a repeat while it runs is ignored), closes on 202 and keeps an ARM refusal shown.
 */
export function OperationConfirmDialog(props: OperationConfirmDialogProps) {
  const { vault, title, operation, notFound, notFoundText, loadError, okText, cancelText } = props;
  const { t } = useTranslation('panes');
  const navigate = useNavigate();
  const start = useStartOperation(vault);
  const close = () => void navigate('..', { relative: 'path' });
  const { error, confirm } = useConfirmAction(close);

  const ok = () => {
    if (!operation || start.isPending) return; // no second job from a double click
    void confirm(() => start.mutateAsync(operation.request));
  };

  const problem = error ?? loadError?.message ?? (notFound ? notFoundText : null);
  return (
    <ConfirmDialog
      title={title}
      message={
        operation ? (
          <>
            {operation.text}
            <ViewAutomation request={operation.request} powershell={operation.powershell} />
          </>
        ) : null
      }
      loading={!operation && !notFound}
      problem={problem}
      problemTitle={error ? t('pane.startFailed') : null}
      okText={okText}
      cancelText={cancelText}
      okDisabled={!operation}
      busy={start.isPending}
      onOk={ok}
      onClose={close}
    />
  );
}

/**
 * An item's confirmation route (`…/replicated-items/:item/<route>`): OperationConfirmDialog for the
 * route's item, "Item … not found" when there is none; `operation` says what OK does to it.
 */
export function ItemConfirmDialog({
  title,
  operation,
  okText,
  cancelText,
}: {
  title: string;
  operation: (item: ArmItem, name: string) => ConfirmedOperation;
  okText: string;
  cancelText: string;
}) {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  return (
    <OperationConfirmDialog
      vault={vault}
      title={title}
      operation={item && operation(item, name)}
      notFound={notFound}
      notFoundText={t('pane.itemNotFound', { name })}
      loadError={error}
      okText={okText}
      cancelText={cancelText}
    />
  );
}
