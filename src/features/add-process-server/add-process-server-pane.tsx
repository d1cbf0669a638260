import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Pane, PaneFrame, PaneStatus } from '../../components/pane';
import { useFabrics } from '../../api/fabrics';
import { AddProcessServerForm } from './add-process-server-form';
import { useDeploymentOptions } from '../../api/process-server-api';

/**
 * Route `…/configuration-servers/:server/add-process-server` (docs/ui-names.md §5, PS-3): the pane is
 * rendered by the configuration server blade's <Outlet/> and closes back to it.
 */
export function AddProcessServerPane() {
  const { t } = useTranslation('infra');
  const { vault = '', server = '' } = useParams();
  const fabrics = useFabrics(vault);
  const fabric = fabrics.data?.find((f) => f.name === server || f.properties.friendlyName === server);
  const options = useDeploymentOptions(vault, fabric?.id);
  // One frame from the loading placeholder to the form: the modal is never remounted.
  return (
    <PaneFrame>
      {!fabric || !options.data ? (
        <Pane title={t('addProcessServer.title')} onOk={() => false} okDisabled>
          <PaneStatus
            name={server}
            notFound={fabrics.isSuccess && !fabric}
            error={fabrics.error ?? options.error}
          />
        </Pane>
      ) : (
        <AddProcessServerForm vault={vault} fabricId={fabric.id} options={options.data} />
      )}
    </PaneFrame>
  );
}
