import { useTranslation } from 'react-i18next';
import { ItemPaneRoute } from '../../components/item-pane-route';
import { ChangeRecoveryPointForm } from './change-recovery-point-form';

/** Route `…/replicated-items/:item/change-recovery-point` (docs/ui-names.md §5, FO-1). */
export function ChangeRecoveryPointPane() {
  const { t } = useTranslation('hyperv');
  return <ItemPaneRoute title={t('changePoint.title')} form={ChangeRecoveryPointForm} />;
}
