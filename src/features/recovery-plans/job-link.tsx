import { useTranslation } from 'react-i18next';
import type { ArmJob } from '../../api/wire-types';
import { RouterLink } from '../../components/router-link';

/** A plan's job as "Reprotect (In progress)", linked to its job blade (docs/ui-names.md §6). */
export function JobLink({ vault, job }: { vault: string; job: ArmJob }) {
  const { t } = useTranslation('plans');
  const { scenarioName, state } = job.properties;
  const name = t(`jobNames.${scenarioName}`, { defaultValue: job.properties.friendlyName || scenarioName });
  const status = t(`jobStatus.${state}`, { defaultValue: state });
  return (
    <RouterLink to={`/vaults/${encodeURIComponent(vault)}/jobs/${encodeURIComponent(job.name)}`}>
      {t('plan.goToJob', { name, status })}
    </RouterLink>
  );
}
