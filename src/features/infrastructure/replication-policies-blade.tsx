import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { usePolicies } from './infrastructure-api';

/** Replication policies: the failback policy is shown read-only (POL-1: not editable). */
export function ReplicationPoliciesBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const policies = usePolicies(vault);
  const none = t('common:notAvailable');
  return (
    <Blade title={t('replicationPolicies.title')} subtitle={vault}>
      <MessageBar intent="info">
        <MessageBarBody>{t('replicationPolicies.readOnly')}</MessageBarBody>
      </MessageBar>
      {policies.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <Table size="small" aria-label={t('replicationPolicies.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('replicationPolicies.name')}</TableHeaderCell>
            <TableHeaderCell>{t('replicationPolicies.kind')}</TableHeaderCell>
            <TableHeaderCell>{t('replicationPolicies.rpo')}</TableHeaderCell>
            <TableHeaderCell>{t('replicationPolicies.retention')}</TableHeaderCell>
            <TableHeaderCell>{t('replicationPolicies.appConsistent')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(policies.data ?? []).map((policy) => {
            const details = policy.properties.providerSpecificDetails;
            // api.md §3.5: the failback policy is the InMage one; the forward one is InMageAzureV2.
            const failback = details.instanceType === 'InMage';
            const history = details.recoveryPointHistory;
            return (
              <TableRow key={policy.id}>
                <TableCell>{policy.properties.friendlyName}</TableCell>
                <TableCell>
                  {t(failback ? 'replicationPolicies.failback' : 'replicationPolicies.forward')}
                </TableCell>
                <TableCell>
                  {details.recoveryPointThresholdInMinutes !== undefined
                    ? t('replicationPolicies.minutes', { count: details.recoveryPointThresholdInMinutes })
                    : none}
                </TableCell>
                <TableCell>
                  {history !== undefined
                    ? t('replicationPolicies.hours', { count: Math.round(history / 60) })
                    : none}
                </TableCell>
                <TableCell>
                  {details.appConsistentFrequencyInMinutes !== undefined
                    ? t('replicationPolicies.minutes', { count: details.appConsistentFrequencyInMinutes })
                    : none}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Blade>
  );
}
