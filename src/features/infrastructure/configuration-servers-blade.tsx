import { Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { formatTime } from '../../components/job-text';
import { useFabrics } from './infrastructure-api';

/** Configuration servers (docs/ui-names.md §2, §8): each named with a link to its blade. */
export function ConfigurationServersBlade() {
  const { t, i18n } = useTranslation('infra');
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const fabrics = useFabrics(vault);
  // A configuration server is a VMware fabric; Hyper-V sites and Azure are other fabric kinds.
  const servers = (fabrics.data ?? []).filter(
    (fabric) => fabric.properties.customDetails?.instanceType === 'VMware',
  );
  const base = `/vaults/${encodeURIComponent(vault)}/infrastructure/configuration-servers`;
  return (
    <Blade title={t('configurationServers.title')} subtitle={vault}>
      {fabrics.isLoading && <Spinner size="small" label={t('loading')} />}
      {fabrics.isSuccess && servers.length === 0 && <Text>{t('configurationServers.none')}</Text>}
      <SimpleTable
        label={t('configurationServers.title')}
        headers={columnHeaders(t, 'configurationServers', [
          'name',
          'connection',
          'lastHeartbeat',
          'agentVersion',
        ])}
        rows={servers}
        rowKey={(server) => server.id}
        cells={(server) => [
          <RouterLink to={`${base}/${encodeURIComponent(server.name)}`}>
            {server.properties.friendlyName}
          </RouterLink>,
          server.properties.customDetails?.csServiceStatus === 'Running'
            ? t('configurationServers.connected')
            : t('configurationServers.notConnected'),
          formatTime(server.properties.customDetails?.lastHeartbeat, i18n.language),
          server.properties.customDetails?.agentVersion ?? t('notAvailable'),
        ]}
      />
    </Blade>
  );
}
