import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import type { LabDocument } from '../../api/lab';
import { datastoreRuleIds, GB, volumeRuleIds } from './eligibility-reasons';
import type { FabricMasterTarget } from './infrastructure-api';

const useStyles = makeStyles({
  mt: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Master target servers (MT-1..4) with what discovery saw on them: the datastores of their ESXi
 * host (DS-1..5) and their volumes (RV-1..7), each with why it is or isn't usable for failback.
 */
export function MasterTargetsTab({ targets, lab }: { targets: FabricMasterTarget[]; lab?: LabDocument }) {
  return (
    <>
      {targets.map((mt) => (
        <MasterTarget key={mt.id} mt={mt} lab={lab} />
      ))}
    </>
  );
}

function MasterTarget({ mt, lab }: { mt: FabricMasterTarget; lab?: LabDocument }) {
  const { t } = useTranslation('infra');
  const styles = useStyles();
  const id = useId();
  const facts = lab?.masterTargets?.[mt.name];
  const host = facts?.host ?? t('notAvailable');
  const reasons = (rules: string[]) =>
    rules.length ? rules.map((r) => t(`masterTargets.reasons.${r}`)).join('; ') : t('masterTargets.eligible');
  return (
    <section aria-labelledby={id} className={styles.mt}>
      <h3 id={id} className={styles.heading}>
        {mt.name}
      </h3>
      <Text>
        {t('masterTargets.os')}: {facts?.osName ?? mt.osType ?? t('notAvailable')} · {t('masterTargets.host')}
        : {host} · {t('masterTargets.disks')}: {mt.diskCount ?? t('notAvailable')}
      </Text>
      <h4 className={styles.subheading}>{t('masterTargets.datastores', { host })}</h4>
      {(mt.dataStores ?? []).length === 0 ? (
        <Text>{t('masterTargets.noDatastores')}</Text>
      ) : (
        <SimpleTable
          label={t('masterTargets.datastores', { host })}
          headers={columnHeaders(t, 'masterTargets', ['name', 'type', 'capacity', 'eligibility'])}
          rows={mt.dataStores ?? []}
          rowKey={(ds) => ds.symbolicName}
          cells={(ds) => [
            ds.symbolicName,
            ds.type,
            t('masterTargets.gb', { value: ds.capacity }),
            reasons(datastoreRuleIds(ds.type)),
          ]}
        />
      )}
      <h4 className={styles.subheading}>{t('masterTargets.volumes')}</h4>
      {(mt.retentionVolumes ?? []).length === 0 ? (
        <Text>{t('masterTargets.noVolumes')}</Text>
      ) : (
        <SimpleTable
          label={`${t('masterTargets.volumes')} ${mt.name}`}
          headers={columnHeaders(t, 'masterTargets', ['name', 'fileSystem', 'capacity', 'eligibility'])}
          rows={mt.retentionVolumes ?? []}
          rowKey={(v) => v.volumeName}
          cells={(v) => {
            const volume = facts?.volumes?.[v.volumeName];
            const capacity = Math.round(v.capacityInBytes / GB);
            return [
              v.volumeName,
              volume?.fileSystem ?? t('notAvailable'),
              t('masterTargets.gb', { value: capacity }),
              reasons(volumeRuleIds(volume, capacity)),
            ];
          }}
        />
      )}
    </section>
  );
}
