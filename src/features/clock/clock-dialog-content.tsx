import { useTranslation } from 'react-i18next';
import { Button, Dropdown, Field, makeStyles, MessageBar, Option, tokens } from '@fluentui/react-components';
import {
  type ClockAction,
  type ClockSpeed,
  clockSpeeds,
  formatSimulatedTime,
  useClock,
  useClockAction,
} from './clock-api';
import { useLayoutStyles } from '../../components/layout-styles';
import { useIgnoreRepeats } from '../../components/use-ignore-repeats';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** The advance buttons, in order: their catalog key and what each asks the clock. */
const STEPS: [string, ClockAction][] = [
  ['advance1', { kind: 'advance', minutes: 1 }],
  ['advance15', { kind: 'advance', minutes: 15 }],
  ['advance60', { kind: 'advance', minutes: 60 }],
  ['untilJobsFinish', { kind: 'untilJobsFinish' }],
];

/** Body of the "Simulation clock" dialog: facts, Speed and the advance buttons (docs/ui-names.md §7). */
export function ClockDialogContent() {
  const { t, i18n } = useTranslation('clock');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const clock = useClock();
  const action = useClockAction();
  // docs/ui-names.md §10: the buttons stay focusable while time moves (focus stays in the dialog, so Esc
  // closes it) and a repeat is ignored until the step has run.
  const step = useIgnoreRepeats();
  const advance = (a: ClockAction) => step.run(() => action.mutateAsync(a));
  const speed = clock.data?.speed;

  return (
    <div className={layout.stackM}>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('now')}</dt>
        <dd className={styles.value}>
          {clock.data ? formatSimulatedTime(clock.data.now, i18n.language) : '—'}
        </dd>
        <dt className={styles.term}>{t('runningJobs')}</dt>
        <dd className={styles.value}>{clock.data?.runningJobs ?? '—'}</dd>
      </dl>
      <Field label={t('speed')}>
        <Dropdown
          value={speed === undefined ? '' : t(`speeds.${speed}`)}
          selectedOptions={speed === undefined ? [] : [String(speed)]}
          onOptionSelect={(_, data) => {
            // Each choice is the user's: the last one wins, none is ignored.
            if (data.optionValue !== undefined)
              action.mutate({ kind: 'speed', speed: Number(data.optionValue) as ClockSpeed });
          }}
        >
          {clockSpeeds.map((s) => (
            <Option key={s} value={String(s)} text={t(`speeds.${s}`)}>
              {t(`speeds.${s}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={layout.wrapS}>
        {STEPS.map(([key, clockAction]) => (
          <Button key={key} disabledFocusable={step.pending} onClick={() => advance(clockAction)}>
            {t(key)}
          </Button>
        ))}
      </div>
      {action.error && (
        <MessageBar intent="error" role="alert">
          {t('error', { message: action.error.message })}
        </MessageBar>
      )}
    </div>
  );
}
