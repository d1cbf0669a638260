import { useRef, useState, type Ref } from 'react';
import {
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmRecoveryPoint } from '../api/wire-types';
import { CHOICES, pointsByChoice, type RecoveryPointChoice } from './recovery-point-choice';

export interface RecoveryPointFieldProps {
  /** The item's recovery points, newest first. */
  points: ArmRecoveryPoint[];
  /** The points have arrived, so a choice without one has none rather than is still loading. */
  loaded: boolean;
  choice: RecoveryPointChoice;
  onChoiceChange: (choice: RecoveryPointChoice) => void;
  customId: string;
  onCustomIdChange: (id: string) => void;
  customError: string | undefined;
  customRef: Ref<HTMLInputElement>;
}

/**
 * The state behind a RecoveryPointField: what is chosen, the point OK would use, and the picker's
 * complaint when Custom has none, so each form keeps only its own rules for OK.
 */
export function useRecoveryPointChoice(points: ArmRecoveryPoint[], loaded: boolean) {
  const { t } = useTranslation('panes');
  const [choice, setChoice] = useState<RecoveryPointChoice>('latest');
  const [customId, setCustomId] = useState('');
  const [customError, setCustomError] = useState<string | undefined>();
  const customRef = useRef<HTMLInputElement>(null);
  const custom = points.find((point) => point.id === customId);
  const field: RecoveryPointFieldProps = {
    points,
    loaded,
    choice,
    onChoiceChange: setChoice,
    customId,
    onCustomIdChange: (id) => {
      setCustomId(id);
      setCustomError(undefined);
    },
    customError,
    customRef,
  };
  return {
    choice,
    point: choice === 'custom' ? custom : pointsByChoice(points)[choice],
    /** The point of the current choice in `list` (the points OK waited for, when they came late). */
    pointIn: (list: ArmRecoveryPoint[]) =>
      choice === 'custom' ? list.find((point) => point.id === customId) : pointsByChoice(list)[choice],
    /** LIFE-7: the points have arrived and there is none, so there is nothing to fail over to. */
    noPoints: loaded && points.length === 0,
    changed: choice !== 'latest' || Boolean(customId),
    askForCustom: () => {
      setCustomError(t('failover.chooseCustom'));
      customRef.current?.focus();
    },
    field,
  };
}

/** LIFE-7: the item has no recovery point (`noPoints` of useRecoveryPointChoice); OK sends nothing. */
export function NoPointsBar({ shown }: { shown: boolean }) {
  const { t } = useTranslation('panes');
  if (!shown) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t('failover.noPoints')}</MessageBarBody>
    </MessageBar>
  );
}

/** The FO-1 radio group "Recovery point", each choice with its point's time, and the Custom picker. */
export function RecoveryPointField({
  points,
  loaded,
  choice,
  onChoiceChange,
  customId,
  onCustomIdChange,
  customError,
  customRef,
}: RecoveryPointFieldProps) {
  const { t, i18n } = useTranslation('panes');
  const byChoice = pointsByChoice(points);
  const custom = points.find((point) => point.id === customId);
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  const pointLabel = (point: ArmRecoveryPoint) =>
    t('failover.pointOption', {
      time: format(point.properties.recoveryPointTime),
      type: t(`failover.types.${point.properties.recoveryPointType}`),
    });
  const pointFor = (which: RecoveryPointChoice) => (which === 'custom' ? points[0] : byChoice[which]);

  return (
    <>
      <Field label={t('failover.recoveryPoint')}>
        <RadioGroup
          value={choice}
          onChange={(_event, data) => onChoiceChange(data.value as RecoveryPointChoice)}
        >
          {CHOICES.map((which) => {
            const point = pointFor(which);
            const time = point
              ? format(point.properties.recoveryPointTime)
              : loaded
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
            onOptionSelect={(_event, data) => onCustomIdChange(data.optionValue ?? '')}
          >
            {points.map((point) => (
              <Option key={point.id} value={point.id} text={pointLabel(point)}>
                {pointLabel(point)}
              </Option>
            ))}
          </Combobox>
        </Field>
      ) : null}
    </>
  );
}
