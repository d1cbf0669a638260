import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useStartOperation } from '../../api/items';
import type { ArmItem } from '../../api/wire-types';
import { useCleanupFields } from '../../components/cleanup-fields';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { Pane } from '../../components/pane';
import { useSubmitRequest } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import { buildTestFailoverCleanupRequest, testFailoverCleanupPowerShell } from './failover-request';

function CleanupForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const start = useStartOperation(vault);
  const cleanup = useCleanupFields();
  const { submitError, submit } = useSubmitRequest(start.mutateAsync);
  const request = buildTestFailoverCleanupRequest(item.id, cleanup.notes);

  const onOk = async () => {
    if (!cleanup.validate()) return false;
    return submit(request);
  };

  return (
    <Pane
      title={t('cleanup.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={cleanup.dirty}
      errorMessage={submitError}
    >
      {cleanup.fields}
      <Text>{t('cleanup.note', { vm: `${item.properties.friendlyName}-test` })}</Text>
      <ViewAutomation request={request} powershell={testFailoverCleanupPowerShell(item.id, cleanup.notes)} />
    </Pane>
  );
}

/** Route `…/replicated-items/:item/cleanup-test-failover`: pane "Test failover cleanup" (TF-3). */
export function TestFailoverCleanupPane() {
  const { t } = useTranslation('panes');
  return (
    <ItemPaneRoute
      title={t('cleanup.title')}
      form={(vault, item) => <CleanupForm key={item.id} vault={vault} item={item} />}
    />
  );
}
