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
import { Outlet, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { NotFoundBlade } from '../not-found/not-found-blade';
import { useFabrics } from './infrastructure-api';

/** A configuration server (ui-contract §2): its process servers and master targets as discovered. */
export function ConfigurationServerBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.server ?? '';
  const fabrics = useFabrics(vault);
  const server = fabrics.data?.find(
    (fabric) => fabric.name === name || fabric.properties.friendlyName === name,
  );
  if (fabrics.isSuccess && !server) return <NotFoundBlade />;
  const details = server?.properties.customDetails;
  return (
    <Blade title={server?.properties.friendlyName ?? name} subtitle={t('configurationServer.subtitle')}>
      {fabrics.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <Table size="small" aria-label={t('configurationServers.processServers')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('configurationServers.processServers')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServers.health')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(details?.processServers ?? []).map((ps) => (
            <TableRow key={ps.id}>
              <TableCell>{ps.friendlyName}</TableCell>
              <TableCell>{t(`common:health.${ps.health ?? 'None'}`, { defaultValue: ps.health })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table size="small" aria-label={t('configurationServers.masterTargets')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('configurationServers.masterTargets')}</TableHeaderCell>
            <TableHeaderCell>{t('configurationServer.os')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(details?.masterTargetServers ?? []).map((mt) => (
            <TableRow key={mt.id}>
              <TableCell>{mt.name}</TableCell>
              <TableCell>{mt.osType}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Outlet />
    </Blade>
  );
}
