import { useRef, useState } from 'react';
import {
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArmError, arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { useStartOperation } from '../../api/items';
import { keys } from '../../api/query-keys';
import type { ArmItem, ArmList, ArmRecoveryPoint } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { CHOICES, pointsByChoice, type RecoveryPointChoice } from '../failover/recovery-point-choice';
import { useBlockedReason } from '../planned-failover/use-blocked-reason';

/** The applyRecoveryPoint input (api.md §3.2): the point always travels as its id. */
export function changeRecoveryPointBody(item: ArmItem, point: ArmRecoveryPoint) {
  const instanceType =
    item.properties.providerSpecificDetails.instanceType === 'HyperVReplicaAzure'
      ? 'HyperVReplicaAzure'
      : 'InMageAzureV2';
  return { properties: { recoveryPointId: point.id, providerSpecificDetails: { instanceType } } };
}

/** Change recovery point after a failover to Azure, before commit (FO-1 choices, each with its time). */
export function ChangeRecoveryPointForm({ vault, item }: { vault: string; item: ArmItem }) {
  const { t, i18n } = useTranslation(['hyperv', 'panes']);
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  const points = useQuery({
    queryKey: keys.recoveryPoints(vault, item.name),
    queryFn: ({ signal }) => arm.get<ArmList<ArmRecoveryPoint>>(armPaths.recoveryPoints(item.id), signal),
    select: (list) =>
      [...list.value].sort((a, b) =>
        b.properties.recoveryPointTime.localeCompare(a.properties.recoveryPointTime),
      ),
  });
  const blocked = useBlockedReason(vault, item, 'applyRecoveryPoint');
  const start = useStartOperation(vault);
  const [choice, setChoice] = useState<RecoveryPointChoice>('latest');
  const [customId, setCustomId] = useState('');
  const [customError, setCustomError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const customRef = useRef<HTMLInputElement>(null);

  const list = points.data ?? [];
  const byChoice = pointsByChoice(list);
  const custom = list.find((point) => point.id === customId);
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  const pointLabel = (point: ArmRecoveryPoint) =>
    t('panes:failover.pointOption', {
      time: format(point.properties.recoveryPointTime),
      type: t(`panes:failover.types.${point.properties.recoveryPointType}`),
    });
  const pointFor = (which: RecoveryPointChoice) => (which === 'custom' ? list[0] : byChoice[which]);
  const noPoints = points.isSuccess && list.length === 0;

  const onOk = async () => {
    if (blocked || !points.isSuccess || noPoints) return false;
    const point = choice === 'custom' ? custom : byChoice[choice];
    if (!point) {
      setCustomError(t('panes:failover.chooseCustom'));
      customRef.current?.focus();
      return false;
    }
    setSubmitError(null);
    try {
      await start.mutateAsync({
        path: armPaths.itemAction(item.id, 'applyRecoveryPoint'),
        body: changeRecoveryPointBody(item, point),
      });
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };

  return (
    <Pane
      title={t('changePoint.title')}
      onOk={onOk}
      okDisabled={Boolean(blocked) || noPoints}
      okBusy={start.isPending}
      dirty={choice !== 'latest' || Boolean(customId)}
      errorMessage={submitError ?? points.error?.message ?? null}
    >
      {blocked ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('changePoint.notAllowed')}</MessageBarTitle>
            {blocked}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {noPoints ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('panes:failover.noPoints')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t('changePoint.note')}</Text>
      <Field label={t('panes:failover.recoveryPoint')}>
        <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value as RecoveryPointChoice)}>
          {CHOICES.map((which) => {
            const point = pointFor(which);
            const time = point
              ? format(point.properties.recoveryPointTime)
              : points.isSuccess
                ? t('panes:failover.noPoint')
                : t('panes:pane.loading');
            return (
              <Radio
                key={which}
                value={which}
                disabled={!point}
                label={`${t(`panes:failover.${which}`)} · ${time}`}
              />
            );
          })}
        </RadioGroup>
      </Field>
      {choice === 'latestAppConsistent' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('panes:failover.appConsistentWarning')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {choice === 'custom' ? (
        <Field
          label={t('panes:failover.customRecoveryPoint')}
          required
          validationState={customError ? 'error' : 'none'}
          validationMessage={customError}
        >
          <Combobox
            ref={customRef}
            value={custom ? pointLabel(custom) : ''}
            selectedOptions={custom ? [custom.id] : []}
            onOptionSelect={(_event, data) => {
              setCustomId(data.optionValue ?? '');
              setCustomError(undefined);
            }}
          >
            {list.map((point) => (
              <Option key={point.id} value={point.id} text={pointLabel(point)}>
                {pointLabel(point)}
              </Option>
            ))}
          </Combobox>
        </Field>
      ) : null}
    </Pane>
  );
}
