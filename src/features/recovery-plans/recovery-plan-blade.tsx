import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { RouterLink } from '../../components/router-link';
import { NotFoundBlade } from '../not-found/not-found-blade';
import { usePlans } from './recovery-plans-api';

/** A recovery plan's blade (ui-contract §2): its machines by group, each linked to its item blade. */
export function RecoveryPlanBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.plan ?? '';
  const plans = usePlans(vault);
  const plan = plans.data?.find(
    (candidate) => candidate.name === name || candidate.properties.friendlyName === name,
  );
  if (plans.isSuccess && !plan) return <NotFoundBlade />;
  const items = `/vaults/${encodeURIComponent(vault)}/replicated-items`;
  return (
    <Blade title={plan?.properties.friendlyName ?? name} subtitle={t('recoveryPlan.subtitle')}>
      {plans.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <Table size="small" aria-label={t('recoveryPlan.machines')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('recoveryPlan.group')}</TableHeaderCell>
            <TableHeaderCell>{t('recoveryPlan.machine')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(plan?.properties.groups ?? []).flatMap((group, index) =>
            (group.replicationProtectedItems ?? []).map((item) => {
              const machine = decodeURIComponent(item.id.split('/').pop() ?? item.id);
              return (
                <TableRow key={`${index}-${item.id}`}>
                  <TableCell>
                    {t('recoveryPlan.groupName', { type: group.groupType, index: index + 1 })}
                  </TableCell>
                  <TableCell>
                    <RouterLink to={`${items}/${encodeURIComponent(machine)}`}>{machine}</RouterLink>
                  </TableCell>
                </TableRow>
              );
            }),
          )}
        </TableBody>
      </Table>
      <Outlet />
    </Blade>
  );
}
