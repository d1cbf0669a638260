import { useRef, useState } from 'react';
import { Field, Input, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ArmError } from '../../api/arm-client';
import { useStartOperation } from '../../api/items';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { EligibleField } from '../../components/eligible-field';
import { usePolicies } from '../../api/policies';
import { ViewAutomation } from '../../components/view-automation';
import { useFieldEligibility } from '../../api/reprotect-api';
import { buildReprotectToOnPremisesRequest, reprotectToOnPremisesPowerShell } from './reprotect-request';

type FieldName = 'masterTarget' | 'processServer' | 'datastore' | 'retentionDrive';
const ORDER: FieldName[] = ['masterTarget', 'processServer', 'datastore', 'retentionDrive'];
/** ARM's `target` of an InvalidParameter answer → the field it belongs to (docs/api.md §5). */
const TARGETS: Record<string, FieldName> = {
  masterTargetId: 'masterTarget',
  processServerId: 'processServer',
  datastoreName: 'datastore',
  retentionDrive: 'retentionDrive',
};

/** A choice made for one master target; changing the MT drops it (the lists are the MT's). */
interface MtChoice {
  mt: string;
  value: string;
}

/** Re-protect Azure → on-premises (LIFE-3): the RP blade's fields in their order. */
export function ReprotectToOnPremises({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const base = useFieldEligibility(vault, item, 'reProtect');
  const policies = usePolicies(vault);
  const [mt, setMt] = useState('');
  const [ps, setPs] = useState('');
  const [dsChoice, setDsChoice] = useState<MtChoice | null>(null);
  const [rvChoice, setRvChoice] = useState<MtChoice | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const mtRef = useRef<HTMLInputElement>(null);
  const psRef = useRef<HTMLInputElement>(null);
  const dsRef = useRef<HTMLInputElement>(null);
  const rvRef = useRef<HTMLInputElement>(null);
  const perMt = useFieldEligibility(vault, item, 'reProtect', mt || undefined, Boolean(mt));
  const start = useStartOperation(vault);

  const mtFields = mt ? perMt.data : undefined;
  // Changing the MT clears the datastore; the retention drive falls back to its RV-6 default.
  const ds = dsChoice?.mt === mt ? dsChoice.value : '';
  const rvDefault = mtFields?.retentionDrive?.default ?? null;
  const rvDefaultEligible = mtFields?.retentionDrive?.options.some((option) => option.value === rvDefault);
  const rv = rvChoice?.mt === mt ? rvChoice.value : rvDefault && rvDefaultEligible ? rvDefault : '';

  // POL-2: the failback policy is chosen by the service and only shown (POL-1 settings as text).
  const policyField = base.data?.policy;
  const profileId =
    policyField?.default ?? policyField?.options[0]?.value ?? policies.data?.find(isFailbackPolicy)?.id ?? '';
  const policy =
    policies.data?.find((candidate) => candidate.id === profileId || candidate.name === profileId) ??
    policies.data?.find(isFailbackPolicy);
  const policyLabel = policy?.properties.friendlyName ?? policyField?.options[0]?.label ?? profileId;
  const settings = policy?.properties.providerSpecificDetails;

  // View automation shows the very request OK sends, from the values now in the form.
  const form = {
    itemId: item.id,
    masterTarget: mt,
    processServer: ps,
    datastore: ds,
    retentionDrive: rv,
    profileId,
  };
  const request = buildReprotectToOnPremisesRequest(form);

  const clearError = (name: FieldName) => setErrors(({ [name]: _cleared, ...rest }) => rest);
  const dirty = Boolean(mt || ps || dsChoice || rvChoice);

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    const values: Record<FieldName, string> = {
      masterTarget: mt,
      processServer: ps,
      datastore: ds,
      retentionDrive: rv,
    };
    for (const name of ORDER) {
      const field = name === 'datastore' || name === 'retentionDrive' ? mtFields?.[name] : base.data?.[name];
      // DS-2: an empty list cannot be submitted; say why rather than "required".
      if (field && field.options.length === 0) found[name] = t(`reprotect.empty.${name}`);
      else if (!values[name]) found[name] = t(`reprotect.required.${name}`);
    }
    return found;
  };

  const onOk = async () => {
    const found = validate();
    setErrors(found);
    const first = ORDER.find((name) => found[name]);
    if (first) {
      // RP-1 and friends: focus the first invalid field, in the blade's order.
      const refs = { masterTarget: mtRef, processServer: psRef, datastore: dsRef, retentionDrive: rvRef };
      refs[first].current?.focus();
      return false;
    }
    setSubmitError(null);
    try {
      await start.mutateAsync(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      const field = TARGETS[error.target?.split('.').pop() ?? ''];
      if (field) setErrors({ [field]: error.message });
      return false;
    }
  };

  return (
    <Pane
      title={t('reprotect.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={dirty}
      errorMessage={
        submitError ?? (base.error ? `${t('reprotect.loadFailed')}: ${base.error.message}` : null)
      }
    >
      <Text>{t('reprotect.intro')}</Text>
      <Field label={t('direction.label')}>
        <Input readOnly value={t('direction.azureToOnPremises')} />
      </Field>
      <EligibleField
        label={t('reprotect.masterTarget')}
        field={base.data?.masterTarget}
        value={mt}
        onChange={(value) => {
          setMt(value);
          clearError('masterTarget');
          clearError('datastore');
          clearError('retentionDrive');
        }}
        excludedLabel={(count) => t('reprotect.excluded.masterTarget', { count })}
        emptyReason={t('reprotect.empty.masterTarget')}
        error={errors.masterTarget}
        inputRef={mtRef}
        placeholder={t('reprotect.placeholder')}
      />
      <EligibleField
        label={t('reprotect.processServer')}
        field={base.data?.processServer}
        value={ps}
        onChange={(value) => {
          setPs(value);
          clearError('processServer');
        }}
        excludedLabel={(count) => t('reprotect.excluded.processServer', { count })}
        emptyReason={t('reprotect.empty.processServer')}
        hint={t('reprotect.psHint')}
        error={errors.processServer}
        inputRef={psRef}
        placeholder={t('reprotect.placeholder')}
      />
      <EligibleField
        label={t('reprotect.datastore')}
        field={mtFields?.datastore}
        value={ds}
        onChange={(value) => {
          setDsChoice({ mt, value });
          clearError('datastore');
        }}
        excludedLabel={mt ? (count) => t('reprotect.excluded.datastore', { count }) : null}
        emptyReason={t('reprotect.empty.datastore')}
        hint={mt ? undefined : t('reprotect.chooseMasterTargetFirst')}
        error={errors.datastore}
        inputRef={dsRef}
        placeholder={t('reprotect.placeholder')}
      />
      <EligibleField
        label={t('reprotect.retentionDrive')}
        field={mtFields?.retentionDrive}
        value={rv}
        onChange={(value) => {
          setRvChoice({ mt, value });
          clearError('retentionDrive');
        }}
        excludedLabel={mt ? (count) => t('reprotect.excluded.retentionDrive', { count }) : null}
        emptyReason={t('reprotect.empty.retentionDrive')}
        // §14, RV-8: the retention drive is a new disk; it keeps the points in time.
        hint={mt ? t('reprotect.rvHint') : t('reprotect.chooseMasterTargetFirst')}
        error={errors.retentionDrive}
        inputRef={rvRef}
        placeholder={t('reprotect.placeholder')}
      />
      <Field label={t('reprotect.policy')} hint={t('reprotect.policyReadOnly')}>
        <Input readOnly value={policyLabel} />
      </Field>
      {settings ? (
        <Text style={{ color: tokens.colorNeutralForeground2 }}>
          {t('reprotect.policySettings', {
            rpo: settings.recoveryPointThresholdInMinutes,
            retentionHours: (settings.recoveryPointHistory ?? 0) / 60,
            appConsistent: settings.appConsistentFrequencyInMinutes,
          })}
        </Text>
      ) : null}
      <ViewAutomation request={request} powershell={reprotectToOnPremisesPowerShell(form)} />
    </Pane>
  );
}

function isFailbackPolicy(policy: { properties: { providerSpecificDetails: { instanceType: string } } }) {
  return policy.properties.providerSpecificDetails.instanceType === 'InMage';
}
