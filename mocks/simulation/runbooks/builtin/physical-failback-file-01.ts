/** Failback of the physical server file-01 (LIFE-9: it fails back to a VMware VM), from the default scenario. */
import type { RunbookDocument } from '../types';
import { join, runTheClock, t } from './text';

export const physicalFailbackFile01: RunbookDocument = {
  id: 'physical-failback-file-01',
  version: 1,
  title: t(
    'Fail back the physical server file-01',
    'Fazer failback do servidor físico file-01',
    'Failback van de fysieke server file-01',
  ),
  summary: t(
    'file-01 was protected as a physical server and runs in Azure. Failback to a physical machine is not possible: it comes back as a new VMware VM on the master target server\u2019s ESXi host.',
    'file-01 foi protegido como servidor físico e é executado no Azure. Não é possível fazer failback para uma máquina física: ele volta como uma nova VM VMware no host ESXi do servidor de destino mestre.',
    'file-01 is als fysieke server beveiligd en draait in Azure. Failback naar een fysieke machine is niet mogelijk: de server komt terug als een nieuwe VMware-VM op de ESXi-host van de hoofddoelserver.',
  ),
  scenario: 'default',
  estimatedMinutes: 10,
  steps: [
    {
      id: 'reprotect-to-on-premises',
      title: t(
        'Re-protect file-01 to on-premises',
        'Proteger novamente file-01 para o local',
        'file-01 opnieuw beveiligen naar on-premises',
      ),
      instruction: join(
        t(
          'On **file-01**, choose **Re-protect**: master target server **cs-01**, a process server, datastore **datastore-vmfs-01**, retention drive **R:**, then **OK**.',
          'Em **file-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, um servidor de processo, repositório de dados **datastore-vmfs-01**, unidade de retenção **R:** e clique em **OK**.',
          'Kies op **file-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, een processerver, gegevensopslag **datastore-vmfs-01**, bewaarstation **R:** en klik op **OK**.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'job',
        type: 'Reprotect',
        item: 'file-01',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'There is no on-premises VM yet: the re-protect creates one on the master target\u2019s ESXi host and datastore, with a full download of the disks.',
          'Ainda não há VM local: a nova proteção cria uma no host ESXi e no repositório de dados do servidor de destino mestre, com download completo dos discos.',
          'Er is nog geen on-premises VM: opnieuw beveiligen maakt er een op de ESXi-host en gegevensopslag van de hoofddoelserver, met een volledige download van de schijven.',
        ),
      ],
      rules: ['LIFE-9', 'MT-1', 'LIFE-10', 'DS-7'],
    },
    {
      id: 'fail-back',
      title: t(
        'Fail file-01 back as a VMware VM',
        'Fazer failback de file-01 como VM VMware',
        'Failback van file-01 als VMware-VM',
      ),
      instruction: join(
        t(
          'On **file-01**, choose **Unplanned failover** (Azure to on-premises) and **OK**. Afterwards its machine type reads VMware VM.',
          'Em **file-01**, escolha **Failover não planejado** (Azure para local) e **OK**. Depois, o tipo de máquina passa a ser VM VMware.',
          'Kies op **file-01** **Niet-geplande failover** (Azure naar on-premises) en **OK**. Daarna is het machinetype VMware-VM.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'allOf',
        conditions: [
          {
            kind: 'job',
            type: 'UnplannedFailover',
            item: 'file-01',
            direction: 'AzureToOnPremises',
            status: 'Succeeded',
          },
          { kind: 'machineType', item: 'file-01', machineType: 'VMwareVM' },
        ],
      },
      hints: [
        t(
          'Failback goes to an ESXi host only, never to a physical server, a Hyper-V host or VMware Workstation.',
          'O failback é feito somente para um host ESXi, nunca para um servidor físico, um host Hyper-V ou o VMware Workstation.',
          'Failback gaat alleen naar een ESXi-host, nooit naar een fysieke server, een Hyper-V-host of VMware Workstation.',
        ),
      ],
      rules: ['LIFE-9', 'LIFE-4'],
    },
    {
      id: 'commit',
      title: t('Commit the failback', 'Confirmar o failback', 'De failback doorvoeren'),
      instruction: t(
        'Choose **Commit** on **file-01** and confirm with **OK**: the Azure VM is deleted.',
        'Escolha **Confirmar** em **file-01** e confirme com **OK**: a VM do Azure é excluída.',
        'Kies **Doorvoeren** op **file-01** en bevestig met **OK**: de Azure-VM wordt verwijderd.',
      ),
      done: { kind: 'job', type: 'Commit', item: 'file-01', status: 'Succeeded' },
      rules: ['LIFE-5'],
    },
  ],
};
