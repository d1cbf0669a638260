import { Button, Text, Tooltip } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { formatTime } from '../../components/job-text';
import type { LabDocument } from '../../api/lab';
import type { FabricProcessServer } from './infrastructure-api';
import { deleteProcessServerReason } from './process-server-delete';

/**
 * The configuration server's process servers as discovered (ARM fabric). Location and deployment
 * model are not ARM fields (docs/api.md §3.4): they come from the Lab document. PS-6: process servers
 * are shown here, not in a VM's properties; PS-3: a new one appears 10–15 minutes after its job.
 */
export function ProcessServersTab({
  servers,
  lab,
  permission,
}: {
  servers: FabricProcessServer[];
  lab?: LabDocument;
  /** Why the user may not change the infrastructure (docs/api.md §5), or null. */
  permission: string | null;
}) {
  const { t, i18n } = useTranslation('infra');
  const navigate = useNavigate();
  if (servers.length === 0) return <Text>{t('processServers.none')}</Text>;
  return (
    <SimpleTable
      label={t('configurationServer.processServersTab')}
      headers={columnHeaders(t, 'processServers', [
        'name',
        'location',
        'deploymentModel',
        'heartbeat',
        'load',
        'actions',
      ])}
      rows={servers}
      rowKey={(ps) => ps.id}
      cells={(ps) => {
        const facts = lab?.processServers?.[ps.friendlyName];
        const time = formatTime(ps.lastHeartbeat, i18n.language);
        return [
          ps.friendlyName,
          facts?.location ? t(`processServers.locations.${facts.location}`) : t('notAvailable'),
          facts?.deploymentModel ? t(`processServers.models.${facts.deploymentModel}`) : t('notAvailable'),
          ps.health === 'Normal'
            ? t('processServers.heartbeatOk', { time })
            : t('processServers.heartbeatMissing', { time }),
          t('processServers.machines', { count: Number(ps.machineCount ?? 0) }),
          <DeleteButton
            label={t('processServers.delete', { name: ps.friendlyName })}
            text={t('processServers.deleteText')}
            reason={deleteProcessServerReason(t, ps, facts?.location, permission)}
            onClick={() => void navigate(`process-servers/${encodeURIComponent(ps.friendlyName)}/delete`)}
          />,
        ];
      }}
    />
  );
}

function DeleteButton(props: { label: string; text: string; reason: string | null; onClick: () => void }) {
  if (props.reason)
    return (
      <Tooltip content={props.reason} relationship="description" withArrow>
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={props.label}
          disabledFocusable
        >
          {props.text}
        </Button>
      </Tooltip>
    );
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={<DeleteRegular />}
      aria-label={props.label}
      onClick={props.onClick}
    >
      {props.text}
    </Button>
  );
}
