import { useId, useState } from 'react';
import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  ChevronDoubleLeftRegular,
  ChevronDoubleRightRegular,
  CircleRegular,
  LightbulbRegular,
  RecordStopRegular,
  ArrowCircleRight16Filled,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { runbookText, useRunbookHint, useRunbookProgress, useStopRunbook } from '../../api/runbooks';
import type { RunbookProgress, RunbookStepState } from '../../api/wire-types';
import { RouterLink } from '../../components/router-link';
import { plainText, RunbookMarkdown } from './runbook-text';
import { RunbookConfirm } from './runbook-confirm';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    flexShrink: 0,
    width: '320px',
    minHeight: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  collapsed: { width: 'auto' },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headerText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    overflowY: 'auto',
    minHeight: 0,
  },
  steps: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  step: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  stepText: { display: 'flex', flexDirection: 'column' },
  current: { fontWeight: tokens.fontWeightSemibold },
  state: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  icon: { flexShrink: 0, marginTop: '2px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  hints: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  figures: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/**
 * docs/runbooks.md §3: the docked Runbook panel, shown on every page while a runbook runs. It sits in
 * the shell's layout beside `main` (never over it), so a pane's OK button is never covered. It
 * only reads the progress the simulator keeps with the world.
 */
export function RunbookPanel() {
  const { i18n } = useTranslation();
  const progress = useRunbookProgress();
  if (!progress.data) return null;
  return (
    <>
      <Announcer progress={progress.data} lang={i18n.language} />
      <RunbookPanelContent progress={progress.data} />
    </>
  );
}

function RunbookPanelContent({ progress }: { progress: RunbookProgress }) {
  const { t, i18n } = useTranslation('runbooks');
  const styles = useStyles();
  const [collapsed, setCollapsed] = useState(savedCollapsed);
  const bodyId = useId();
  const lang = i18n.language;
  const total = progress.steps.length;
  const current = progress.currentStep === null ? null : progress.steps[progress.currentStep];
  const title = runbookText(progress.title, lang);
  const stepOf =
    progress.currentStep === null ? null : t('panel.stepOf', { n: progress.currentStep + 1, m: total });

  return (
    <aside
      aria-label={t('panel.label')}
      className={mergeClasses(styles.panel, collapsed && styles.collapsed)}
    >
      <div className={styles.header}>
        {collapsed ? null : (
          <div className={styles.headerText}>
            <h2 className={styles.title}>{title}</h2>
            {stepOf ? <Text size={200}>{stepOf}</Text> : null}
          </div>
        )}
        <Button
          appearance="subtle"
          aria-label={collapsed ? t('panel.expand') : t('panel.collapse')}
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          icon={collapsed ? <ChevronDoubleLeftRegular /> : <ChevronDoubleRightRegular />}
          onClick={() => {
            setCollapsed(!collapsed);
            saveCollapsed(!collapsed);
          }}
        />
      </div>
      <div id={bodyId} className={styles.body} hidden={collapsed}>
        {collapsed ? null : (
          <>
            <ol aria-label={t('panel.steps')} className={styles.steps}>
              {progress.steps.map((step) => (
                <li
                  key={step.id}
                  className={styles.step}
                  aria-current={step.state === 'Current' ? 'step' : undefined}
                >
                  <StepIcon state={step.state} />
                  <span className={styles.stepText}>
                    <span className={step.state === 'Current' ? styles.current : undefined}>
                      {runbookText(step.title, lang)}
                    </span>{' '}
                    <span className={styles.state}>{t(`panel.state.${step.state}`)}</span>
                  </span>
                </li>
              ))}
            </ol>
            {current ? <CurrentStep progress={progress} /> : null}
            {progress.complete ? (
              <div className={styles.section}>
                <Text weight="semibold">{t('panel.complete')}</Text>
                <RouterLink to={`/runbooks/${encodeURIComponent(progress.runbookId)}/report`}>
                  {t('panel.viewReport')}
                </RouterLink>
              </div>
            ) : null}
            <div className={styles.figures}>
              <Text>{t('panel.mistakes', { n: progress.mistakes })}</Text>
              <Text>{t('panel.hintsUsed', { n: progress.hintsUsed })}</Text>
            </div>
            <StopButton />
          </>
        )}
      </div>
    </aside>
  );
}

/** Collapsed or not is the trainee's setting, like the language: a reload keeps it. */
const COLLAPSED_KEY = 'site-recovery-simulator.runbook-panel-collapsed';

function savedCollapsed(): boolean {
  try {
    return globalThis.localStorage?.getItem(COLLAPSED_KEY) === 'true';
  } catch {
    return false; // storage blocked: expanded
  }
}

function saveCollapsed(collapsed: boolean) {
  try {
    globalThis.localStorage?.setItem(COLLAPSED_KEY, String(collapsed));
  } catch {
    // storage blocked: the choice lasts until the page reloads
  }
}

function StepIcon({ state }: { state: RunbookStepState }) {
  const styles = useStyles();
  if (state === 'Done') return <CheckmarkCircle16Filled className={mergeClasses(styles.icon, styles.done)} />;
  if (state === 'Current') return <ArrowCircleRight16Filled className={styles.icon} />;
  return <CircleRegular fontSize={16} className={styles.icon} />;
}

/** The current step's instruction, rule chips, revealed hints and Show hint. */
function CurrentStep({ progress }: { progress: RunbookProgress }) {
  const { t, i18n } = useTranslation('runbooks');
  const styles = useStyles();
  const hint = useRunbookHint();
  const lang = i18n.language;
  const step = progress.steps[progress.currentStep ?? 0];
  const noneLeft = step.hintsRevealed.length >= step.hintsTotal;
  return (
    <>
      <section className={styles.section} aria-label={t('panel.instruction')}>
        <Text>
          <RunbookMarkdown text={runbookText(step.instruction, lang)} />
        </Text>
        {step.rules.length > 0 ? (
          <ul aria-label={t('panel.rules')} className={styles.chips}>
            {step.rules.map((rule) => (
              <li key={rule}>
                <Badge appearance="tint" color="informative">
                  {rule}
                </Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {step.hintsRevealed.length > 0 ? (
        <ol aria-label={t('panel.hints')} className={styles.hints}>
          {step.hintsRevealed.map((text, index) => (
            <li key={index}>
              <RunbookMarkdown text={runbookText(text, lang)} />
            </li>
          ))}
        </ol>
      ) : null}
      {hint.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('panel.error', { message: hint.error.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        {/* docs/ui-names.md §10: disabled-focusable when no hint is left; repeats ignored while it runs. */}
        <Button
          icon={<LightbulbRegular />}
          disabledFocusable={noneLeft}
          aria-description={noneLeft ? t('panel.noHintLeft') : undefined}
          onClick={() => {
            if (!noneLeft && !hint.isPending) hint.mutate();
          }}
        >
          {t('panel.showHint')}
        </Button>
      </div>
    </>
  );
}

/** Stop runbook asks first (alertdialog "Stop runbook?"); Esc or Cancel keeps it running. */
function StopButton() {
  const { t } = useTranslation('runbooks');
  const styles = useStyles();
  const stop = useStopRunbook();
  const onStop = () => {
    if (stop.isPending) return;
    // The dialog and its opener go away with the panel (so mutate's own callbacks would not run):
    // once that is painted, focus goes to the blade's h1 (docs/ui-names.md §10).
    stop.mutateAsync().then(
      () =>
        requestAnimationFrame(() => {
          const h1 = document.querySelector<HTMLElement>('main h1');
          if (h1 && !h1.hasAttribute('tabindex')) h1.tabIndex = -1;
          h1?.focus();
        }),
      () => {}, // shown in the dialog (stop.error)
    );
  };
  return (
    <div className={styles.buttons}>
      <RunbookConfirm
        trigger={<Button icon={<RecordStopRegular />}>{t('panel.stop')}</Button>}
        title={t('panel.stopTitle')}
        message={t('panel.stopMessage')}
        error={stop.error ? t('panel.error', { message: stop.error.message }) : null}
        okText={t('panel.stopOk')}
        cancelText={t('panel.cancel')}
        onOk={onStop}
        onOpenChange={() => stop.reset()}
      />
    </div>
  );
}

/**
 * Step changes are announced politely (a live region that exists before its text changes) and
 * never move focus. The first render announces nothing: a reload is not a step change.
 */
function Announcer({ progress, lang }: { progress: RunbookProgress; lang: string }) {
  const { t } = useTranslation('runbooks');
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const [seen, setSeen] = useState({ id: progress.runbookId, step: progress.currentStep });
  // Adjusted while rendering (not in an effect): the text changes in the same commit as the step.
  if (seen.id !== progress.runbookId || seen.step !== progress.currentStep) {
    setSeen({ id: progress.runbookId, step: progress.currentStep });
    if (seen.id === progress.runbookId) {
      const step = progress.currentStep === null ? null : progress.steps[progress.currentStep];
      setMessage(
        step
          ? t('panel.announceStep', {
              n: (progress.currentStep ?? 0) + 1,
              m: progress.steps.length,
              title: plainText(runbookText(step.title, lang)),
            })
          : t('panel.complete'),
      );
    }
  }
  return (
    <div aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      {message}
    </div>
  );
}
