import { makeStyles } from '@fluentui/react-components';
import { Outlet, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Breadcrumb } from './breadcrumb';
import { VaultMenu } from './vault-menu';

const useStyles = makeStyles({
  root: { display: 'flex', flexGrow: 1, minHeight: 0 },
  content: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflow: 'auto' },
});

/** Every blade under /vaults/:vault has the vault menu and the breadcrumb (docs/ui-names.md §1). */
export function VaultLayout() {
  const styles = useStyles();
  const vault = useParams().vault ?? DEFAULT_VAULT;
  return (
    <div className={styles.root}>
      <VaultMenu vault={vault} />
      <div className={styles.content}>
        <Breadcrumb vault={vault} />
        <Outlet />
      </div>
    </div>
  );
}
