import { useRef, useState } from 'react';
import { Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { HyperVFailbackFields, type HyperVField } from '../../components/hyper-v-failback-fields';
import { NotAllowedBar } from '../../components/not-allowed-bar';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useOperationSubmit } from '../../components/use-submit-request';
import { useFieldEligibility } from '../../api/reprotect-api';
import type { DataSyncOption } from './planned-failover-body';
import { buildPlannedFailoverRequest, plannedFailoverPowerShell } from './planned-failover-request';
import { useBlockedReason } from '../../api/use-blocked-reason';

const SYNC_OPTIONS: DataSyncOption[] = ['ForSynchronization', 'ForDownTime'];

/**
 * Planned failover of a Hyper-V VM. From Azure it is the failback (HV-1): data synchronization
 * (HV-3), alternate location (HV-5), encryption key (HV-4); to Azure it only states the direction.
 */
export function PlannedFailoverForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('hyperv');
  const fromAzure = item.properties.activeLocation === 'Recovery';
  const encrypted = item.properties.providerSpecificDetails.encryption === 'Enabled';
  const fields = useFieldEligibility(vault, item, 'plannedFailover', undefined, fromAzure);
  const blocked = useBlockedReason(vault, item, 'plannedFailover');
  const [dataSync, setDataSync] = useState<DataSyncOption>('ForSynchronization');
  const [createVm, setCreateVm] = useState(false);
  const [host, setHost] = useState<string | null>(null);
  const [keyInput, setKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<HyperVField, string>>>({});
  const { submitError, submit, busy } = useOperationSubmit(vault);
  const hostRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);

  // HV-5: the host defaults to the VM's own host when the backend names one.
  const hostName = host ?? fields.data?.hostName?.default ?? '';
  // HV-4: the backend may name the cloud's certificate; the user can still type another one.
  const key = keyInput ?? fields.data?.encryptionKey?.default ?? '';
  // View automation shows the very request OK sends, from the values now in the form.
  const choice = { fromAzure, dataSync, createVm, hostName, encryptionKey: key.trim() };
  const request = buildPlannedFailoverRequest(item.id, choice);

  const onOk = async () => {
    if (blocked) return false;
    const hostMissing = fromAzure && createVm && !hostName;
    const keyMissing = fromAzure && encrypted && !key.trim();
    setErrors({
      hostName: hostMissing ? t('planned.hostNameRequired') : undefined,
      encryptionKey: keyMissing ? t('planned.encryptionKeyRequired') : undefined,
    });
    // The first invalid field takes the focus (docs/ui-names.md §5).
    if (hostMissing) hostRef.current?.focus();
    else if (keyMissing) keyRef.current?.focus();
    if (hostMissing || keyMissing) return false;
    return submit(request);
  };

  const azure = t('panes:location.azure');
  const onPremises = t('panes:location.onPremises');
  return (
    <Pane
      title={t('planned.title')}
      onOk={onOk}
      okDisabled={Boolean(blocked)}
      okBusy={busy}
      dirty={dataSync !== 'ForSynchronization' || createVm || keyInput !== null}
      errorMessage={
        submitError ?? (fields.error ? `${t('planned.loadFailed')}: ${fields.error.message}` : null)
      }
    >
      <NotAllowedBar title={t('planned.notAllowed')} reason={blocked} />
      <Field label={t('planned.from')}>
        <Input readOnly value={fromAzure ? azure : onPremises} />
      </Field>
      <Field label={t('planned.to')}>
        <Input readOnly value={fromAzure ? onPremises : azure} />
      </Field>
      <Text>{fromAzure ? t('planned.failbackNote') : t('planned.toAzureNote')}</Text>
      {fromAzure ? (
        <>
          <Field
            label={t('planned.dataSync')}
            hint={
              dataSync === 'ForSynchronization'
                ? t('planned.forSynchronizationHint')
                : t('planned.forDownTimeHint')
            }
          >
            <RadioGroup
              value={dataSync}
              onChange={(_event, data) => setDataSync(data.value as DataSyncOption)}
            >
              {SYNC_OPTIONS.map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={
                    option === 'ForSynchronization'
                      ? t('planned.forSynchronization')
                      : t('planned.forDownTime')
                  }
                />
              ))}
            </RadioGroup>
          </Field>
          <HyperVFailbackFields
            label={(field) => t(`planned.${field}`)}
            keyHint={t('planned.encryptionKeyHint')}
            fields={fields.data}
            encrypted={encrypted}
            createVm={createVm}
            hostName={hostName}
            encryptionKey={key}
            onChange={({ createVm: checked, host: chosen, key: typed }) => {
              if (checked !== undefined) setCreateVm(checked);
              // A new host or key drops its own message; the checkbox keeps them.
              if (chosen !== undefined) {
                setHost(chosen);
                setErrors((all) => ({ ...all, hostName: undefined }));
              }
              if (typed !== undefined) {
                setKey(typed);
                setErrors((all) => ({ ...all, encryptionKey: undefined }));
              }
            }}
            errors={errors}
            inputRef={(field) => (field === 'hostName' ? hostRef : keyRef)}
          />
        </>
      ) : null}
      <ViewAutomation request={request} powershell={plannedFailoverPowerShell(item.id, choice)} />
    </Pane>
  );
}
