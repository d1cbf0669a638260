import { useRef, useState } from 'react';
import { Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ArmError } from '../../api/arm-client';
import { useStartOperation } from '../../api/items';
import { useTestFailoverFields, virtualNetworkId } from '../../api/test-failover';
import type { ArmItem } from '../../api/wire-types';
import { EligibleField } from '../../components/eligible-field';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useRecoveryPoints } from '../replicated-items/item-api';
import { buildTestFailoverRequest, testFailoverPowerShell } from './failover-request';
import { RecoveryPointField, useRecoveryPointChoice } from './recovery-point-field';

/**
 * Test failover (TF-1): on-premises → Azure, from a recovery point (FO-1) into an Azure virtual
 * network; a production network is allowed but warned against (TF-4). The job creates `{item}-test`.
 */
function TestFailoverForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('panes');
  const points = useRecoveryPoints(vault, item);
  const fields = useTestFailoverFields(vault, item);
  const start = useStartOperation(vault);
  const [network, setNetwork] = useState<string | null>(null);
  const [networkError, setNetworkError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const networkRef = useRef<HTMLInputElement>(null);
  const list = points.data ?? [];
  const recovery = useRecoveryPointChoice(list, points.isSuccess);
  const noPoints = points.isSuccess && list.length === 0;
  const raw = fields.data?.network;
  // Option names start with the network's name (ui-contract §1), then whether it is production (TF-4).
  const networkField = raw && {
    ...raw,
    options: raw.options.map((o) => ({
      value: o.value,
      label: `${o.value} (${o.value === raw.default ? t('testFailover.isolatedOption') : t('testFailover.productionOption')})`,
    })),
  };
  const chosen = network ?? networkField?.default ?? '';
  // TF-4: any network but the isolated default is a production network.
  const production =
    Boolean(chosen) && networkField?.default !== undefined && chosen !== networkField.default;
  // View automation shows the very request OK sends, from the values now in the form.
  const form = {
    item,
    networkId: virtualNetworkId(item.id, chosen),
    recoveryPointId: recovery.choice === 'latest' ? null : (recovery.point?.id ?? null),
  };
  const request = buildTestFailoverRequest(form);

  const onOk = async () => {
    if (!points.isSuccess || noPoints) return false;
    const { choice, point } = recovery;
    if (choice === 'custom' && !point) {
      recovery.askForCustom();
      return false;
    }
    if (!chosen) {
      setNetworkError(t('testFailover.networkRequired'));
      networkRef.current?.focus();
      return false;
    }
    setSubmitError(null);
    try {
      await start.mutateAsync(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };

  return (
    <Pane
      title={t('testFailover.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={recovery.changed || network !== null}
      errorMessage={submitError ?? points.error?.message ?? fields.error?.message ?? null}
    >
      <Field label={t('failover.from')}>
        <Input readOnly value={t('location.onPremises')} />
      </Field>
      <Field label={t('failover.to')}>
        <Input readOnly value={t('location.azure')} />
      </Field>
      {noPoints ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('failover.noPoints')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <RecoveryPointField {...recovery.field} />
      <EligibleField
        label={t('testFailover.network')}
        field={networkField}
        value={chosen}
        onChange={(value) => {
          setNetwork(value);
          setNetworkError(undefined);
        }}
        excludedLabel={null}
        emptyReason={t('testFailover.networkRequired')}
        hint={t('testFailover.isolatedHint')}
        error={networkError}
        inputRef={networkRef}
      />
      {production ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('testFailover.productionWarning', { network: chosen })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t('testFailover.note', { vm: `${item.properties.friendlyName}-test` })}</Text>
      <ViewAutomation request={request} powershell={testFailoverPowerShell(form)} />
    </Pane>
  );
}

/** Route `…/replicated-items/:item/test-failover` (ui-contract §5, TF-1). */
export function TestFailoverPane() {
  const { t } = useTranslation('panes');
  return (
    <ItemPaneRoute
      title={t('testFailover.title')}
      form={(vault, item) => <TestFailoverForm key={item.id} vault={vault} item={item} />}
    />
  );
}
