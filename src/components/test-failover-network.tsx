import { useRef, useState } from 'react';
import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FieldEligibility } from '../api/wire-types';
import { EligibleField } from './eligible-field';

/** The read-only From / To of pane "Test failover" (TF-1: on-premises → Azure), for an item or a plan. */
export function TestFailoverRoute() {
  const { t } = useTranslation('panes');
  return (
    <>
      <Field label={t('failover.from')}>
        <Input readOnly value={t('location.onPremises')} />
      </Field>
      <Field label={t('failover.to')}>
        <Input readOnly value={t('location.azure')} />
      </Field>
    </>
  );
}

/**
 * The Azure virtual network of pane "Test failover" for an item or a plan (TF-1, TF-4): the
 * isolated network is the default; any other is a production network, allowed but warned against.
 */
export function useTestFailoverNetwork(raw: FieldEligibility | undefined) {
  const { t } = useTranslation('panes');
  const [network, setNetwork] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  // Option names start with the network's name (docs/ui-names.md §1), then whether it is production (TF-4).
  const field = raw && {
    ...raw,
    options: raw.options.map((o) => ({
      value: o.value,
      label: `${o.value} (${o.value === raw.default ? t('testFailover.isolatedOption') : t('testFailover.productionOption')})`,
    })),
  };
  const chosen = network ?? raw?.default ?? '';
  // TF-4: any network but the isolated default is a production network.
  const production = Boolean(chosen) && raw?.default !== undefined && chosen !== raw.default;
  /** Marks the field when no network is chosen and moves focus to it. */
  const validate = () => {
    if (chosen) return true;
    setError(t('testFailover.networkRequired'));
    inputRef.current?.focus();
    return false;
  };
  const fields = (
    <>
      <EligibleField
        label={t('testFailover.network')}
        field={field}
        value={chosen}
        onChange={(value) => {
          setNetwork(value);
          setError(undefined);
        }}
        excludedLabel={null}
        emptyReason={t('testFailover.networkRequired')}
        hint={t('testFailover.isolatedHint')}
        error={error}
        inputRef={inputRef}
      />
      {production ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('testFailover.productionWarning', { network: chosen })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
  return { chosen, changed: network !== null, validate, fields };
}
