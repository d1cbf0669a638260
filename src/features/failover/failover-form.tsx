import { useState } from 'react';
import { Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useOperationSubmit } from '../../components/use-submit-request';
import { pointsForOk, useRecoveryPoints } from '../../api/item-api';
import { buildUnplannedFailoverRequest, unplannedFailoverPowerShell } from './failover-request';
import type { FailoverDirection } from '../../components/recovery-point-choice';
import {
  NoPointsBar,
  RecoveryPointField,
  useRecoveryPointChoice,
} from '../../components/recovery-point-field';

/**
 * FO-3: the direction is shown, never chosen. An item replicating Azure → on-premises (re-protected
 * back, LIFE-4) fails over from Azure; one replicating to Azure (LIFE-1) fails over to Azure.
 */
export function failoverDirection(item: ArmItem): FailoverDirection {
  const direction = item.properties.providerSpecificDetails.replicationDirection;
  if (direction === 'AzureToOnPremises') return 'FromAzure';
  if (direction === 'OnPremisesToAzure') return 'ToAzure';
  return item.properties.activeLocation === 'Recovery' ? 'FromAzure' : 'ToAzure';
}

/** Unplanned failover (VMware / physical): direction, recovery point (FO-1), shut down (LIFE-1). */
export function FailoverForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const direction = failoverDirection(item);
  const points = useRecoveryPoints(vault, item);
  const [shutDown, setShutDown] = useState(true);
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const recovery = useRecoveryPointChoice(points.data ?? [], points.isSuccess);
  // View automation shows the very request OK sends, from the values now in the form.
  const choice = { direction, choice: recovery.choice, point: recovery.point, shutDown };
  const request = buildUnplannedFailoverRequest(item.id, choice);

  const onOk = async () => {
    // LIFE-7: no recovery point, no failover.
    if ((await pointsForOk(points)).length === 0) return false;
    const { choice, point } = recovery;
    if (choice === 'custom' && !point) {
      recovery.askForCustom();
      return false;
    }
    return submit(request);
  };

  const from = direction === 'FromAzure' ? t('location.azure') : t('location.onPremises');
  const to = direction === 'FromAzure' ? t('location.onPremises') : t('location.azure');
  return (
    <Pane
      title={t('failover.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={recovery.changed || !shutDown}
      errorMessage={submitError ?? points.error?.message ?? null}
    >
      <Field label={t('failover.from')}>
        <Input readOnly value={from} />
      </Field>
      <Field label={t('failover.to')}>
        <Input readOnly value={to} />
      </Field>
      <NoPointsBar shown={recovery.noPoints} />
      <RecoveryPointField {...recovery.field} />
      {direction === 'ToAzure' ? (
        <Checkbox
          checked={shutDown}
          onChange={(_event, data) => setShutDown(data.checked === true)}
          label={t('failover.shutDown')}
        />
      ) : null}
      <Text>{direction === 'FromAzure' ? t('failover.fromAzureNote') : t('failover.toAzureNote')}</Text>
      <ViewAutomation request={request} powershell={unplannedFailoverPowerShell(item.id, choice)} />
    </Pane>
  );
}
