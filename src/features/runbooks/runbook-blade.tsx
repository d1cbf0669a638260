import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ArmError } from '../../api/arm-client';
import {
  runbookText,
  useRunbookEntry,
  useRunbookProgress,
  useRunbookReport,
  useStartRunbook,
} from '../../api/runbooks';
import { Blade } from '../../components/blade';
import { LoadState } from '../../components/load-state';
import { RouterLink } from '../../components/router-link';
import { RunbookMarkdown } from './runbook-text';
import { RunbookConfirm } from './runbook-confirm';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '72ch' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  stepTitle: { fontWeight: tokens.fontWeightSemibold },
  chips: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** docs/runbooks.md §3: `/runbooks/:id`, h1 = the runbook's title, subtitle Runbook; Start runbook asks first. */
export function RunbookBlade() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('runbooks');
  const styles = useStyles();
  const entry = useRunbookEntry(id);
  const progress = useRunbookProgress();
  // The running or last run of this runbook in the current world (404 when there is none).
  const report = useRunbookReport(id);
  const navigate = useNavigate();
  const start = useStartRunbook();
  const lang = i18n.language;

  if (entry.error instanceof ArmError && entry.error.status === 404) {
    return (
      <Blade title={id} subtitle={t('detail.subtitle')}>
        <Text>{t('detail.notFound', { id })}</Text>
        <RouterLink to="/runbooks">{t('detail.back')}</RouterLink>
      </Blade>
    );
  }
  const runbook = entry.data;
  const title = runbook ? runbookText(runbook.title, lang) : id;
  const running = progress.data?.runbookId === id;

  const onStart = () => {
    if (start.isPending) return;
    start.mutate(id, {
      onSuccess: () => {
        // The runbook's first step happens in the vault: its overview is where the trainee begins.
        void navigate('/');
      },
    });
  };

  const startButton = (
    <div>
      <RunbookConfirm
        trigger={
          <Button appearance="primary" icon={<PlayRegular />} disabledFocusable={!runbook}>
            {t('detail.start')}
          </Button>
        }
        title={t('detail.startTitle')}
        message={t('detail.startMessage', { title })}
        error={start.error ? t('detail.startError', { message: start.error.message }) : null}
        okText={t('detail.startOk')}
        cancelText={t('detail.cancel')}
        onOk={onStart}
        onOpenChange={() => start.reset()}
      />
    </div>
  );

  return (
    <Blade title={title} subtitle={t('detail.subtitle')}>
      <LoadState isLoading={entry.isLoading} error={entry.error} />
      {running ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('detail.running')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report.data ? (
        <RouterLink to={`/runbooks/${encodeURIComponent(id)}/report`}>{t('detail.viewReport')}</RouterLink>
      ) : null}
      {runbook ? (
        <>
          <section className={styles.section} aria-label={t('detail.summary')}>
            <Text>
              <RunbookMarkdown text={runbookText(runbook.summary, lang)} />
            </Text>
            <Text>{t('detail.estimated', { minutes: runbook.estimatedMinutes })}</Text>
            <Text>
              {t('detail.scenario', {
                scenario:
                  typeof runbook.scenario === 'string' ? runbook.scenario : t('detail.scenarioInline'),
              })}
            </Text>
          </section>
          {startButton}
          <section className={styles.section}>
            <h2 className={styles.heading}>{t('detail.steps')}</h2>
            <ol className={styles.steps}>
              {runbook.steps.map((step) => (
                <li key={step.id}>
                  <Text className={styles.stepTitle}>{runbookText(step.title, lang)}</Text>
                  <br />
                  <Text>
                    <RunbookMarkdown text={runbookText(step.instruction, lang)} />
                  </Text>{' '}
                  {step.rules?.length ? (
                    <span className={styles.chips}>
                      {step.rules.map((rule) => (
                        <Badge key={rule} appearance="tint" color="informative">
                          {rule}
                        </Badge>
                      ))}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </Blade>
  );
}
