import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useItem } from '../../api/items';
import { Pane, PaneFrame, PaneStatus } from '../../components/pane';
import { PlannedFailoverForm } from './planned-failover-form';

/** Route `…/replicated-items/:item/planned-failover` (ui-contract §5, HV-1..5). */
export function PlannedFailoverPane() {
  const { t } = useTranslation('hyperv');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  // One frame for the loading placeholder and the form, so the modal is never remounted.
  return (
    <PaneFrame>
      {!item ? (
        <Pane title={t('planned.title')} onOk={() => false} okDisabled>
          <PaneStatus name={name} notFound={notFound} error={error} />
        </Pane>
      ) : (
        <PlannedFailoverForm key={item.id} vault={vault} item={item} />
      )}
    </PaneFrame>
  );
}
