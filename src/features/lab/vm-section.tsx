import { Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LabDocument, SetLab } from './lab-api';
import { LabEntry, LabSection, LabSwitch } from './lab-section';

type Doc = LabDocument;

/** The ESXi hosts that carry a master target: "the master target's host" of 78052 and LIFE-10. */
const masterTargetHosts = (doc: Doc) => [
  ...new Set(Object.values(doc.masterTargets ?? {}).flatMap((mt) => (mt.host ? [mt.host] : []))),
];

/** Per VM: Azure power and agent (78093, 95226, LIFE-11), on-premises VM facts (LIFE-10, 78052). */
export function VirtualMachinesSection({ doc, set }: { doc: Doc; set: SetLab }) {
  const { t } = useTranslation('lab');
  const vms = Object.entries(doc.virtualMachines ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const mtHosts = masterTargetHosts(doc);
  const vmPatch = (name: string, p: NonNullable<Doc['virtualMachines']>[string]) =>
    set({ virtualMachines: { [name]: p } });

  // 78052: a VM with the item's name already on the MT's host; on → on every MT host.
  const isolated = (vm: string) =>
    mtHosts.some((h) => doc.esxiHosts?.[h]?.isolatedVms?.some((n) => n.toLowerCase() === vm.toLowerCase()));
  const setIsolated = (vm: string, on: boolean) =>
    set({
      esxiHosts: Object.fromEntries(
        mtHosts.map((h) => {
          const others = (doc.esxiHosts?.[h]?.isolatedVms ?? []).filter(
            (n) => n.toLowerCase() !== vm.toLowerCase(),
          );
          return [h, { isolatedVms: on ? [...others, vm] : others }];
        }),
      ),
    });

  // LIFE-10: failback to the original VM needs its datastore mounted read/write on the MT's host.
  const mounted = (ds: string) => mtHosts.every((h) => doc.datastores?.[ds]?.mountedOnHosts?.includes(h));
  const setMounted = (ds: string, on: boolean) => {
    const current = doc.datastores?.[ds]?.mountedOnHosts ?? [];
    const next = on ? [...new Set([...current, ...mtHosts])] : current.filter((h) => !mtHosts.includes(h));
    return set({ datastores: { [ds]: { mountedOnHosts: next } } });
  };

  return (
    <LabSection title={t('sections.virtualMachines')}>
      {vms.length === 0 && <Text>{t('none')}</Text>}
      {vms.map(([name, vm]) => {
        const ds = vm.onPremisesVmDatastore;
        return (
          <LabEntry key={name} title={name} alignStart>
            {/* Only a VM that exists in Azure can be switched on or off (78093, 95226, LIFE-11). */}
            {vm.azureVmExists !== false && (
              <>
                <LabSwitch
                  label={t('vmRunning', { name })}
                  checked={!!vm.azureVmRunning}
                  onChange={(v) => vmPatch(name, { azureVmRunning: v })}
                />
                <LabSwitch
                  label={t('vmAgent', { name })}
                  checked={!!vm.azureAgentServiceRunning}
                  onChange={(v) => vmPatch(name, { azureAgentServiceRunning: v })}
                />
              </>
            )}
            {ds && doc.datastores?.[ds]?.mountedOnHosts !== undefined && mtHosts.length > 0 && (
              <LabSwitch
                label={t('vmDatastoreMounted', { name })}
                checked={mounted(ds)}
                onChange={(v) => setMounted(ds, v)}
              />
            )}
            {mtHosts.some((h) => doc.esxiHosts?.[h]?.isolatedVms !== undefined) && (
              <LabSwitch
                label={t('vmSameName', { name })}
                checked={isolated(name)}
                onChange={(v) => setIsolated(name, v)}
              />
            )}
            {/* END-2: moving or deleting the failed-over Azure VM makes failback impossible (RP-5). */}
            {vm.azureVmExists && !vm.azureVmMoved && (
              <Button size="small" onClick={() => vmPatch(name, { azureVmMoved: true })}>
                {t('vmMove', { name })}
              </Button>
            )}
            {vm.azureVmMoved && <Text>{t('vmMoved', { name })}</Text>}
            {vm.azureVmExists && (
              <Button size="small" onClick={() => vmPatch(name, { azureVmExists: false })}>
                {t('vmDelete', { name })}
              </Button>
            )}
            {vm.azureVmDeleted && <Text>{t('vmDeleted', { name })}</Text>}
            {vm.onPremisesVmExists && (
              <Button size="small" onClick={() => vmPatch(name, { onPremisesVmExists: false })}>
                {t('vmDeleteOnPrem', { name })}
              </Button>
            )}
            {/* TF-1, TF-4: the test VM is listed while it exists; deleting it by hand clears a stale one. */}
            {vm.testVmExists && (
              <LabEntry title={`${name}-test`} alignStart>
                <Text>{t('testVm', { item: name, network: vm.testVmNetwork ?? '' })}</Text>
                <Button size="small" onClick={() => vmPatch(name, { testVmExists: false })}>
                  {t('vmDelete', { name: `${name}-test` })}
                </Button>
              </LabEntry>
            )}
          </LabEntry>
        );
      })}
    </LabSection>
  );
}
