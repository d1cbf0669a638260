import { useState } from 'react';
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem, ArmRecoveryPoint } from '../../api/wire-types';
import { RouterLink } from '../../components/router-link';
import { useItemJobs } from './item-api';
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

/** ui-contract §4: tabs Overview, Recovery points, Health errors, Jobs. */
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
    <Table size="small" aria-label={t('tabs.recoveryPoints')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('recoveryPoints.time')}</TableHeaderCell>
          <TableHeaderCell>{t('recoveryPoints.type')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((point) => (
          <TableRow key={point.id}>
            <TableCell>{t('time', { value: new Date(point.properties.recoveryPointTime) })}</TableCell>
            <TableCell>{t(`recoveryPoints.${point.properties.recoveryPointType}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function HealthErrorsTable({ item }: { item: ArmItem }) {
  const { t } = useTranslation('item');
  const errors = item.properties.healthErrors ?? [];
  if (!errors.length) return <Text>{t('healthErrors.empty')}</Text>;
  return (
    <Table size="small" aria-label={t('tabs.healthErrors')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('healthErrors.code')}</TableHeaderCell>
          <TableHeaderCell>{t('healthErrors.message')}</TableHeaderCell>
          <TableHeaderCell>{t('healthErrors.causes')}</TableHeaderCell>
          <TableHeaderCell>{t('healthErrors.action')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {errors.map((error, index) => (
          <TableRow key={`${error.errorCode}-${index}`}>
            <TableCell>{error.errorCode}</TableCell>
            <TableCell>{error.errorMessage}</TableCell>
            <TableCell>{error.possibleCauses}</TableCell>
            <TableCell>{error.recommendedAction}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ItemJobsTable({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('item');
  const jobs = useItemJobs(vault, item.name);
  if (!jobs.data?.length) return <Text>{t('jobs.empty')}</Text>;
  return (
    <Table size="small" aria-label={t('tabs.jobs')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('jobs.name')}</TableHeaderCell>
          <TableHeaderCell>{t('jobs.status')}</TableHeaderCell>
          <TableHeaderCell>{t('jobs.start')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobs.data.map((job) => (
          <TableRow key={job.id}>
            <TableCell>
              <RouterLink to={`/vaults/${encodeURIComponent(vault)}/jobs/${encodeURIComponent(job.name)}`}>
                {job.properties.friendlyName}
              </RouterLink>
            </TableCell>
            <TableCell>
              {t(`jobs.states.${job.properties.state}`, { defaultValue: job.properties.state })}
            </TableCell>
            <TableCell>{t('time', { value: new Date(job.properties.startTime) })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
