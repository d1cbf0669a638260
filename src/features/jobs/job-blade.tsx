import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { makeStyles, MessageBar, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissRegular, PlayRegular } from '@fluentui/react-icons';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import type { ArmJob } from '../../api/wire-types';
import { isRunning, useJob, useJobAction, useSimulatedNow, type JobAction } from './jobs-api';
import { formatDuration, formatTime, jobName, jobStatus } from '../../components/job-text';
import { JobErrorDetails } from './job-error-details';
import { JobTasksGrid } from './job-tasks-grid';

const useStyles = makeStyles({
  essentials: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The job's commands: the action sent, ARM's allowed-action name, the catalog key, the icon. */
const COMMANDS: { action: JobAction; allowed: string; key: string; icon: ReactElement }[] = [
  // HV-3: Complete failover resumes a job suspended after "synchronize before failover".
  { action: 'resume', allowed: 'Resume', key: 'completeFailover', icon: <PlayRegular /> },
  { action: 'cancel', allowed: 'Cancel', key: 'cancel', icon: <DismissRegular /> },
  { action: 'restart', allowed: 'Restart', key: 'restart', icon: <ArrowClockwiseRegular /> },
];

/** docs/ui-names.md §6: one job: essentials, tasks, Complete failover / Cancel / Restart, Error details. */
export function JobBlade() {
  const { t } = useTranslation('jobs');
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.job ?? '';
  const { query: job, notFound } = useJob(vault, name);

  if (notFound) {
    return (
      <Blade title={t('notFound.title')} subtitle={t('jobSubtitle')}>
        <Text>{t('notFound.text', { name })}</Text>
        <RouterLink to={`/vaults/${encodeURIComponent(vault)}/jobs`}>{t('notFound.link')}</RouterLink>
      </Blade>
    );
  }
  if (!job.data) {
    return (
      <Blade title={t('loading')} subtitle={t('jobSubtitle')}>
        {job.error ? (
          <MessageBar intent="error" role="alert">
            {t('loadError', { message: job.error.message })}
          </MessageBar>
        ) : (
          <Text>{t('loading')}</Text>
        )}
      </Blade>
    );
  }
  return <JobView vault={vault} job={job.data} />;
}

function JobView({ vault, job }: { vault: string; job: ArmJob }) {
  const { t, i18n } = useTranslation('jobs');
  const styles = useStyles();
  const now = useSimulatedNow().data;
  const action = useJobAction(vault, job.name);
  const allowed = job.properties.allowedActions ?? [];
  const p = job.properties;

  // A command the job's state does not allow stays visible, disabled with the reason (docs/ui-names.md §1).
  const reason = (name: string, key: string) =>
    action.isPending ? t('disabled.pending') : allowed.includes(name) ? null : t(`disabled.${key}`);
  const run = (a: JobAction) => () => action.mutate(a);

  const essentials: [string, string][] = [
    [t('columns.item'), p.targetObjectName ?? '—'],
    [t('columns.status'), jobStatus(t, p.state)],
    [t('columns.startTime'), formatTime(p.startTime, i18n.language)],
    [t('columns.endTime'), formatTime(p.endTime, i18n.language)],
    [t('columns.duration'), formatDuration(p.startTime, p.endTime ?? (isRunning(job) ? now : undefined))],
  ];
  // TF-1: the test network; TF-3: the cleanup's notes are kept in the job.
  const details = p.customDetails?.instanceType === 'TestFailoverJobDetails' ? p.customDetails : undefined;
  if (details?.networkName) essentials.push([t('testNetwork'), details.networkName]);
  if (p.scenarioName === 'TestFailoverCleanup') essentials.push([t('notes'), details?.comments || '—']);

  return (
    <Blade
      title={jobName(t, job)}
      subtitle={t('jobSubtitle')}
      commands={
        <CommandBar>
          {COMMANDS.map(({ action: a, allowed: name, key, icon }) => (
            <Command key={key} icon={icon} onClick={run(a)} disabledReason={reason(name, key)}>
              {t(`commands.${key}`)}
            </Command>
          ))}
        </CommandBar>
      }
    >
      {action.error && (
        <MessageBar intent="error" role="alert">
          {t('actionError', { message: action.error.message })}
        </MessageBar>
      )}
      <section aria-label={t('essentials')}>
        <dl className={styles.essentials}>
          {essentials.map(([label, value]) => (
            <div key={label} className={styles.pair}>
              <dt className={styles.term}>{label}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {p.state === 'Failed' && <JobErrorDetails job={job} />}
      <section aria-labelledby="job-tasks-heading">
        <h2 id="job-tasks-heading" className={styles.heading}>
          {t('tasks')}
        </h2>
        <JobTasksGrid tasks={p.tasks ?? []} />
      </section>
    </Blade>
  );
}
