import { useTranslation } from 'react-i18next';
import { itemStatus } from '../../api/item-status';
import type { ArmItem, ArmRecoveryPoint } from '../../api/wire-types';
import { Essentials } from '../../components/essentials';
import { machineType } from './item-verbs';
import { rpoParts } from './items-view';

interface Props {
  item: ArmItem;
  recoveryPoints: ArmRecoveryPoint[] | undefined;
}

const lastSegment = (id: string) => decodeURIComponent(id.split('/').filter(Boolean).pop() ?? id);

/** docs/ui-names.md §4: the item's essentials as label/value pairs. */
export function ItemEssentials({ item, recoveryPoints }: Props) {
  const { t } = useTranslation(['item', 'common']);
  const { properties } = item;
  const details = properties.providerSpecificDetails;
  const none = t('common:notAvailable');
  const direction = typeof details.replicationDirection === 'string' ? details.replicationDirection : 'None';
  const rpo = rpoParts(item);
  const latest = recoveryPoints?.[0];
  const latestApp = recoveryPoints?.find(
    (point) => point.properties.recoveryPointType === 'ApplicationConsistent',
  );
  const time = (iso: string) => t('time', { value: new Date(iso) });

  const entries = [
    { label: t('essentials.health'), value: t(`common:health.${properties.replicationHealth}`) },
    { label: t('essentials.status'), value: t(`common:status.${itemStatus(item)}`) },
    { label: t('essentials.location'), value: t(`common:location.${properties.activeLocation}`) },
    { label: t('essentials.direction'), value: t(`common:direction.${direction}`, { defaultValue: none }) },
    { label: t('essentials.machineType'), value: t(`common:machineType.${machineType(item)}`) },
    { label: t('essentials.os'), value: details.osName ?? details.osType ?? none },
    // LIFE-12 (§14): Windows VMware VMs and physical servers lose VMware Tools in Azure until failback.
    ...(details.osType === 'Windows' && machineType(item) !== 'HyperVVM'
      ? [{ label: t('essentials.vmwareTools'), value: t('essentials.vmwareToolsLife12') }]
      : []),
    { label: t('essentials.configurationServer'), value: properties.primaryFabricFriendlyName || none },
    { label: t('essentials.processServer'), value: details.processServerName ?? none },
    // docs/ui-names.md §4: the master target only matters while replicating back (Azure → on-premises).
    ...(direction === 'AzureToOnPremises'
      ? [
          {
            label: t('essentials.masterTarget'),
            value: details.masterTargetId ? lastSegment(details.masterTargetId) : none,
          },
        ]
      : []),
    { label: t('essentials.rpo'), value: rpo ? t(`common:rpo.${rpo.unit}`, { count: rpo.count }) : none },
    {
      label: t('essentials.latestRecoveryPoints'),
      value: latest
        ? t('essentials.latestPoints', {
            crash: time(latest.properties.recoveryPointTime),
            app: latestApp ? time(latestApp.properties.recoveryPointTime) : none,
          })
        : none,
    },
  ];
  return <Essentials label={t('essentials.label')} entries={entries} />;
}
