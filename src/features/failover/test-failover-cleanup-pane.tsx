import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { CleanupPane } from '../../components/cleanup-pane';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { buildTestFailoverCleanupRequest, testFailoverCleanupPowerShell } from './failover-request';

function CleanupForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  return (
    <CleanupPane
      vault={vault}
      build={(notes) => buildTestFailoverCleanupRequest(item.id, notes)}
      powershell={(_request, notes) => testFailoverCleanupPowerShell(item.id, notes)}
      after={<Text>{t('cleanup.note', { vm: `${item.properties.friendlyName}-test` })}</Text>}
    />
  );
}

/** Route `…/replicated-items/:item/cleanup-test-failover`: pane "Test failover cleanup" (TF-3). */
export function TestFailoverCleanupPane() {
  const { t } = useTranslation('panes');
  return <ItemPaneRoute title={t('cleanup.title')} form={CleanupForm} />;
}
