import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LabSection } from './lab-section';

/**
 * docs/rules.md §14: where the seeds disagree the newer text wins, and the difference is shown to
 * a trainer: VM snapshots merged automatically (000, 004; 002: they fail the job) and a Windows
 * VM's static IP regained after failback (000, 004; 002: it stays DHCP).
 */
export function SourceNotesSection() {
  const { t } = useTranslation('lab');
  return (
    <LabSection title={t('sections.sourceNotes')}>
      <Text>{t('sourceNotes.intro')}</Text>
      <Text>{t('sourceNotes.snapshots')}</Text>
      <Text>{t('sourceNotes.staticIp')}</Text>
    </LabSection>
  );
}
