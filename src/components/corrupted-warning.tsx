import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../api/wire-types';

/** HV-7: a planned failover cancelled during data synchronization leaves the on-prem VM corrupted. */
export function CorruptedWarning({ item }: { item: ArmItem }) {
  const { t } = useTranslation('hyperv');
  if (item.properties.providerSpecificDetails.corrupted !== true) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('corrupted.title')}</MessageBarTitle>
        {t('corrupted.message')}
      </MessageBarBody>
    </MessageBar>
  );
}
