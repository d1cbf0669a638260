import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * A blade's load state: a spinner while its query loads and an error bar if the query failed,
 * with the common texts, so every blade that loads one thing says so the same way.
 */
export function LoadState({ isLoading, error }: { isLoading: boolean; error: Error | null | undefined }) {
  const { t } = useTranslation('common');
  return (
    <>
      {isLoading && <Spinner size="small" label={t('loading')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('loadError', { message: error.message })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
