import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Blade } from './blade';
import { RouterLink } from './router-link';

/** docs/ui-names.md §2: an unknown route or resource shows "Not found" with a link home, never a blank page. */
export function NotFoundBlade() {
  const { t } = useTranslation('vault');
  return (
    <Blade title={t('notFound.title')} subtitle={t('notFound.subtitle')}>
      <Text>{t('notFound.body')}</Text>
      <RouterLink to="/">{t('notFound.home')}</RouterLink>
    </Blade>
  );
}
