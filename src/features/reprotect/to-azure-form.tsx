import { useRef, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { EligibleField } from '../../components/eligible-field';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import { useFieldEligibility } from '../../api/reprotect-api';
import { buildReprotectToAzureRequest, reprotectToAzurePowerShell } from './reprotect-request';

/**
 * Re-protect on-premises → Azure (LIFE-6): the process server only. The eligibility route offers
 * on-premises process servers with a heartbeat (an Azure PS serves failback only, PS-2).
 */
export function ReprotectToAzure({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const fields = useFieldEligibility(vault, item, 'reProtect');
  const [ps, setPs] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const psRef = useRef<HTMLInputElement>(null);
  const field = fields.data?.processServer;
  const form = { itemId: item.id, processServer: ps };
  const request = buildReprotectToAzureRequest(form);

  const onOk = async () => {
    if (!ps) {
      setError(
        field && field.options.length === 0
          ? t('reprotect.empty.processServer')
          : t('reprotect.required.processServer'),
      );
      psRef.current?.focus();
      return false;
    }
    return submit(request);
  };

  return (
    <Pane
      title={t('reprotect.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={Boolean(ps)}
      errorMessage={
        submitError ?? (fields.error ? `${t('reprotect.loadFailed')}: ${fields.error.message}` : null)
      }
    >
      <Field label={t('direction.label')}>
        <Input readOnly value={t('direction.onPremisesToAzure')} />
      </Field>
      <EligibleField
        label={t('reprotect.processServer')}
        field={field}
        value={ps}
        onChange={(value) => {
          setPs(value);
          setError(undefined);
        }}
        excludedLabel={(count) => t('reprotect.excluded.processServer', { count })}
        emptyReason={t('reprotect.empty.processServer')}
        hint={t('reprotect.psHintToAzure')}
        error={error}
        inputRef={psRef}
        placeholder={t('reprotect.placeholder')}
      />
      <ViewAutomation request={request} powershell={reprotectToAzurePowerShell(form)} />
    </Pane>
  );
}
