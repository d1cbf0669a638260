import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useItem } from '../../api/items';
import { Pane, PaneFrame, PaneStatus } from '../../components/pane';
import { ChangeRecoveryPointForm } from './change-recovery-point-form';

/** Route `…/replicated-items/:item/change-recovery-point` (ui-contract §5, FO-1). */
export function ChangeRecoveryPointPane() {
  const { t } = useTranslation('hyperv');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  return (
    <PaneFrame>
      {!item ? (
        <Pane title={t('changePoint.title')} onOk={() => false} okDisabled>
          <PaneStatus name={name} notFound={notFound} error={error} />
        </Pane>
      ) : (
        <ChangeRecoveryPointForm key={item.id} vault={vault} item={item} />
      )}
    </PaneFrame>
  );
}
