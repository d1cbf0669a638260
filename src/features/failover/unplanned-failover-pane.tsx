import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useItem } from '../../api/items';
import type { ArmItem } from '../../api/wire-types';
import { Pane, PaneFrame, PaneStatus } from '../../components/pane';
import { FailoverForm } from './failover-form';
import type { FailoverDirection } from './recovery-point-choice';

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

/** Route `…/replicated-items/:item/unplanned-failover` (ui-contract §5). */
export function UnplannedFailoverPane() {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  // One frame for the loading placeholder and the form, so the modal is never remounted.
  return (
    <PaneFrame>
      {!item ? (
        <Pane title={t('failover.title')} onOk={() => false} okDisabled>
          <PaneStatus name={name} notFound={notFound} error={error} />
        </Pane>
      ) : (
        <FailoverForm key={item.id} vault={vault} item={item} direction={failoverDirection(item)} />
      )}
    </PaneFrame>
  );
}
