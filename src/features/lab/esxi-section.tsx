import { Button, Dropdown, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LabDocument, SetLab } from './lab-api';
import { AddResourceDialog } from './add-resource-dialog';
import { LabEntry, LabRow, LabSection, LabSwitch } from './lab-section';

const LICENCES = ['Licensed', 'Free55', 'Free6'] as const;
const DATASTORE_TYPES = ['VMFS', 'vSAN', 'NFS'];

/** ESXi hosts (RP-6 licence) and their datastores (DS-1..6): add, remove, make inaccessible. */
export function EsxiSection({ doc, set }: { doc: LabDocument; set: SetLab }) {
  const { t } = useTranslation('lab');
  const hosts = Object.entries(doc.esxiHosts ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const datastores = Object.entries(doc.datastores ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <LabSection title={t('sections.esxi')}>
      {hosts.map(([host, facts]) => (
        <LabEntry key={host} title={host}>
          {facts.licence !== undefined && (
            <Field label={t('licence', { name: host })}>
              <Dropdown
                value={t(`licences.${facts.licence}`)}
                selectedOptions={[facts.licence]}
                onOptionSelect={(_, data) => {
                  const licence = data.optionValue as (typeof LICENCES)[number] | undefined;
                  if (licence && licence !== facts.licence) set({ esxiHosts: { [host]: { licence } } });
                }}
              >
                {LICENCES.map((l) => (
                  <Option key={l} value={l}>
                    {t(`licences.${l}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          {facts.enoughMemory !== undefined && (
            // 8038: the VM cannot be brought up on a host without enough memory.
            <LabSwitch
              label={t('hostMemory', { name: host })}
              checked={facts.enoughMemory}
              onChange={(enoughMemory) => set({ esxiHosts: { [host]: { enoughMemory } } })}
            />
          )}
          {datastores
            .filter(([, ds]) => ds?.host === host)
            .map(([name, ds]) => (
              <LabRow key={name}>
                {ds?.accessible !== undefined && (
                  // DS-6 (8061): the datastore is not accessible from the ESXi host.
                  <LabSwitch
                    label={t('datastoreAccessible', { name })}
                    checked={ds.accessible}
                    onChange={(accessible) => set({ datastores: { [name]: { accessible } } })}
                  />
                )}
                <Button size="small" onClick={() => set({ datastores: { [name]: null } })}>
                  {t('datastoreRemove', { name })}
                </Button>
              </LabRow>
            ))}
          <AddResourceDialog
            trigger={t('addDatastore', { name: host })}
            title={t('addDatastoreTitle', { name: host })}
            nameLabel={t('add.datastore')}
            kindLabel={t('add.type')}
            kinds={DATASTORE_TYPES}
            onAdd={({ name, kind, capacityGB }) =>
              set({ datastores: { [name]: { host, type: kind as 'VMFS', capacityGB } } })
            }
          />
        </LabEntry>
      ))}
    </LabSection>
  );
}
