/** Failback of the Linux VM db-01 through the Linux master target (MT-1, RV-6), from the default scenario. */
import type { RunbookDocument } from '../types';
import { join, runTheClock, t } from './text';

export const linuxFailbackDb01: RunbookDocument = {
  id: 'linux-failback-db-01',
  version: 1,
  title: t(
    'Fail back the Linux VM db-01',
    'Fazer failback da VM Linux db-01',
    'Failback van de Linux-VM db-01',
  ),
  summary: t(
    'db-01 runs CentOS in Azure. A Linux VM fails back only through a Linux master target server, with retention drive /mnt/retention.',
    'db-01 executa CentOS no Azure. Uma VM Linux faz failback somente por um servidor de destino mestre Linux, com a unidade de retenção /mnt/retention.',
    'db-01 draait CentOS in Azure. Een Linux-VM gaat alleen terug via een Linux-hoofddoelserver, met bewaarstation /mnt/retention.',
  ),
  scenario: 'default',
  estimatedMinutes: 10,
  steps: [
    {
      id: 'reprotect-through-linux-mt',
      title: t(
        'Re-protect db-01 through the Linux master target',
        'Proteger novamente db-01 pelo destino mestre Linux',
        'db-01 opnieuw beveiligen via de Linux-hoofddoelserver',
      ),
      instruction: join(
        t(
          'On **db-01**, choose **Re-protect**: master target server **mt-linux-01**, a process server, datastore **datastore-vmfs-02**, retention drive **/mnt/retention**, then **OK**.',
          'Em **db-01**, escolha **Proteger novamente**: servidor de destino mestre **mt-linux-01**, um servidor de processo, repositório de dados **datastore-vmfs-02**, unidade de retenção **/mnt/retention** e clique em **OK**.',
          'Kies op **db-01** **Opnieuw beveiligen**: hoofddoelserver **mt-linux-01**, een processerver, gegevensopslag **datastore-vmfs-02**, bewaarstation **/mnt/retention** en klik op **OK**.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'allOf',
        conditions: [
          {
            kind: 'job',
            type: 'Reprotect',
            item: 'db-01',
            direction: 'AzureToOnPremises',
            status: 'Succeeded',
          },
          { kind: 'itemSettings', item: 'db-01', masterTarget: 'mt-linux-01' },
        ],
      },
      hints: [
        t(
          'The master target\u2019s OS must match the VM\u2019s: the Windows master target cs-01 is excluded for db-01.',
          'O sistema operacional do destino mestre deve ser igual ao da VM: o destino mestre Windows cs-01 é excluído para db-01.',
          'Het besturingssysteem van de hoofddoelserver moet overeenkomen met dat van de VM: de Windows-hoofddoelserver cs-01 is uitgesloten voor db-01.',
        ),
        t(
          'Datastores are listed for the master target\u2019s ESXi host: mt-linux-01 runs on esxi-02.',
          'Os repositórios de dados listados são os do host ESXi do destino mestre: mt-linux-01 é executado em esxi-02.',
          'De gegevensopslag wordt getoond voor de ESXi-host van de hoofddoelserver: mt-linux-01 draait op esxi-02.',
        ),
      ],
      rules: ['MT-1', 'MT-2', 'RV-6'],
    },
    {
      id: 'fail-back',
      title: t('Fail db-01 back', 'Fazer failback de db-01', 'Failback van db-01'),
      instruction: join(
        t(
          'On **db-01**, choose **Unplanned failover** (Azure to on-premises) and **OK**.',
          'Em **db-01**, escolha **Failover não planejado** (Azure para local) e **OK**.',
          'Kies op **db-01** **Niet-geplande failover** (Azure naar on-premises) en **OK**.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'job',
        type: 'UnplannedFailover',
        item: 'db-01',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'A static IP address of a Linux VM became DHCP in Azure and stays DHCP after failback.',
          'Um endereço IP estático de uma VM Linux passou a DHCP no Azure e continua DHCP após o failback.',
          'Een statisch IP-adres van een Linux-VM werd in Azure DHCP en blijft DHCP na de failback.',
        ),
      ],
      rules: ['LIFE-4'],
    },
    {
      id: 'commit',
      title: t('Commit the failback', 'Confirmar o failback', 'De failback doorvoeren'),
      instruction: t(
        'Choose **Commit** on **db-01** and confirm with **OK**.',
        'Escolha **Confirmar** em **db-01** e confirme com **OK**.',
        'Kies **Doorvoeren** op **db-01** en bevestig met **OK**.',
      ),
      done: { kind: 'job', type: 'Commit', item: 'db-01', status: 'Succeeded' },
      rules: ['LIFE-5'],
    },
  ],
};
