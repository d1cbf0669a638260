/**
 * Failback drills from the default scenario: a physical server (LIFE-9), a Linux VM through the
 * Linux master target (MT-1, RV-6), a Hyper-V VM (HV-1..6) and a replication group through its
 * recovery plan (RPL-1..3, RP-3, FO-2). Texts from seeds 000–004.
 */
import type { RunbookDocument } from '../types';
import { t } from './text';

const runTheClock = t(
  'Run the clock until the job succeeds.',
  'Avance o relógio até o trabalho ser concluído com êxito.',
  'Laat de klok lopen tot de taak is geslaagd.',
);
const join = (a: ReturnType<typeof t>, b: ReturnType<typeof t>) =>
  t(`${a.en} ${b.en}`, `${a['pt-BR']} ${b['pt-BR']}`, `${a['nl-NL']} ${b['nl-NL']}`);

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

export const hyperVFailbackHvApp01: RunbookDocument = {
  id: 'hyper-v-failback-hv-app-01',
  version: 1,
  title: t(
    'Fail back the Hyper-V VM hv-app-01',
    'Fazer failback da VM Hyper-V hv-app-01',
    'Failback van de Hyper-V-VM hv-app-01',
  ),
  summary: t(
    'hv-app-01 runs in Azure. Hyper-V has no Failback button: run a planned failover from Azure with sync before failover, complete it, commit, then reverse replicate.',
    'hv-app-01 é executado no Azure. O Hyper-V não tem botão de failback: execute um failover planejado do Azure com sincronização antes do failover, conclua-o, confirme e faça a replicação inversa.',
    'hv-app-01 draait in Azure. Hyper-V heeft geen knop Failback: voer een geplande failover vanuit Azure uit met synchronisatie vóór de failover, voltooi die, voer door en start daarna omgekeerde replicatie.',
  ),
  scenario: 'default',
  estimatedMinutes: 10,
  steps: [
    {
      id: 'planned-failover',
      title: t(
        'Start a planned failover from Azure',
        'Iniciar um failover planejado do Azure',
        'Een geplande failover vanuit Azure starten',
      ),
      instruction: t(
        'On **hv-app-01**, choose **Planned failover**, keep **Synchronize data before failover (synchronize delta changes only)** and select **OK**. Run the clock until the job waits for input.',
        'Em **hv-app-01**, escolha **Failover planejado**, mantenha **Sincronizar os dados antes do failover (sincronizar apenas alterações delta)** e clique em **OK**. Avance o relógio até o trabalho aguardar entrada.',
        'Kies op **hv-app-01** **Geplande failover**, houd **Gegevens synchroniseren vóór failover (alleen deltawijzigingen synchroniseren)** en klik op **OK**. Laat de klok lopen tot de taak op invoer wacht.',
      ),
      done: {
        kind: 'job',
        type: 'PlannedFailover',
        item: 'hv-app-01',
        direction: 'AzureToOnPremises',
        status: ['Suspended', 'Succeeded'],
      },
      hints: [
        t(
          'The first phase copies the data while the Azure VM keeps running, so the downtime stays short.',
          'A primeira fase copia os dados enquanto a VM do Azure continua em execução, assim o tempo de inatividade é curto.',
          'De eerste fase kopieert de gegevens terwijl de Azure-VM blijft draaien, zodat de downtime kort blijft.',
        ),
        t(
          '**Encryption key** appears only when the cloud encrypts data; **Create on-premises virtual machine if it does not exist** is for an alternate host.',
          '**Chave de criptografia** aparece somente quando a nuvem criptografa os dados; **Criar máquina virtual local se ela não existir** serve para um host alternativo.',
          '**Versleutelingssleutel** verschijnt alleen als de cloud gegevens versleutelt; **On-premises virtuele machine maken als deze niet bestaat** is voor een andere host.',
        ),
      ],
      rules: ['HV-1', 'HV-2', 'HV-3', 'HV-4', 'HV-5'],
    },
    {
      id: 'complete-failover',
      title: t('Complete the failover', 'Concluir o failover', 'De failover voltooien'),
      instruction: t(
        'Open the job in **Site Recovery jobs** and choose **Complete failover**: the Azure VM shuts down, the last changes are sent and the on-premises VM starts. Run the clock until the job succeeds.',
        'Abra o trabalho em **Trabalhos do Site Recovery** e escolha **Concluir failover**: a VM do Azure é desligada, as últimas alterações são enviadas e a VM local é iniciada. Avance o relógio até o trabalho ser concluído com êxito.',
        'Open de taak in **Site Recovery-taken** en kies **Failover voltooien**: de Azure-VM wordt afgesloten, de laatste wijzigingen worden verzonden en de on-premises VM start. Laat de klok lopen tot de taak is geslaagd.',
      ),
      done: {
        kind: 'job',
        type: 'PlannedFailover',
        item: 'hv-app-01',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'Do not cancel the job during data synchronization: the on-premises VM would be left corrupted.',
          'Não cancele o trabalho durante a sincronização de dados: a VM local ficaria corrompida.',
          'Annuleer de taak niet tijdens de gegevenssynchronisatie: de on-premises VM zou beschadigd raken.',
        ),
      ],
      rules: ['HV-3', 'HV-7'],
    },
    {
      id: 'commit',
      title: t('Commit the failover', 'Confirmar o failover', 'De failover doorvoeren'),
      instruction: join(
        t(
          'hv-app-01 is **Commit pending**: choose **Commit** and confirm with **OK**. Commit deletes the Azure VM and its disks.',
          'hv-app-01 está com **Confirmação pendente**: escolha **Confirmar** e confirme com **OK**. A confirmação exclui a VM do Azure e seus discos.',
          'hv-app-01 staat op **Doorvoeren in behandeling**: kies **Doorvoeren** en bevestig met **OK**. Doorvoeren verwijdert de Azure-VM en de schijven.',
        ),
        runTheClock,
      ),
      done: { kind: 'job', type: 'Commit', item: 'hv-app-01', status: 'Succeeded' },
      rules: ['HV-6'],
    },
    {
      id: 'reverse-replicate',
      title: t('Reverse replicate', 'Replicação inversa', 'Omgekeerde replicatie'),
      instruction: join(
        t(
          'Choose **Reverse replicate** on **hv-app-01** and select **OK**: protection starts again from on-premises to Azure.',
          'Escolha **Replicação inversa** em **hv-app-01** e clique em **OK**: a proteção recomeça do local para o Azure.',
          'Kies **Omgekeerde replicatie** op **hv-app-01** en klik op **OK**: de beveiliging start opnieuw van on-premises naar Azure.',
        ),
        runTheClock,
      ),
      done: { kind: 'job', type: 'ReverseReplicate', item: 'hv-app-01', status: 'Succeeded' },
      hints: [
        t(
          'Only the changes (deltas) are sent back to Azure.',
          'Somente as alterações (deltas) são enviadas de volta ao Azure.',
          'Alleen de wijzigingen (delta\u2019s) worden teruggestuurd naar Azure.',
        ),
      ],
      rules: ['HV-6'],
    },
  ],
};

