import { useRef, useState } from 'react';
import {
  Checkbox,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
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
import {
  CHOICES,
  failoverBody,
  pointsByChoice,
  type FailoverDirection,
  type RecoveryPointChoice,
} from './recovery-point-choice';

interface FailoverFormProps {
  vault: string;
  item: ArmItem;
  direction: FailoverDirection;
}

/** Unplanned failover (VMware / physical): direction, recovery point (FO-1), shut down (LIFE-1). */
export function FailoverForm({ vault, item, direction }: FailoverFormProps) {
  const { t, i18n } = useTranslation('panes');
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- in a vault the name identifies the item; its id follows from it
  const points = useQuery({
    queryKey: keys.recoveryPoints(vault, item.name),
    queryFn: ({ signal }) => arm.get<ArmList<ArmRecoveryPoint>>(armPaths.recoveryPoints(item.id), signal),
    select: (list) =>
      [...list.value].sort((a, b) =>
        b.properties.recoveryPointTime.localeCompare(a.properties.recoveryPointTime),
      ),
  });
  const start = useStartOperation(vault);
  const [choice, setChoice] = useState<RecoveryPointChoice>('latest');
  const [customId, setCustomId] = useState('');
  const [shutDown, setShutDown] = useState(true);
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
    t('failover.pointOption', {
      time: format(point.properties.recoveryPointTime),
      type: t(`failover.types.${point.properties.recoveryPointType}`),
    });
  const pointFor = (which: RecoveryPointChoice) => (which === 'custom' ? list[0] : byChoice[which]);
  const noPoints = points.isSuccess && list.length === 0;

  const onOk = async () => {
    // LIFE-7: no recovery point, no failover.
    if (!points.isSuccess || noPoints) return false;
    if (choice === 'custom' && !custom) {
      setCustomError(t('failover.chooseCustom'));
      customRef.current?.focus();
      return false;
    }
    setSubmitError(null);
    try {
      const point = choice === 'custom' ? custom : byChoice[choice];
      await start.mutateAsync({
        path: armPaths.itemAction(item.id, 'unplannedFailover'),
        body: failoverBody({ direction, choice, point, shutDown }),
      });
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };

  const from = direction === 'FromAzure' ? t('location.azure') : t('location.onPremises');
  const to = direction === 'FromAzure' ? t('location.onPremises') : t('location.azure');
  return (
    <Pane
      title={t('failover.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={choice !== 'latest' || Boolean(customId) || !shutDown}
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
      <Field label={t('failover.recoveryPoint')}>
        <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value as RecoveryPointChoice)}>
          {CHOICES.map((which) => {
            const point = pointFor(which);
            const time = point
              ? format(point.properties.recoveryPointTime)
              : points.isSuccess
                ? t('failover.noPoint')
                : t('pane.loading');
            // A choice without a point cannot be taken; its label says why.
            return (
              <Radio
                key={which}
                value={which}
                disabled={!point}
                label={`${t(`failover.${which}`)} · ${time}`}
              />
            );
          })}
        </RadioGroup>
      </Field>
      {choice === 'latestAppConsistent' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('failover.appConsistentWarning')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {choice === 'custom' ? (
        <Field
          label={t('failover.customRecoveryPoint')}
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
      {direction === 'ToAzure' ? (
        <Checkbox
          checked={shutDown}
          onChange={(_event, data) => setShutDown(data.checked === true)}
          label={t('failover.shutDown')}
        />
      ) : null}
      <Text>{direction === 'FromAzure' ? t('failover.fromAzureNote') : t('failover.toAzureNote')}</Text>
    </Pane>
  );
}
