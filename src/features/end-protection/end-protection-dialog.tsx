import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useItem, useStartOperation } from '../../api/items';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmAction } from '../../components/use-confirm-action';
import { ViewAutomation } from '../../components/view-automation';
import {
  buildRemoveRequest,
  removePowerShell,
  type EndProtectionKind as Kind,
} from './end-protection-request';

/**
 * Routes `…/:item/complete-migration` and `…/:item/disable-replication` (docs/ui-names.md §5): an alert
 * dialog named by the command saying that failback will no longer be possible (RP-5, END-1).
 */
function EndProtectionDialog({ kind }: { kind: Kind }) {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const navigate = useNavigate();
  const { item, notFound, error: loadError } = useItem(vault, name);
  const start = useStartOperation(vault);
  const close = () => void navigate('..', { relative: 'path' });
  const { error, confirm } = useConfirmAction(close);

  const ok = () => {
    if (!item || start.isPending) return; // no second job from a double click
    void confirm(() => start.mutateAsync(buildRemoveRequest(item.id, kind)));
  };

  const problem = error ?? loadError?.message ?? (notFound ? t('pane.itemNotFound', { name }) : null);
  return (
    <ConfirmDialog
      title={t(`endProtection.${kind}Title`)}
      message={
        item ? (
          <>
            {t(`endProtection.${kind}Message`, { name })}
            <ViewAutomation
              request={buildRemoveRequest(item.id, kind)}
              powershell={removePowerShell(item.id, kind)}
            />
          </>
        ) : null
      }
      loading={!item && !notFound}
      problem={problem}
      problemTitle={error ? t('pane.startFailed') : null}
      okText={t('endProtection.ok')}
      cancelText={t('endProtection.cancel')}
      okDisabled={!item}
      busy={start.isPending}
      onOk={ok}
      onClose={close}
    />
  );
}

export const CompleteMigrationDialog = () => <EndProtectionDialog kind="completeMigration" />;
export const DisableReplicationDialog = () => <EndProtectionDialog kind="disableReplication" />;
