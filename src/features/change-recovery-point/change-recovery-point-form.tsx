import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { NotAllowedBar } from '../../components/not-allowed-bar';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useOperationSubmit } from '../../components/use-submit-request';
import {
  NoPointsBar,
  RecoveryPointField,
  useRecoveryPointChoice,
} from '../../components/recovery-point-field';
import { useBlockedReason } from '../../api/use-blocked-reason';
import { pointsForOk, useRecoveryPoints } from '../../api/item-api';

import {
  buildChangeRecoveryPointRequest,
  changeRecoveryPointPowerShell,
} from './change-recovery-point-request';

/** Change recovery point after a failover to Azure, before commit (FO-1 choices, each with its time). */
export function ChangeRecoveryPointForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation(['hyperv', 'panes']);
  const points = useRecoveryPoints(vault, item);
  const blocked = useBlockedReason(vault, item, 'applyRecoveryPoint');
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const recovery = useRecoveryPointChoice(points.data ?? [], points.isSuccess);
  const noPoints = recovery.noPoints;
  // View automation shows the very request OK sends, from the values now in the form.
  const pointId = recovery.point?.id ?? '';
  const request = buildChangeRecoveryPointRequest(item, pointId);

  const onOk = async () => {
    if (blocked) return false;
    const list = await pointsForOk(points);
    if (list.length === 0) return false;
    const point = recovery.pointIn(list);
    if (!point) {
      recovery.askForCustom();
      return false;
    }
    return submit(buildChangeRecoveryPointRequest(item, point.id));
  };

  return (
    <Pane
      title={t('changePoint.title')}
      onOk={onOk}
      okDisabled={Boolean(blocked) || noPoints}
      okBusy={busy}
      dirty={recovery.changed}
      errorMessage={submitError ?? points.error?.message ?? null}
    >
      <NotAllowedBar title={t('changePoint.notAllowed')} reason={blocked} />
      <NoPointsBar shown={noPoints} />
      <Text>{t('changePoint.note')}</Text>
      <RecoveryPointField {...recovery.field} />
      <ViewAutomation request={request} powershell={changeRecoveryPointPowerShell(item.id, pointId)} />
    </Pane>
  );
}
