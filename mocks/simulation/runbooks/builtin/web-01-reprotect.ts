/** What the troubleshooting drills share: re-protecting web-01 back to on-premises and restarting its job (LIFE-3). */
import type { Condition } from '../types';
import { t } from './text';

export const web01Back = (status: 'Succeeded'): Condition => ({
  kind: 'job',
  type: 'Reprotect',
  item: 'web-01',
  direction: 'AzureToOnPremises',
  status,
});

export const reprotectWeb01 = t(
  'On **web-01**, choose **Re-protect**: master target server **cs-01**, process server **ps-azure-01**, datastore **datastore-vmfs-01**, retention drive **R:**, then **OK**.',
  'Em **web-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, servidor de processo **ps-azure-01**, repositório de dados **datastore-vmfs-01**, unidade de retenção **R:** e clique em **OK**.',
  'Kies op **web-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, processerver **ps-azure-01**, gegevensopslag **datastore-vmfs-01**, bewaarstation **R:** en klik op **OK**.',
);

export const restartJob = t(
  'Open the failed **Reprotect** job in **Site Recovery jobs** and choose **Restart**.',
  'Abra o trabalho **Nova proteção** com falha em **Trabalhos do Site Recovery** e escolha **Reiniciar**.',
  'Open de mislukte taak **Opnieuw beveiligen** in **Site Recovery-taken** en kies **Opnieuw starten**.',
);
