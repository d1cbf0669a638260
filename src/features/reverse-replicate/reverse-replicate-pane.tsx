import { Field, Input, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { NotAllowedBar } from '../../components/not-allowed-bar';
import { ViewAutomation } from '../../components/view-automation';
import { useOperationSubmit } from '../../components/use-submit-request';
import { useBlockedReason } from '../../api/use-blocked-reason';

import { buildReverseReplicateRequest, reverseReplicatePowerShell } from './reverse-replicate-request';

/** HV-6: after Commit, Reverse replicate protects the VM on-premises → Azure again (no field to fill). */
function ReverseReplicateForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('hyperv');
  const blocked = useBlockedReason(vault, item, 'reProtect');
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const request = buildReverseReplicateRequest(item.id);

  const onOk = async () => {
    if (blocked) return false;
    return submit(request);
  };

  return (
    <Pane
      title={t('reverse.title')}
      onOk={onOk}
      okDisabled={Boolean(blocked)}
      okBusy={busy}
      errorMessage={submitError}
    >
      <NotAllowedBar title={t('reverse.notAllowed')} reason={blocked} />
      <Field label={t('reverse.direction')}>
        <Input readOnly value={t('reverse.onPremisesToAzure')} />
      </Field>
      <Text>{t('reverse.note')}</Text>
      <ViewAutomation request={request} powershell={reverseReplicatePowerShell(item.id)} />
    </Pane>
  );
}

/** Route `…/replicated-items/:item/reverse-replicate` (docs/ui-names.md §5). */
export function ReverseReplicatePane() {
  const { t } = useTranslation('hyperv');
  return <ItemPaneRoute title={t('reverse.title')} form={ReverseReplicateForm} />;
}
