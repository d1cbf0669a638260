import { useTranslation } from 'react-i18next';
import { Dropdown, Field, makeStyles, MessageBar, Option, Text, tokens } from '@fluentui/react-components';
import { Blade } from '../../components/blade';
import { type SetLab, useLab, usePatchLab } from './lab-api';
import { LabSection, LabSwitch } from './lab-section';
import { EsxiSection } from './esxi-section';
import { MasterTargetsSection } from './master-targets-section';
import { ScenarioSection } from './scenario-section';
import { SourceNotesSection } from './source-notes-section';
import { VirtualMachinesSection } from './vm-section';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

const entries = <T,>(record: Record<string, T> | undefined) =>
  Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b));

/** docs/ui-names.md §8: the simulated environment; every switch is a JSON Merge Patch of `{S}/lab`. */
export function LabBlade() {
  const { t } = useTranslation('lab');
  const styles = useStyles();
  const lab = useLab();
  const patch = usePatchLab();
  const doc = lab.data;
  const set: SetLab = (p) =>
    patch.mutateAsync(p).then(
      () => true,
      () => false,
    );

  return (
    <Blade title={t('title')} subtitle={t('subtitle')}>
      <Text>{t('intro')}</Text>
      {lab.error && (
        <MessageBar intent="error" role="alert">
          {t('loadError', { message: lab.error.message })}
        </MessageBar>
      )}
      {patch.error && (
        <MessageBar intent="error" role="alert">
          {t('patchError', { message: patch.error.message })}
        </MessageBar>
      )}
      {lab.isLoading && <Text>{t('loading')}</Text>}
      <div className={styles.grid}>
        {doc && (
          <>
            <LabSection title={t('sections.network')}>
              {/* RP-4 (95226): re-protect to on-premises needs the VPN or ExpressRoute private peering. */}
              <LabSwitch
                label={t('vpn')}
                checked={!!doc.network?.vpnConnected}
                onChange={(v) => set({ network: { vpnConnected: v } })}
              />
              <LabSwitch
                label={t('expressRoute')}
                checked={!!doc.network?.expressRoutePrivatePeering}
                onChange={(v) => set({ network: { expressRoutePrivatePeering: v } })}
              />
            </LabSection>
            <LabSection title={t('sections.configurationServer')}>
              {/* RP-2: the configuration server must be running and connected. */}
              {entries(doc.configurationServers).map(([name, cs]) => (
                <LabSwitch
                  key={name}
                  label={t('csConnected', { name })}
                  checked={!!cs.connected}
                  onChange={(v) => set({ configurationServers: { [name]: { connected: v } } })}
                />
              ))}
              {/* RP-2: a VM missing from the CS database fails the job. */}
              {entries(doc.virtualMachines)
                .filter(([, vm]) => vm.inCsDatabase !== undefined)
                .map(([name, vm]) => (
                  <LabSwitch
                    key={name}
                    label={t('vmMissingFromCs', { name })}
                    checked={vm.inCsDatabase === false}
                    onChange={(v) => set({ virtualMachines: { [name]: { inCsDatabase: !v } } })}
                  />
                ))}
            </LabSection>
            <LabSection title={t('sections.processServers')}>
              {/* PS-2: only a process server with a heartbeat is offered. */}
              {entries(doc.processServers).map(([name, ps]) => (
                <LabSwitch
                  key={name}
                  label={t('psHeartbeat', { name })}
                  checked={!!ps.heartbeat}
                  onChange={(v) => set({ processServers: { [name]: { heartbeat: v } } })}
                />
              ))}
            </LabSection>
            <MasterTargetsSection doc={doc} set={set} />
            <EsxiSection doc={doc} set={set} />
            <VirtualMachinesSection doc={doc} set={set} />
            {doc.hyperV && (
              <LabSection title={t('sections.hyperV')}>
                {/* HV-2: planned failback needs the primary Hyper-V host / VMM connected. */}
                <LabSwitch
                  label={t('hyperVHost')}
                  checked={!!doc.hyperV.hostConnected}
                  onChange={(v) => set({ hyperV: { hostConnected: v } })}
                />
              </LabSection>
            )}
            <LabSection title={t('sections.vcenter')}>
              {/* DS-4: a read-only vCenter account hides datastores from discovery. */}
              <Field label={t('vcenterAccount')}>
                <Dropdown
                  value={doc.vcenter?.account ? t(`accounts.${doc.vcenter.account}`) : ''}
                  selectedOptions={doc.vcenter?.account ? [doc.vcenter.account] : []}
                  onOptionSelect={(_, data) => {
                    const account = data.optionValue as 'Administrator' | 'ReadOnly' | undefined;
                    if (account && account !== doc.vcenter?.account) set({ vcenter: { account } });
                  }}
                >
                  <Option value="Administrator">{t('accounts.Administrator')}</Option>
                  <Option value="ReadOnly">{t('accounts.ReadOnly')}</Option>
                </Dropdown>
              </Field>
              {doc.vcenter?.alternateDiscovered !== undefined && (
                // DS-5: an alternate vCenter's datastores are usable only once it is discovered.
                <LabSwitch
                  label={t('alternateVcenter')}
                  checked={doc.vcenter.alternateDiscovered}
                  onChange={(v) => set({ vcenter: { alternateDiscovered: v } })}
                />
              )}
            </LabSection>
          </>
        )}
        <ScenarioSection />
        <SourceNotesSection />
      </div>
    </Blade>
  );
}
