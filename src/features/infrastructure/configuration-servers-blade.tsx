import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { RouterLink } from '../../components/router-link';
import { formatTime } from '../jobs/job-text';
import { useFabrics } from './infrastructure-api';

/** Configuration servers (ui-contract §2, §8): each named with a link to its blade. */
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
      <Table size="small" aria-label={t('configurationServers.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('configurationServers.name')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.connection')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.lastHeartbeat')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.agentVersion')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {servers.map((server) => (
            <TableRow key={server.id}>
              <TableCell>
                <RouterLink to={`${base}/${encodeURIComponent(server.name)}`}>
                  {server.properties.friendlyName}
                </RouterLink>
              </TableCell>
              <TableCell>
                {server.properties.customDetails?.csServiceStatus === 'Running'
                  ? t('configurationServers.connected')
                  : t('configurationServers.notConnected')}
              </TableCell>
              <TableCell>
                {formatTime(server.properties.customDetails?.lastHeartbeat, i18n.language)}
              </TableCell>
              <TableCell>{server.properties.customDetails?.agentVersion ?? t('notAvailable')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Blade>
  );
}
