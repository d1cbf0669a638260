import { Fragment } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterLink } from '../../components/router-link';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0`,
    listStyleType: 'none',
  },
  separator: { color: tokens.colorNeutralForeground3 },
});

/** The blade segment after /vaults/:vault → its title key (docs/ui-names.md §2). */
const bladeKeys: Record<string, string> = {
  'replicated-items': 'replicatedItems',
  'recovery-plans': 'recoveryPlans',
  jobs: 'jobs',
  infrastructure: 'infrastructure',
};
const subBladeKeys: Record<string, string> = {
  'configuration-servers': 'vault:configurationServers.title',
  'replication-policies': 'vault:replicationPolicies.title',
};

interface Crumb {
  to: string;
  label: string;
}

/** docs/ui-names.md §1: a breadcrumb navigation with real links, Home > vault > blade > item. */
export function Breadcrumb({ vault }: { vault: string }) {
  const { t } = useTranslation(['shell', 'vault']);
  const styles = useStyles();
  const { pathname } = useLocation();
  const base = `/vaults/${encodeURIComponent(vault)}`;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).split('/').filter(Boolean) : [];

  const crumbs: Crumb[] = [
    { to: '/', label: t('breadcrumb.home') },
    { to: base, label: vault },
  ];
  const [blade, child, grandchild] = rest;
  if (blade && bladeKeys[blade]) {
    crumbs.push({ to: `${base}/${blade}`, label: t(`vaultMenu.${bladeKeys[blade]}`) });
    if (child) {
      const label =
        blade === 'infrastructure' && subBladeKeys[child]
          ? t(subBladeKeys[child])
          : decodeURIComponent(child);
      crumbs.push({ to: `${base}/${blade}/${child}`, label });
      // Configuration server blade: infrastructure > configuration servers > server.
      if (grandchild && blade === 'infrastructure') {
        crumbs.push({ to: `${base}/${blade}/${child}/${grandchild}`, label: decodeURIComponent(grandchild) });
      }
    }
  }

  return (
    <nav aria-label={t('breadcrumb.label')}>
      <ol className={styles.list}>
        {crumbs.map((crumb, index) => (
          <Fragment key={crumb.to}>
            {index > 0 && (
              <li aria-hidden className={styles.separator}>
                &gt;
              </li>
            )}
            <li>
              <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
