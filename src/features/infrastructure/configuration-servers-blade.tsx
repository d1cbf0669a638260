import {
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
import { RouterLink } from '../../components/router-link';
import { useFabrics } from './infrastructure-api';

/** Configuration servers (ui-contract §2, §8): each named with a link to its blade. */
export function ConfigurationServersBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const fabrics = useFabrics(vault);
  // A configuration server is a VMware fabric; Hyper-V sites and Azure are other fabric kinds.
  const servers = (fabrics.data ?? []).filter(
    (fabric) => fabric.properties.customDetails?.instanceType === 'VMware',
  );
  const base = `/vaults/${encodeURIComponent(vault)}/infrastructure/configuration-servers`;
  return (
    <Blade title={t('configurationServers.title')} subtitle={vault}>
      {fabrics.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <Table size="small" aria-label={t('configurationServers.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('configurationServers.name')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.health')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.processServers')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.masterTargets')}</TableHeaderCell>
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
                {t(`common:health.${server.properties.health ?? 'None'}`, {
                  defaultValue: server.properties.health,
                })}
              </TableCell>
              <TableCell>
                {(server.properties.customDetails?.processServers ?? [])
                  .map((ps) => ps.friendlyName)
                  .join(', ')}
              </TableCell>
              <TableCell>
                {(server.properties.customDetails?.masterTargetServers ?? []).map((mt) => mt.name).join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Blade>
  );
}
