import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useTestFailoverFields, virtualNetworkId } from '../../api/test-failover';
import type { ArmItem } from '../../api/wire-types';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { Pane } from '../../components/pane';
import { TestFailoverRoute, useTestFailoverNetwork } from '../../components/test-failover-network';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import { pointsForOk, useRecoveryPoints } from '../../api/item-api';
import { buildTestFailoverRequest, testFailoverPowerShell } from './failover-request';
import {
  NoPointsBar,
  RecoveryPointField,
  useRecoveryPointChoice,
} from '../../components/recovery-point-field';

/**
 * Test failover (TF-1): on-premises → Azure, from a recovery point (FO-1) into an Azure virtual
 * network; a production network is allowed but warned against (TF-4). The job creates `{item}-test`.
 */
function TestFailoverForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const points = useRecoveryPoints(vault, item);
  const fields = useTestFailoverFields(vault, item);
  const network = useTestFailoverNetwork(fields.data?.network);
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const recovery = useRecoveryPointChoice(points.data ?? [], points.isSuccess);
  // View automation shows the very request OK sends, from the values now in the form.
  const form = {
    item,
    networkId: virtualNetworkId(item.id, network.chosen),
    recoveryPointId: recovery.choice === 'latest' ? null : (recovery.point?.id ?? null),
  };
  const request = buildTestFailoverRequest(form);

  const onOk = async () => {
    // LIFE-7: no recovery point, no test failover.
    if ((await pointsForOk(points)).length === 0) return false;
    const { choice, point } = recovery;
    if (choice === 'custom' && !point) {
      recovery.askForCustom();
      return false;
    }
    if (!network.validate()) return false;
    return submit(request);
  };

  return (
    <Pane
      title={t('testFailover.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={recovery.changed || network.changed}
      errorMessage={submitError ?? points.error?.message ?? fields.error?.message ?? null}
    >
      <TestFailoverRoute />
      <NoPointsBar shown={recovery.noPoints} />
      <RecoveryPointField {...recovery.field} />
      {network.fields}
      <Text>{t('testFailover.note', { vm: `${item.properties.friendlyName}-test` })}</Text>
      <ViewAutomation request={request} powershell={testFailoverPowerShell(form)} />
    </Pane>
  );
}

/** Route `…/replicated-items/:item/test-failover` (docs/ui-names.md §5, TF-1). */
export function TestFailoverPane() {
  const { t } = useTranslation('panes');
  return <ItemPaneRoute title={t('testFailover.title')} form={TestFailoverForm} />;
}
