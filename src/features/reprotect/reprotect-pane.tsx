import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useItem } from '../../api/items';
import type { ArmItem } from '../../api/wire-types';
import { Pane, PaneFrame, PaneStatus } from '../../components/pane';

import { ReprotectToAzure } from './to-azure-form';
import { ReprotectToOnPremises } from './to-on-premises-form';

/**
 * The direction is never chosen by the user (LIFE-3: preselected, read-only): an item running in
 * Azure re-protects Azure → on-premises, one running on-premises goes back to Azure (LIFE-6).
 */
export function reprotectDirection(item: ArmItem): 'AzureToOnPremises' | 'OnPremisesToAzure' {
  return item.properties.activeLocation === 'Recovery' ? 'AzureToOnPremises' : 'OnPremisesToAzure';
}

/** Route `…/replicated-items/:item/reprotect` (ui-contract §5). */
export function ReprotectPane() {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  // One frame for the loading placeholder and the form, so the modal is never remounted.
  return (
    <PaneFrame>
      {!item ? (
        <Pane title={t('reprotect.title')} onOk={() => false} okDisabled>
          <PaneStatus name={name} notFound={notFound} error={error} />
        </Pane>
      ) : reprotectDirection(item) === 'AzureToOnPremises' ? (
        <ReprotectToOnPremises key={item.id} vault={vault} item={item} />
      ) : (
        <ReprotectToAzure key={item.id} vault={vault} item={item} />
      )}
    </PaneFrame>
  );
}
