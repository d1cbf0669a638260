import { Button, Dropdown, Field, Option, SpinButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LabDocument, LabMasterTarget, SetLab } from './lab-api';
import { AddResourceDialog } from './add-resource-dialog';
import { LabEntry, LabRow, LabSection, LabSwitch } from './lab-section';

const FILE_SYSTEMS = ['NTFS', 'ReFS', 'ext4', 'xfs', 'FAT32', 'FAT'];

/** Master target facts (MT-3, MT-4, RP-2) and their volumes (RV-1..7). */
export function MasterTargetsSection({ doc, set }: { doc: LabDocument; set: SetLab }) {
  const { t } = useTranslation('lab');
  const entries = Object.entries(doc.masterTargets ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <LabSection title={t('sections.masterTargets')}>
      {entries.map(([name, mt]) => (
        <MasterTargetControls key={name} name={name} mt={mt} set={set} />
      ))}
    </LabSection>
  );
}

function MasterTargetControls(props: { name: string; mt: LabMasterTarget; set: SetLab }) {
  const { name, mt, set } = props;
  const { t } = useTranslation('lab');
  const patch = (p: LabMasterTarget) => set({ masterTargets: { [name]: p } });
  // Each switch is shown only when the backend's document carries its field.
  const switches: [keyof LabMasterTarget, string][] = [
    ['snapshots', 'mtSnapshots'], // MT-3 / RP-2
    ['diskUuidClash', 'mtUuidClash'], // RP-2
    ['storageVMotioned', 'mtVMotion'], // MT-4
    ['vmwareTools', 'mtTools'], // MT-3
    ['diskEnableUuid', 'mtEnableUuid'], // MT-3
  ];
  const volumes = Object.entries(mt.volumes ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <LabEntry title={name}>
      {switches
        .filter(([field]) => mt[field] !== undefined)
        .map(([field, key]) => (
          <LabSwitch
            key={field}
            label={t(key, { name })}
            checked={Boolean(mt[field])}
            onChange={(v) => patch({ [field]: v })}
          />
        ))}
      {mt.scsiController !== undefined && (
        <Field label={t('mtScsi', { name })}>
          <Dropdown
            value={t(`scsi.${mt.scsiController}`)}
            selectedOptions={[mt.scsiController]}
            onOptionSelect={(_, data) => {
              const value = data.optionValue as LabMasterTarget['scsiController'];
              if (value && value !== mt.scsiController) patch({ scsiController: value });
            }}
          >
            <Option value="LSILogic">{t('scsi.LSILogic')}</Option>
            <Option value="Paravirtual">{t('scsi.Paravirtual')}</Option>
          </Dropdown>
        </Field>
      )}
      {mt.attachedDisks !== undefined && (
        <Field label={t('mtDisks', { name })}>
          {/* RP-2 / MT-3: more than 60 attached disks fail the job. */}
          <SpinButton
            value={mt.attachedDisks}
            min={0}
            max={256}
            onChange={(_, data) => {
              const value = data.value ?? Number(data.displayValue);
              if (Number.isInteger(value) && value !== mt.attachedDisks) patch({ attachedDisks: value });
            }}
          />
        </Field>
      )}
      {mt.volumes !== undefined && (
        <>
          {volumes.map(([volume, v]) => (
            <LabRow key={volume}>
              <LabSwitch
                label={t('volumeLock', { volume, name })}
                checked={Boolean(v?.locked)}
                onChange={(locked) => patch({ volumes: { [volume]: { locked } } })}
              />
              <Button size="small" onClick={() => patch({ volumes: { [volume]: null } })}>
                {t('volumeRemove', { volume, name })}
              </Button>
            </LabRow>
          ))}
          {/* RV-7: a new drive shows in the portal after the next discovery (≤ 15 min or Refresh server). */}
          <AddResourceDialog
            trigger={t('addDrive', { name })}
            title={t('addDriveTitle', { name })}
            nameLabel={t('add.drive')}
            kindLabel={t('add.fileSystem')}
            kinds={FILE_SYSTEMS}
            note={t('add.newDiskNote')}
            onAdd={({ name: volume, kind, capacityGB }) =>
              patch({
                volumes: {
                  [volume]: { fileSystem: kind as 'NTFS', capacityGB },
                },
              })
            }
          />
        </>
      )}
    </LabEntry>
  );
}
