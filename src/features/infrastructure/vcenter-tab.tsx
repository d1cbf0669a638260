import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import type { LabDocument } from '../../api/lab';
import type { FabricMasterTarget } from './infrastructure-api';

/**
 * vCenter / ESXi: the hosts the configuration server knows, their licence (RP-6) and the
 * datastores discovery saw on them (DS-4: none with a read-only vCenter account; DS-5).
 */
export function VcenterTab({ targets, lab }: { targets: FabricMasterTarget[]; lab?: LabDocument }) {
  const { t } = useTranslation('infra');
  const account = lab?.vcenter?.account;
  const hosts = Object.entries(lab?.esxiHosts ?? {}).sort(([a], [b]) => a.localeCompare(b));
  // Discovered datastores come from the fabric (per MT host); the Lab says which host holds each.
  const discovered = new Set(targets.flatMap((mt) => (mt.dataStores ?? []).map((ds) => ds.symbolicName)));
  const onHost = (host: string) =>
    Object.entries(lab?.datastores ?? {})
      .filter(([name, ds]) => ds?.host === host && discovered.has(name))
      .map(([name]) => name)
      .sort();
  return (
    <>
      <Text>
        {t('vcenter.account')}: {account ? t(`vcenter.accounts.${account}`) : t('notAvailable')}
        {lab?.vcenter?.alternateDiscovered !== undefined &&
          ` · ${t('vcenter.alternate')}: ${lab.vcenter.alternateDiscovered ? t('yes') : t('no')}`}
      </Text>
      <SimpleTable
        label={t('configurationServer.vcenterTab')}
        headers={columnHeaders(t, 'vcenter', ['host', 'server', 'licence', 'datastores'])}
        rows={hosts}
        rowKey={([name]) => name}
        cells={([name, host]) => [
          name,
          host.vcenter ?? t('notAvailable'),
          host.licence ? t(`vcenter.licences.${host.licence}`) : t('notAvailable'),
          onHost(name).join(', ') || t('vcenter.none'),
        ]}
      />
    </>
  );
}
