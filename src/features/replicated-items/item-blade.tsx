import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowRepeatAllRegular,
  ArrowSwapRegular,
  CheckmarkRegular,
  CloudArrowUpRegular,
  HistoryRegular,
  ArrowSyncRegular,
  BeakerRegular,
  BroomRegular,
  CheckmarkCircleRegular,
  DismissCircleRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { operationEligibility, useItem, useItemEligibility } from '../../api/items';
import { keys } from '../../api/query-keys';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { LoadState } from '../../components/load-state';
import { NotFoundBlade } from '../../components/not-found-blade';
import { CorruptedWarning } from '../../components/corrupted-warning';
import { useRecoveryPoints } from '../../api/item-api';
import { ItemEssentials } from './item-essentials';
import { ItemTabs } from './item-tabs';
import { useItemVerbs, type VerbKey } from './item-verbs';

const icons: Record<VerbKey, ReactElement> = {
  reprotect: <ArrowRepeatAllRegular />,
  unplannedFailover: <CloudArrowUpRegular />,
  plannedFailover: <ArrowSwapRegular />,
  commit: <CheckmarkRegular />,
  changeRecoveryPoint: <HistoryRegular />,
  reverseReplicate: <ArrowSyncRegular />,
  testFailover: <BeakerRegular />,
  cleanupTestFailover: <BroomRegular />,
  completeMigration: <CheckmarkCircleRegular />,
  disableReplication: <DismissCircleRegular />,
};

/** The replicated item blade (docs/ui-names.md §4); panes open in its <Outlet/> as child routes. */
export function ItemBlade() {
  const { t } = useTranslation(['item', 'common']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.item ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const { item, isLoading, notFound, error } = useItem(vault, name);
  const verbs = useItemVerbs(vault, item);
  const eligibility = useItemEligibility(vault, name);
  const recoveryPoints = useRecoveryPoints(vault, item);

  if (notFound) return <NotFoundBlade />;

  // RP-5: when failback is impossible the portal says why, and Re-protect carries the same reason.
  const reprotect = item ? operationEligibility(eligibility.data, item.name, 'reProtect') : undefined;
  const rp5 =
    reprotect && !reprotect.allowed
      ? reprotect.reasons.find((reason) => reason.ruleId === 'RP-5')
      : undefined;

  const commands = (
    <CommandBar>
      {verbs.map((verb) => (
        <Command
          key={verb.key}
          icon={icons[verb.key]}
          disabledReason={verb.disabledReason}
          onClick={() => navigate(verb.route)}
        >
          {t(`common:verbs.${verb.key}`)}
        </Command>
      ))}
      <Command
        icon={<ArrowClockwiseRegular />}
        onClick={() => void client.invalidateQueries({ queryKey: keys.vault(vault) })}
      >
        {t('common:verbs.refresh')}
      </Command>
    </CommandBar>
  );

  return (
    <Blade title={name} subtitle={t('subtitle')} commands={commands}>
      <LoadState isLoading={isLoading} error={error} />
      {rp5 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('failbackImpossible')}</MessageBarTitle>
            {rp5.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {item && (
        <>
          <CorruptedWarning item={item} />
          <ItemEssentials item={item} recoveryPoints={recoveryPoints.data} />
          <ItemTabs vault={vault} item={item} recoveryPoints={recoveryPoints.data} />
        </>
      )}
      <Outlet />
    </Blade>
  );
}
