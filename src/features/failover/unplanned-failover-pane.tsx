import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { FailoverForm } from './failover-form';
import type { FailoverDirection } from '../../components/recovery-point-choice';

/**
 * FO-3: the direction is shown, never chosen. An item replicating Azure → on-premises (re-protected
 * back, LIFE-4) fails over from Azure; one replicating to Azure (LIFE-1) fails over to Azure.
 */
export function failoverDirection(item: ArmItem): FailoverDirection {
  const direction = item.properties.providerSpecificDetails.replicationDirection;
  if (direction === 'AzureToOnPremises') return 'FromAzure';
  if (direction === 'OnPremisesToAzure') return 'ToAzure';
  return item.properties.activeLocation === 'Recovery' ? 'FromAzure' : 'ToAzure';
}

/** Route `…/replicated-items/:item/unplanned-failover` (docs/ui-names.md §5). */
export function UnplannedFailoverPane() {
  const { t } = useTranslation('panes');
  return (
    <ItemPaneRoute
      title={t('failover.title')}
      form={(vault, item) => (
        <FailoverForm key={item.id} vault={vault} item={item} direction={failoverDirection(item)} />
      )}
    />
  );
}
