import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  createTableColumn,
  Dropdown,
  Field,
  MessageBar,
  Option,
  Text,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { Blade } from '../../components/blade';
import { ColumnGrid } from '../../components/column-grid';
import { useLayoutStyles } from '../../components/layout-styles';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import type { ArmJob } from '../../api/wire-types';
import { isRunning, useJobs, useSimulatedNow } from './jobs-api';
import {
  formatDuration,
  formatTime,
  jobName,
  jobStatus,
  jobStatusKey,
  jobStatusKeys,
} from '../../components/job-text';
import { JobStatusIcon } from './job-status-icon';

/** docs/ui-names.md §6: the vault's Site Recovery jobs, newest first, with a status filter. */
export function JobsBlade() {
  const { t, i18n } = useTranslation('jobs');
  const layout = useLayoutStyles();
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const jobs = useJobs(vault);
  const now = useSimulatedNow().data;
  const [status, setStatus] = useState<string>('all');

  const rows = useMemo(
    () =>
      [...(jobs.data ?? [])]
        .filter((job) => status === 'all' || jobStatusKey(job.properties.state) === status)
        .sort((a, b) => b.properties.startTime.localeCompare(a.properties.startTime)),
    [jobs.data, status],
  );

  const columns: TableColumnDefinition<ArmJob>[] = [
    createTableColumn<ArmJob>({
      columnId: 'name',
      renderHeaderCell: () => t('columns.name'),
      renderCell: (job) => (
        <RouterLink to={`/vaults/${encodeURIComponent(vault)}/jobs/${encodeURIComponent(job.name)}`}>
          {jobName(t, job)}
        </RouterLink>
      ),
    }),
    createTableColumn<ArmJob>({
      columnId: 'item',
      renderHeaderCell: () => t('columns.item'),
      renderCell: (job) => job.properties.targetObjectName ?? '—',
    }),
    createTableColumn<ArmJob>({
      columnId: 'status',
      renderHeaderCell: () => t('columns.status'),
      renderCell: (job) => (
        <span className={layout.iconLabel}>
          <JobStatusIcon state={job.properties.state} />
          {jobStatus(t, job.properties.state)}
        </span>
      ),
    }),
    createTableColumn<ArmJob>({
      columnId: 'startTime',
      renderHeaderCell: () => t('columns.startTime'),
      renderCell: (job) => formatTime(job.properties.startTime, i18n.language),
    }),
    createTableColumn<ArmJob>({
      columnId: 'duration',
      renderHeaderCell: () => t('columns.duration'),
      renderCell: (job) =>
        formatDuration(
          job.properties.startTime,
          job.properties.endTime ?? (isRunning(job) ? now : undefined),
        ),
    }),
  ];

  return (
    <Blade title={t('title')} subtitle={vault}>
      <div className={layout.fieldRow}>
        <Field label={t('filter.status')}>
          <Dropdown
            value={status === 'all' ? t('filter.all') : t(`status.${status}`)}
            selectedOptions={[status]}
            onOptionSelect={(_, data) => setStatus(data.optionValue ?? 'all')}
          >
            <Option value="all">{t('filter.all')}</Option>
            {jobStatusKeys.map((key) => (
              <Option key={key} value={key}>
                {t(`status.${key}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Text>{t('count', { count: rows.length })}</Text>
      </div>
      {jobs.error && (
        <MessageBar intent="error" role="alert">
          {t('loadError', { message: jobs.error.message })}
        </MessageBar>
      )}
      {jobs.isLoading ? (
        <Text>{t('loading')}</Text>
      ) : (
        <ColumnGrid
          items={rows}
          columns={columns}
          getRowId={(job) => job.name}
          label={t('title')}
          // The name cell holds the job's link: Enter moves into the cell, Enter again opens
          // the job (docs/ui-names.md §10: every control answers the keyboard).
          focusMode={(columnId) => (columnId === 'name' ? 'group' : 'cell')}
        />
      )}
      {!jobs.isLoading && rows.length === 0 && <Text>{t('empty')}</Text>}
    </Blade>
  );
}
