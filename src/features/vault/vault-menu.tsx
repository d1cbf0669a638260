import { makeStyles, mergeClasses, tokens, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const useStyles = makeStyles({
  nav: {
    width: '230px',
    flexShrink: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalM} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  group: { margin: 0, padding: 0, listStyleType: 'none' },
  heading: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXS}`,
    color: tokens.colorNeutralForeground3,
  },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Entry {
  to: string;
  key: string;
  end?: boolean;
}

/** docs/ui-names.md §2: the vault menu's links, in this order, grouped as the portal does. */
const groups: { heading: string; entries: Entry[] }[] = [
  { heading: 'general', entries: [{ to: '.', key: 'overview', end: true }] },
  {
    heading: 'protectedItems',
    entries: [
      { to: 'replicated-items', key: 'replicatedItems' },
      { to: 'recovery-plans', key: 'recoveryPlans' },
    ],
  },
  { heading: 'monitoring', entries: [{ to: 'jobs', key: 'jobs' }] },
  { heading: 'manage', entries: [{ to: 'infrastructure', key: 'infrastructure' }] },
];

export function VaultMenu({ vault }: { vault: string }) {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const base = `/vaults/${encodeURIComponent(vault)}`;
  return (
    <nav aria-label={t('vaultMenu.label')} className={styles.nav}>
      {groups.map((group) => (
        <div key={group.heading}>
          <Text size={200} weight="semibold" className={styles.heading} aria-hidden>
            {t(`vaultMenu.${group.heading}`)}
          </Text>
          <ul className={styles.group}>
            {group.entries.map((entry) => (
              <li key={entry.key}>
                <NavLink
                  to={entry.to === '.' ? base : `${base}/${entry.to}`}
                  end={entry.end}
                  className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
                >
                  {t(`vaultMenu.${entry.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
