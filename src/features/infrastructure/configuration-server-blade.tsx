import { useState } from 'react';
import { MessageBar, MessageBarBody, Spinner, Tab, TabList } from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useRole } from '../../api/role';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { Essentials } from '../../components/essentials';
import { useLayoutStyles } from '../../components/layout-styles';
import { formatTime } from '../../components/job-text';
import { useLab } from '../../api/lab';
import { NotFoundBlade } from '../../components/not-found-blade';
import { useFabrics, useRefreshServer } from './infrastructure-api';
import { MasterTargetsTab } from './master-targets-tab';
import { ProcessServersTab } from './process-servers-tab';
import { VcenterTab } from './vcenter-tab';

type TabKey = 'processServers' | 'masterTargets' | 'vcenter';
const TABS: TabKey[] = ['processServers', 'masterTargets', 'vcenter'];

/** A configuration server (docs/ui-names.md §2): commands Add process server (PS-3) and Refresh server (RV-7). */
export function ConfigurationServerBlade() {
  const { t, i18n } = useTranslation('infra');
  const layout = useLayoutStyles();
  const navigate = useNavigate();
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.server ?? '';
  const fabrics = useFabrics(vault);
  const lab = useLab();
  const role = useRole();
  const refresh = useRefreshServer(vault);
  const [tab, setTab] = useState<TabKey>('processServers');
  const [refreshed, setRefreshed] = useState(false);
  const server = fabrics.data?.find((f) => f.name === name || f.properties.friendlyName === name);
  if (fabrics.isSuccess && !server) return <NotFoundBlade />;
  const details = server?.properties.customDetails;
  const title = server?.properties.friendlyName ?? name;
  // docs/api.md §5: only a Contributor may change the infrastructure (Operator and Reader get 403).
  const permission = role === 'Contributor' ? null : t('configurationServer.reasonPermission', { role });
  const connected = details?.csServiceStatus === 'Running';

  const onRefresh = () => {
    if (!server) return;
    setRefreshed(false);
    refresh.mutate(
      { fabricId: server.id, provider: details?.hostName ?? server.name },
      { onSuccess: () => setRefreshed(true) },
    );
  };

  return (
    <Blade
      title={title}
      subtitle={t('configurationServer.subtitle')}
      commands={
        <CommandBar>
          <Command
            icon={<AddRegular />}
            disabledReason={permission}
            onClick={() => void navigate('add-process-server')}
          >
            {t('configurationServer.addProcessServer')}
          </Command>
          <Command
            icon={<ArrowSyncRegular />}
            disabledReason={refresh.isPending ? t('configurationServer.refreshing') : permission}
            onClick={onRefresh}
          >
            {t('configurationServer.refreshServer')}
          </Command>
        </CommandBar>
      }
    >
      {fabrics.isLoading && <Spinner size="small" label={t('loading')} />}
      {refresh.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('configurationServer.refreshFailed', { message: refresh.error.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      {refreshed && !refresh.isPending && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('configurationServer.refreshed')}</MessageBarBody>
        </MessageBar>
      )}
      {details && (
        <Essentials
          label={t('configurationServer.essentials')}
          entries={[
            {
              label: t('configurationServers.connection'),
              value: connected ? t('configurationServers.connected') : t('configurationServers.notConnected'),
            },
            {
              label: t('configurationServers.lastHeartbeat'),
              value: formatTime(details.lastHeartbeat, i18n.language),
            },
            {
              label: t('configurationServers.agentVersion'),
              value: details.agentVersion ?? t('notAvailable'),
            },
            { label: t('configurationServer.ipAddress'), value: details.ipAddress ?? t('notAvailable') },
            {
              label: t('configurationServer.vcenterAccount'),
              value: details.runAsAccounts?.map((a) => a.accountName).join(', ') || t('notAvailable'),
            },
          ]}
        />
      )}
      <TabList
        aria-label={t('configurationServer.tabs')}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabKey)}
      >
        {TABS.map((key) => (
          <Tab key={key} id={`cs-tab-${key}`} value={key}>
            {t(`configurationServer.${key}Tab`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`cs-tab-${tab}`} className={layout.stackM}>
        {tab === 'processServers' && (
          <ProcessServersTab servers={details?.processServers ?? []} lab={lab.data} permission={permission} />
        )}
        {tab === 'masterTargets' && (
          <MasterTargetsTab targets={details?.masterTargetServers ?? []} lab={lab.data} />
        )}
        {tab === 'vcenter' && <VcenterTab targets={details?.masterTargetServers ?? []} lab={lab.data} />}
      </div>
      <Outlet />
    </Blade>
  );
}
