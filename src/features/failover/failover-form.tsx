import { useState } from 'react';
import { Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useStartOperation } from '../../api/items';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useSubmitRequest } from '../../components/use-submit-request';
import { pointsForOk, useRecoveryPoints } from '../../api/item-api';
import { buildUnplannedFailoverRequest, unplannedFailoverPowerShell } from './failover-request';
import type { FailoverDirection } from '../../components/recovery-point-choice';
import { RecoveryPointField, useRecoveryPointChoice } from '../../components/recovery-point-field';

interface FailoverFormProps {
  vault: string;
  item: ArmItem;
  direction: FailoverDirection;
}

/** Unplanned failover (VMware / physical): direction, recovery point (FO-1), shut down (LIFE-1). */
export function FailoverForm({ vault, item, direction }: FailoverFormProps) {
  const { t } = useTranslation('panes');
  const points = useRecoveryPoints(vault, item);
  const start = useStartOperation(vault);
  const [shutDown, setShutDown] = useState(true);
  const { submitError, submit } = useSubmitRequest(start.mutateAsync);
  const list = points.data ?? [];
  const recovery = useRecoveryPointChoice(list, points.isSuccess);
  const noPoints = points.isSuccess && list.length === 0;
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
      okBusy={start.isPending}
      dirty={recovery.changed || !shutDown}
      errorMessage={submitError ?? points.error?.message ?? null}
    >
      <Field label={t('failover.from')}>
        <Input readOnly value={from} />
      </Field>
      <Field label={t('failover.to')}>
        <Input readOnly value={to} />
      </Field>
      {noPoints ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('failover.noPoints')}</MessageBarBody>
        </MessageBar>
      ) : null}
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
