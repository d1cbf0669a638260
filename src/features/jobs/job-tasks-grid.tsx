import { useTranslation } from 'react-i18next';
import { createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { ColumnGrid } from '../../components/column-grid';
import type { JobTask } from '../../api/wire-types';
import { formatTime, jobStatus } from '../../components/job-text';
import { JobStatusIcon } from './job-status-icon';

/** The job's tasks in order: name, status, start and end time. */
export function JobTasksGrid({ tasks }: { tasks: JobTask[] }) {
  const { t, i18n } = useTranslation('jobs');
  const columns: TableColumnDefinition<JobTask>[] = [
    createTableColumn<JobTask>({
      columnId: 'name',
      renderHeaderCell: () => t('taskColumns.name'),
      // The UI translates by the stable task name when it knows it, else shows ARM's friendly name.
      renderCell: (task) => t(`tasks.${task.name}`, { defaultValue: task.friendlyName || task.name }),
    }),
    createTableColumn<JobTask>({
      columnId: 'status',
      renderHeaderCell: () => t('taskColumns.status'),
      renderCell: (task) => (
        <>
          <JobStatusIcon state={task.state} /> {jobStatus(t, task.state)}
        </>
      ),
    }),
    createTableColumn<JobTask>({
      columnId: 'startTime',
      renderHeaderCell: () => t('taskColumns.startTime'),
      renderCell: (task) => formatTime(task.startTime, i18n.language),
    }),
    createTableColumn<JobTask>({
      columnId: 'endTime',
      renderHeaderCell: () => t('taskColumns.endTime'),
      renderCell: (task) => formatTime(task.endTime, i18n.language),
    }),
  ];
  return <ColumnGrid items={tasks} columns={columns} getRowId={(task) => task.taskId} label={t('tasks')} />;
}
