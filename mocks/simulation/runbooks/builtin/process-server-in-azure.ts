/** A process server in Azure for failback (PS-1, PS-3, PS-4). Texts from seeds 000, 002 and 004. */
import type { RunbookDocument } from '../types';
import { step } from './step';
import { join, runTheClock, t } from './text';
import { web01Back } from './web-01-reprotect';

export const processServerInAzure: RunbookDocument = {
  id: 'process-server-in-azure',
  version: 1,
  title: t(
    'Add a failback process server in Azure',
    'Adicionar um servidor de processo de failback no Azure',
    'Een failback-processerver in Azure toevoegen',
  ),
  summary: t(
    'Only a site-to-site VPN links Azure and on-premises, and no process server runs in Azure. Deploy one on the network the VMs failed over to, wait for it to register, then re-protect web-01 through it.',
    'Somente uma VPN site a site liga o Azure ao local e nenhum servidor de processo é executado no Azure. Implante um na rede para a qual as VMs fizeram failover, aguarde o registro e proteja novamente web-01 por ele.',
    'Alleen een site-naar-site-VPN verbindt Azure met on-premises en er draait geen processerver in Azure. Implementeer er een op het netwerk waarnaar de VM\u2019s zijn overgezet, wacht tot deze is geregistreerd en beveilig web-01 er daarna opnieuw mee.',
  ),
  scenario: 'process-server-none-in-azure',
  estimatedMinutes: 15,
  steps: [
    step(
      'add-process-server',
      t(
        'Deploy a process server in Azure',
        'Implantar um servidor de processo no Azure',
        'Een processerver in Azure implementeren',
      ),
      join(
        t(
          'In **Site Recovery infrastructure** > **Configuration servers** > **cs-01**, choose **Add process server**, **Deploy a failback process server in Azure**, Azure network **contoso-vnet**, fill in the server\u2019s fields and select **OK**.',
          'Em **Infraestrutura do Site Recovery** > **Servidores de configuração** > **cs-01**, escolha **Adicionar servidor de processo**, **Implantar um servidor de processo de failback no Azure**, a rede do Azure **contoso-vnet**, preencha os campos do servidor e clique em **OK**.',
          'Kies in **Site Recovery-infrastructuur** > **Configuratieservers** > **cs-01** **Processerver toevoegen**, **Een failback-processerver in Azure implementeren**, Azure-netwerk **contoso-vnet**, vul de velden van de server in en klik op **OK**.',
        ),
        runTheClock,
      ),
      { kind: 'job', type: 'AddProcessServer', status: 'Succeeded' },
      [
        t(
          'With only a site-to-site VPN, the process server should run in Azure, close to the VMs (low latency).',
          'Com somente uma VPN site a site, o servidor de processo deve ser executado no Azure, perto das VMs (baixa latência).',
          'Met alleen een site-naar-site-VPN hoort de processerver in Azure te draaien, dicht bij de VM\u2019s (lage latentie).',
        ),
        t(
          'Pick the Resource Manager network: a classic network only shows instructions for the Marketplace image.',
          'Escolha a rede do Resource Manager: uma rede clássica mostra somente instruções para a imagem do Marketplace.',
          'Kies het Resource Manager-netwerk: een klassiek netwerk toont alleen instructies voor de Marketplace-installatiekopie.',
        ),
      ],
      ['PS-1', 'PS-3', 'PS-4'],
    ),
    step(
      'wait-for-process-server',
      t(
        'Wait for the process server to appear',
        'Aguardar o servidor de processo aparecer',
        'Wachten tot de processerver verschijnt',
      ),
      t(
        'The process server shows under **cs-01** > **Process servers** 10 to 15 minutes after its job. Move the **Simulation clock** on until it is listed.',
        'O servidor de processo aparece em **cs-01** > **Servidores de processo** de 10 a 15 minutos após o trabalho. Avance o **Relógio da simulação** até ele ser listado.',
        'De processerver verschijnt onder **cs-01** > **Processervers** 10 tot 15 minuten na de taak. Zet de **Simulatieklok** vooruit tot hij wordt vermeld.',
      ),
      {
        kind: 'processServer',
        configurationServer: 'cs-01',
        location: 'Azure',
        heartbeat: true,
        visible: true,
      },
      t(
        '**Refresh server** does not speed this up: the time is the deployment, not discovery. Select **Advance 15 minutes**.',
        '**Atualizar servidor** não acelera isso: o tempo é da implantação, não da descoberta. Clique em **Avançar 15 minutos**.',
        '**Server vernieuwen** versnelt dit niet: de tijd gaat naar de implementatie, niet naar de detectie. Klik op **15 minuten vooruit**.',
      ),
      ['PS-3', 'PS-6'],
    ),
    step(
      'reprotect-through-azure-ps',
      t(
        'Re-protect web-01 through the new process server',
        'Proteger novamente web-01 pelo novo servidor de processo',
        'web-01 opnieuw beveiligen via de nieuwe processerver',
      ),
      join(
        t(
          'On **web-01**, choose **Re-protect**: master target server **cs-01**, the new process server in Azure, datastore **datastore-vmfs-01**, retention drive **R:**, then **OK**.',
          'Em **web-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, o novo servidor de processo no Azure, repositório de dados **datastore-vmfs-01**, unidade de retenção **R:** e clique em **OK**.',
          'Kies op **web-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, de nieuwe processerver in Azure, gegevensopslag **datastore-vmfs-01**, bewaarstation **R:** en klik op **OK**.',
        ),
        runTheClock,
      ),
      {
        kind: 'allOf',
        conditions: [
          web01Back('Succeeded'),
          { kind: 'itemSettings', item: 'web-01', processServerLocation: 'Azure' },
        ],
      },
      t(
        'Choose the process server whose name you gave; the on-premises cs-01 works too, but it is not the point of this drill.',
        'Escolha o servidor de processo com o nome que você deu; o cs-01 local também funciona, mas não é o objetivo deste exercício.',
        'Kies de processerver met de naam die u hebt opgegeven; de on-premises cs-01 werkt ook, maar daar gaat deze oefening niet over.',
      ),
      ['PS-1', 'PS-2', 'LIFE-3'],
    ),
  ],
};
