import { useTranslation } from 'react-i18next';
import { ItemConfirmDialog } from '../../components/operation-confirm-dialog';
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
  return (
    <ItemConfirmDialog
      title={t(`endProtection.${kind}Title`)}
      operation={(item, name) => ({
        text: t(`endProtection.${kind}Message`, { name }),
        request: buildRemoveRequest(item.id, kind),
        powershell: removePowerShell(item.id, kind),
      })}
      okText={t('endProtection.ok')}
      cancelText={t('endProtection.cancel')}
    />
  );
}

export const CompleteMigrationDialog = () => <EndProtectionDialog kind="completeMigration" />;
export const DisableReplicationDialog = () => <EndProtectionDialog kind="disableReplication" />;
