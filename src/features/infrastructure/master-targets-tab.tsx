import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabDocument } from '../lab/lab-api';
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
        <Table size="small" aria-label={t('masterTargets.datastores', { host })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('masterTargets.name')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.type')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.capacity')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.eligibility')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(mt.dataStores ?? []).map((ds) => (
              <TableRow key={ds.symbolicName}>
                <TableCell>{ds.symbolicName}</TableCell>
                <TableCell>{ds.type}</TableCell>
                <TableCell>{t('masterTargets.gb', { value: ds.capacity })}</TableCell>
                <TableCell>{reasons(datastoreRuleIds(ds.type))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h4 className={styles.subheading}>{t('masterTargets.volumes')}</h4>
      {(mt.retentionVolumes ?? []).length === 0 ? (
        <Text>{t('masterTargets.noVolumes')}</Text>
      ) : (
        <Table size="small" aria-label={`${t('masterTargets.volumes')} ${mt.name}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('masterTargets.name')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.fileSystem')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.capacity')}</TableHeaderCell>
              <TableHeaderCell>{t('masterTargets.eligibility')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(mt.retentionVolumes ?? []).map((v) => {
              const volume = facts?.volumes?.[v.volumeName];
              const capacity = Math.round(v.capacityInBytes / GB);
              return (
                <TableRow key={v.volumeName}>
                  <TableCell>{v.volumeName}</TableCell>
                  <TableCell>{volume?.fileSystem ?? t('notAvailable')}</TableCell>
                  <TableCell>{t('masterTargets.gb', { value: capacity })}</TableCell>
                  <TableCell>{reasons(volumeRuleIds(volume, capacity))}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
