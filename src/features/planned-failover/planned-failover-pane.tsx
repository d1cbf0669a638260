import { useTranslation } from 'react-i18next';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { PlannedFailoverForm } from './planned-failover-form';

/** Route `…/replicated-items/:item/planned-failover` (docs/ui-names.md §5, HV-1..5). */
export function PlannedFailoverPane() {
  const { t } = useTranslation('hyperv');
  return <ItemPaneRoute title={t('planned.title')} form={PlannedFailoverForm} />;
}
