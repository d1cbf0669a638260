import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { RouterLink } from '../../components/router-link';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Site Recovery infrastructure (docs/ui-names.md §2): the entry to configuration servers and policies. */
export function InfrastructureBlade() {
  const { t } = useTranslation('vault');
  const styles = useStyles();
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const base = `/vaults/${encodeURIComponent(vault)}/infrastructure`;
  return (
    <Blade title={t('infrastructure.title')} subtitle={vault}>
      <nav aria-label={t('infrastructure.title')} className={styles.list}>
        <RouterLink to={`${base}/configuration-servers`}>{t('configurationServers.title')}</RouterLink>
        <RouterLink to={`${base}/replication-policies`}>{t('replicationPolicies.title')}</RouterLink>
      </nav>
    </Blade>
  );
}
