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
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { Blade } from '../../components/blade';
import { RouterLink } from '../../components/router-link';
import { planMachines, usePlans } from './recovery-plans-api';

/** Recovery plans (Site Recovery) (ui-contract §2): each plan named with a link to its blade. */
export function RecoveryPlansBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const plans = usePlans(vault);
  const base = `/vaults/${encodeURIComponent(vault)}/recovery-plans`;
  return (
    <Blade title={t('recoveryPlans.title')} subtitle={vault}>
      {plans.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <Table size="small" aria-label={t('recoveryPlans.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('recoveryPlans.name')}</TableHeaderCell>
            <TableHeaderCell>{t('recoveryPlans.source')}</TableHeaderCell>
            <TableHeaderCell>{t('recoveryPlans.target')}</TableHeaderCell>
            <TableHeaderCell>{t('recoveryPlans.machines')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(plans.data ?? []).map((plan) => (
            <TableRow key={plan.id}>
              <TableCell>
                <RouterLink to={`${base}/${encodeURIComponent(plan.name)}`}>
                  {plan.properties.friendlyName}
                </RouterLink>
              </TableCell>
              <TableCell>{plan.properties.primaryFabricFriendlyName}</TableCell>
              <TableCell>{plan.properties.recoveryFabricFriendlyName}</TableCell>
              <TableCell>{planMachines(plan).length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Blade>
  );
}
