import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  ToolbarButton,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ArmError } from '../../api/arm-client';
import { runbookText, useRunbookReport } from '../../api/runbooks';
import { Blade } from '../../components/blade';
import { CommandBar } from '../../components/command-bar';
import { LoadState } from '../../components/load-state';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { downloadJson } from '../../components/json-file';
import { formatDuration, formatSimulated } from './runbook-text';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content auto',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** docs/runbooks.md §3: `/runbooks/:id/report`, h1 Runbook report, subtitle the runbook's title. */
export function RunbookReportBlade() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('runbooks');
  const styles = useStyles();
  const report = useRunbookReport(id);
  const lang = i18n.language;
  const data = report.data;
  const notFound = report.error instanceof ArmError && report.error.status === 404;

  return (
    <Blade
      title={t('report.title')}
      subtitle={data ? runbookText(data.title, lang) : id}
      commands={
        <CommandBar>
          <ToolbarButton
            appearance="subtle"
            icon={<ArrowDownloadRegular />}
            disabledFocusable={!data}
            onClick={() => data && downloadJson(data, `${data.runbookId}.report.json`)}
          >
            {t('report.download')}
          </ToolbarButton>
        </CommandBar>
      }
    >
      {notFound ? (
        <>
          <Text>{t('report.notFound')}</Text>
          <RouterLink to={`/runbooks/${encodeURIComponent(id)}`}>{t('detail.back')}</RouterLink>
        </>
      ) : (
        <LoadState isLoading={report.isLoading} error={report.error} />
      )}
      {data ? (
        <>
          {data.complete ? null : (
            <MessageBar intent="info">
              <MessageBarBody>{t('report.incomplete')}</MessageBarBody>
            </MessageBar>
          )}
          <dl className={styles.figures} aria-label={t('report.figures')}>
            <dt className={styles.term}>{t('report.mistakes')}</dt>
            <dd className={styles.value}>{data.mistakes}</dd>
            <dt className={styles.term}>{t('report.hintsUsed')}</dt>
            <dd className={styles.value}>{data.hintsUsed}</dd>
            <dt className={styles.term}>{t('report.totalTime')}</dt>
            <dd className={styles.value}>
              {t('report.total', {
                real: formatDuration(t, data.totalSeconds),
                simulated: data.totalSimulatedMinutes,
              })}
            </dd>
          </dl>
          <SimpleTable
            label={t('report.table')}
            headers={columnHeaders(t, 'report.columns', [
              'step',
              'result',
              'simulatedTime',
              'timeTaken',
              'hints',
            ])}
            rows={data.steps}
            rowKey={(step) => step.id}
            cells={(step) => [
              runbookText(step.title, lang),
              t(`report.result.${step.result}`),
              formatSimulated(step.simulatedTime, lang),
              step.timeTakenSeconds === null ? '—' : formatDuration(t, step.timeTakenSeconds),
              step.hints,
            ]}
          />
        </>
      ) : null}
    </Blade>
  );
}
