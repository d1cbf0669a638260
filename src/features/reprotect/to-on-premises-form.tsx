import { useRef, useState } from 'react';
import { Field, Input, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import {
  REPROTECT_FIELDS as ORDER,
  REPROTECT_TARGETS,
  ReprotectFields,
  type ReprotectFieldName as FieldName,
  type ReprotectValues,
} from '../../components/reprotect-fields';
import { usePolicies } from '../../api/policies';
import { targetField } from '../../components/use-targeted-submit';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import { useFieldEligibility } from '../../api/reprotect-api';
import { buildReprotectToOnPremisesRequest, reprotectToOnPremisesPowerShell } from './reprotect-request';

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
  const mtRef = useRef<HTMLInputElement>(null);
  const psRef = useRef<HTMLInputElement>(null);
  const dsRef = useRef<HTMLInputElement>(null);
  const rvRef = useRef<HTMLInputElement>(null);
  const refs = { masterTarget: mtRef, processServer: psRef, datastore: dsRef, retentionDrive: rvRef };
  const perMt = useFieldEligibility(vault, item, 'reProtect', mt || undefined, Boolean(mt));
  const { submitError, submit, busy } = useOperationSubmit(vault, (error) => {
    const field = targetField(error, REPROTECT_TARGETS);
    if (field) setErrors({ [field]: error.message });
  });

  const mtFields = mt ? perMt.data : undefined;
  // The master target's own lists (datastores, drives) failing to load is said too, not left empty.
  const loadError = base.error ?? (mt ? perMt.error : null);
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

  const values: ReprotectValues = { masterTarget: mt, processServer: ps, datastore: ds, retentionDrive: rv };
  const dirty = Boolean(mt || ps || dsChoice || rvChoice);
  const onChange = (patch: Partial<ReprotectValues>) => {
    // A new master target drops the datastore and drive choices (they are kept per MT).
    if (patch.masterTarget !== undefined) setMt(patch.masterTarget);
    else {
      if (patch.processServer !== undefined) setPs(patch.processServer);
      if (patch.datastore !== undefined) setDsChoice({ mt, value: patch.datastore });
      if (patch.retentionDrive !== undefined) setRvChoice({ mt, value: patch.retentionDrive });
    }
    setErrors((all) => {
      const kept = { ...all };
      for (const name of Object.keys(patch) as FieldName[]) delete kept[name];
      return kept;
    });
  };

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
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
      refs[first].current?.focus();
      return false;
    }
    return submit(request);
  };

  return (
    <Pane
      title={t('reprotect.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={dirty}
      errorMessage={submitError ?? (loadError ? `${t('reprotect.loadFailed')}: ${loadError.message}` : null)}
    >
      <Text>{t('reprotect.intro')}</Text>
      <Field label={t('direction.label')}>
        <Input readOnly value={t('direction.azureToOnPremises')} />
      </Field>
      <ReprotectFields
        label={(name) => t(`reprotect.${name}`)}
        excludedLabel={(name) => (count) => t(`reprotect.excluded.${name}`, { count })}
        fields={{ ...base.data, datastore: mtFields?.datastore, retentionDrive: mtFields?.retentionDrive }}
        values={values}
        onChange={onChange}
        errors={errors}
        inputRef={(name) => refs[name]}
        // §14, RV-8: the retention drive is a new disk; it keeps the points in time.
        retentionDriveHint={t('reprotect.rvHint')}
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
