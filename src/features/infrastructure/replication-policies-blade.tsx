import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { usePolicies } from '../../api/policies';

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
      <SimpleTable
        label={t('replicationPolicies.title')}
        headers={columnHeaders(t, 'replicationPolicies', [
          'name',
          'kind',
          'rpo',
          'retention',
          'appConsistent',
        ])}
        rows={policies.data ?? []}
        rowKey={(policy) => policy.id}
        cells={(policy) => {
          const details = policy.properties.providerSpecificDetails;
          // docs/api.md §3.5: the failback policy is the InMage one; the forward one is InMageAzureV2.
          const failback = details.instanceType === 'InMage';
          const history = details.recoveryPointHistory;
          return [
            policy.properties.friendlyName,
            t(failback ? 'replicationPolicies.failback' : 'replicationPolicies.forward'),
            details.recoveryPointThresholdInMinutes !== undefined
              ? t('replicationPolicies.minutes', { count: details.recoveryPointThresholdInMinutes })
              : none,
            history !== undefined
              ? t('replicationPolicies.hours', { count: Math.round(history / 60) })
              : none,
            details.appConsistentFrequencyInMinutes !== undefined
              ? t('replicationPolicies.minutes', { count: details.appConsistentFrequencyInMinutes })
              : none,
          ];
        }}
      />
    </Blade>
  );
}