export const planFailbackWebTier: RunbookDocument = {
  id: 'plan-failback-web-tier',
  version: 1,
  title: t(
    'Fail back the web tier through its recovery plan',
    'Fazer failback da camada web pelo plano de recuperação',
    'Failback van de weblaag via het herstelplan',
  ),
  summary: t(
    'web-02 and web-03 form replication group rg-web. A replication group is re-protected only through its recovery plan, with the same master target for every machine; then fail back and commit the plan.',
    'web-02 e web-03 formam o grupo de replicação rg-web. Um grupo de replicação só pode ser protegido novamente pelo plano de recuperação, com o mesmo destino mestre para todas as máquinas; depois faça o failback e confirme o plano.',
    'web-02 en web-03 vormen replicatiegroep rg-web. Een replicatiegroep wordt alleen via het herstelplan opnieuw beveiligd, met dezelfde hoofddoelserver voor elke machine; voer daarna de failback uit en voer het plan door.',
  ),
  scenario: 'default',
  estimatedMinutes: 12,
  steps: [
    {
      id: 'reprotect-plan',
      title: t(
        'Re-protect the recovery plan',
        'Proteger novamente o plano de recuperação',
        'Het herstelplan opnieuw beveiligen',
      ),
      instruction: join(
        t(
          'Open **Recovery plans (Site Recovery)** > **plan-web-tier** and choose **Re-protect**. Give both machines master target server **cs-01**, then **OK**.',
          'Abra **Planos de recuperação (Site Recovery)** > **plan-web-tier** e escolha **Proteger novamente**. Dê às duas máquinas o servidor de destino mestre **cs-01** e clique em **OK**.',
          'Open **Herstelplannen (Site Recovery)** > **plan-web-tier** en kies **Opnieuw beveiligen**. Geef beide machines hoofddoelserver **cs-01** en klik op **OK**.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'job',
        type: 'Reprotect',
        plan: 'plan-web-tier',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'Re-protect on web-02 itself is refused: a replication group is re-protected through its recovery plan only.',
          'Proteger novamente o próprio web-02 é recusado: um grupo de replicação só é protegido novamente pelo plano de recuperação.',
          'Opnieuw beveiligen op web-02 zelf wordt geweigerd: een replicatiegroep wordt alleen via het herstelplan opnieuw beveiligd.',
        ),
        t(
          'Every machine of the group needs the same master target server and OS family, or there is no common point in time.',
          'Todas as máquinas do grupo precisam do mesmo servidor de destino mestre e da mesma família de sistema operacional; caso contrário, não há um ponto no tempo comum.',
          'Elke machine van de groep heeft dezelfde hoofddoelserver en besturingssysteemfamilie nodig, anders is er geen gemeenschappelijk tijdstip.',
        ),
      ],
      rules: ['RPL-1', 'RPL-2', 'RP-3', 'RPL-3'],
    },
    {
      id: 'fail-back-plan',
      title: t('Fail the plan back', 'Fazer failback do plano', 'Failback van het plan'),
      instruction: join(
        t(
          'On **plan-web-tier**, choose **Unplanned failover** (Azure to on-premises), keep **Latest (lowest RPO)** and select **OK**.',
          'Em **plan-web-tier**, escolha **Failover não planejado** (Azure para local), mantenha **Mais recente (menor RPO)** e clique em **OK**.',
          'Kies op **plan-web-tier** **Niet-geplande failover** (Azure naar on-premises), houd **Meest recent (laagste RPO)** en klik op **OK**.',
        ),
        runTheClock,
      ),
      done: {
        kind: 'job',
        type: 'UnplannedFailover',
        plan: 'plan-web-tier',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          '"Latest" fails each VM over to its own latest point; an app-consistent point recovers the group to its common point.',
          '"Mais recente" faz o failover de cada VM para o seu próprio ponto mais recente; um ponto consistente com o aplicativo recupera o grupo no ponto comum.',
          '"Meest recent" zet elke VM over naar het eigen laatste punt; een app-consistent punt herstelt de groep naar het gemeenschappelijke punt.',
        ),
      ],
      rules: ['RPL-1', 'FO-2', 'LIFE-7'],
    },
    {
      id: 'commit-plan',
      title: t('Commit the plan', 'Confirmar o plano', 'Het plan doorvoeren'),
      instruction: join(
        t(
          'On **plan-web-tier**, choose **Commit** and confirm with **OK**.',
          'Em **plan-web-tier**, escolha **Confirmar** e confirme com **OK**.',
          'Kies op **plan-web-tier** **Doorvoeren** en bevestig met **OK**.',
        ),
        runTheClock,
      ),
      done: { kind: 'job', type: 'Commit', plan: 'plan-web-tier', status: 'Succeeded' },
      rules: ['RPL-1', 'LIFE-5'],
    },
  ],
};
