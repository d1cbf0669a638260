import { useTranslation } from 'react-i18next';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { FailoverForm } from './failover-form';

/** Route `…/replicated-items/:item/unplanned-failover` (docs/ui-names.md §5). */
export function UnplannedFailoverPane() {
  const { t } = useTranslation('panes');
  return <ItemPaneRoute title={t('failover.title')} form={FailoverForm} />;
}
