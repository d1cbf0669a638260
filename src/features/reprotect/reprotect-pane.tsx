import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import { ItemPaneRoute } from '../../components/item-pane-route';

import { ReprotectToAzure } from './to-azure-form';
import { ReprotectToOnPremises } from './to-on-premises-form';

/**
 * The direction is never chosen by the user (LIFE-3: preselected, read-only): an item running in
 * Azure re-protects Azure → on-premises, one running on-premises goes back to Azure (LIFE-6).
 */
export function reprotectDirection(item: ArmItem): 'AzureToOnPremises' | 'OnPremisesToAzure' {
  return item.properties.activeLocation === 'Recovery' ? 'AzureToOnPremises' : 'OnPremisesToAzure';
}

/** Route `…/replicated-items/:item/reprotect` (docs/ui-names.md §5). */
export function ReprotectPane() {
  const { t } = useTranslation('panes');
  return <ItemPaneRoute title={t('reprotect.title')} form={ReprotectForm} />;
}

function ReprotectForm({ vault, item }: { vault: string; item: ArmItem }) {
  return reprotectDirection(item) === 'AzureToOnPremises' ? (
    <ReprotectToOnPremises vault={vault} item={item} />
  ) : (
    <ReprotectToAzure vault={vault} item={item} />
  );
}
