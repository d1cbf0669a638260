import { useState } from 'react';
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem, ArmRecoveryPoint } from '../../api/wire-types';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { useItemJobs } from '../../api/item-api';
import { machineType } from './item-verbs';

type TabKey = 'overview' | 'recoveryPoints' | 'healthErrors' | 'jobs';
const tabs: TabKey[] = ['overview', 'recoveryPoints', 'healthErrors', 'jobs'];

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
});

interface Props {
  vault: string;
  item: ArmItem;
  recoveryPoints: ArmRecoveryPoint[] | undefined;
}

/** docs/ui-names.md §4: tabs Overview, Recovery points, Health errors, Jobs. */
export function ItemTabs({ vault, item, recoveryPoints }: Props) {
  const { t } = useTranslation(['item', 'common']);
  const styles = useStyles();
  const [tab, setTab] = useState<TabKey>('overview');
  return (
    <div>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabKey)}>
        {tabs.map((key) => (
          <Tab key={key} value={key} id={`item-tab-${key}`} aria-controls={`item-panel-${key}`}>
            {t(`tabs.${key}`)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`item-panel-${tab}`}
        aria-labelledby={`item-tab-${tab}`}
        className={styles.panel}
      >
        {tab === 'overview' && <OverviewFacts item={item} />}
        {tab === 'recoveryPoints' && <RecoveryPointsTable points={recoveryPoints} />}
        {tab === 'healthErrors' && <HealthErrorsTable item={item} />}
        {tab === 'jobs' && <ItemJobsTable vault={vault} item={item} />}
      </div>
    </div>
  );
}

/** §11: the facts a user should see where they would look for them. */
function OverviewFacts({ item }: { item: ArmItem }) {
  const { t } = useTranslation('item');
  const details = item.properties.providerSpecificDetails;
  const linux = /linux/i.test(`${details.osType ?? ''}`);
  const hyperV = machineType(item) === 'HyperVVM';
  const facts = [
    ...(linux ? ['linuxNetworkManager', 'linuxDhcp'] : hyperV ? [] : ['windowsStaticIp']),
    ...(hyperV ? [] : ['ports', 'backupCs']),
    'downtime',
  ];
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('facts.title')}</MessageBarTitle>
        <ul>
          {facts.map((fact) => (
            <li key={fact}>{t(`facts.${fact}`)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function RecoveryPointsTable({ points }: { points: ArmRecoveryPoint[] | undefined }) {
  const { t } = useTranslation('item');
  if (!points?.length) return <Text>{t('recoveryPoints.empty')}</Text>;
  return (
    <SimpleTable
      label={t('tabs.recoveryPoints')}
      headers={columnHeaders(t, 'recoveryPoints', ['time', 'type'])}
      rows={points}
      rowKey={(point) => point.id}
      cells={(point) => [
        t('time', { value: new Date(point.properties.recoveryPointTime) }),
        t(`recoveryPoints.${point.properties.recoveryPointType}`),
      ]}
    />
  );
}

function HealthErrorsTable({ item }: { item: ArmItem }) {
  const { t } = useTranslation('item');
  const errors = item.properties.healthErrors ?? [];
  if (!errors.length) return <Text>{t('healthErrors.empty')}</Text>;
  return (
    <SimpleTable
      label={t('tabs.healthErrors')}
      headers={columnHeaders(t, 'healthErrors', ['code', 'message', 'causes', 'action'])}
      rows={errors}
      rowKey={(error, index) => `${error.errorCode}-${index}`}
      cells={(error) => [error.errorCode, error.errorMessage, error.possibleCauses, error.recommendedAction]}
    />
  );
}

function ItemJobsTable({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('item');
  const jobs = useItemJobs(vault, item.name);
  if (!jobs.data?.length) return <Text>{t('jobs.empty')}</Text>;
  return (
    <SimpleTable
      label={t('tabs.jobs')}
      headers={columnHeaders(t, 'jobs', ['name', 'status', 'start'])}
      rows={jobs.data}
      rowKey={(job) => job.id}
      cells={(job) => [
        <RouterLink to={`/vaults/${encodeURIComponent(vault)}/jobs/${encodeURIComponent(job.name)}`}>
          {job.properties.friendlyName}
        </RouterLink>,
        t(`jobs.states.${job.properties.state}`, { defaultValue: job.properties.state }),
        t('time', { value: new Date(job.properties.startTime) }),
      ]}
    />
  );
}
