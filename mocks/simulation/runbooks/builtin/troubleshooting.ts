/**
 * A process server in Azure (PS-1, PS-3, PS-4) and the four troubleshooting drills: 95226 (RP-4),
 * a read-only vCenter account (DS-4), a new retention drive (RV-1..7) and the agent's
 * registration window (LIFE-11). Texts from seeds 000, 002 and 004.
 */
import type { Condition, RunbookDocument } from '../types';
import { step } from './step';
import { t } from './text';

const runTheClock = t(
  'Run the clock until the job succeeds.',
  'Avance o relógio até o trabalho ser concluído com êxito.',
  'Laat de klok lopen tot de taak is geslaagd.',
);
const join = (a: ReturnType<typeof t>, b: ReturnType<typeof t>) =>
  t(`${a.en} ${b.en}`, `${a['pt-BR']} ${b['pt-BR']}`, `${a['nl-NL']} ${b['nl-NL']}`);

const web01Back = (status: 'Succeeded'): Condition => ({
  kind: 'job',
  type: 'Reprotect',
  item: 'web-01',
  direction: 'AzureToOnPremises',
  status,
});

const reprotectWeb01 = t(
  'On **web-01**, choose **Re-protect**: master target server **cs-01**, process server **ps-azure-01**, datastore **datastore-vmfs-01**, retention drive **R:**, then **OK**.',
  'Em **web-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, servidor de processo **ps-azure-01**, repositório de dados **datastore-vmfs-01**, unidade de retenção **R:** e clique em **OK**.',
  'Kies op **web-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, processerver **ps-azure-01**, gegevensopslag **datastore-vmfs-01**, bewaarstation **R:** en klik op **OK**.',
);

const restartJob = t(
  'Open the failed **Reprotect** job in **Site Recovery jobs** and choose **Restart**.',
  'Abra o trabalho **Nova proteção** com falha em **Trabalhos do Site Recovery** e escolha **Reiniciar**.',
  'Open de mislukte taak **Opnieuw beveiligen** in **Site Recovery-taken** en kies **Opnieuw starten**.',
);

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

export const troubleshootVpn95226: RunbookDocument = {
  id: 'troubleshoot-vpn-95226',
  version: 1,
  title: t(
    'Troubleshoot error 95226: VPN down',
    'Solucionar o erro 95226: VPN desconectada',
    'Fout 95226 oplossen: VPN niet verbonden',
  ),
  summary: t(
    'The site-to-site VPN is down. Re-protect web-01 and watch it fail with 95226 (expected here), connect the VPN in the Lab, then restart the job.',
    'A VPN site a site está desconectada. Proteja novamente web-01 e veja a falha com 95226 (esperada aqui), conecte a VPN no Laboratório e reinicie o trabalho.',
    'De site-naar-site-VPN is niet verbonden. Beveilig web-01 opnieuw en zie de taak mislukken met 95226 (hier verwacht), verbind de VPN in het Lab en start de taak opnieuw.',
  ),
  scenario: 'network-vpn-down',
  estimatedMinutes: 8,
  steps: [
    step(
      'reprotect-fails',
      t(
        'Re-protect web-01 and see it fail',
        'Proteger novamente web-01 e ver a falha',
        'web-01 opnieuw beveiligen en de fout zien',
      ),
      join(
        reprotectWeb01,
        t(
          'Run the clock: the job fails with error **95226**. Read its **Error details**.',
          'Avance o relógio: o trabalho falha com o erro **95226**. Leia os **Detalhes do erro**.',
          'Laat de klok lopen: de taak mislukt met fout **95226**. Lees de **Foutdetails**.',
        ),
      ),
      {
        kind: 'anyOf',
        conditions: [
          { kind: 'job', type: 'Reprotect', item: 'web-01', errorCode: '95226' },
          web01Back('Succeeded'),
        ],
      },
      t(
        'The Azure VM cannot reach the on-premises configuration server: re-protect needs a site-to-site VPN or ExpressRoute private peering.',
        'A VM do Azure não consegue acessar o servidor de configuração local: a nova proteção precisa de uma VPN site a site ou de emparelhamento privado do ExpressRoute.',
        'De Azure-VM kan de on-premises configuratieserver niet bereiken: opnieuw beveiligen vereist een site-naar-site-VPN of persoonlijke ExpressRoute-peering.',
      ),
      ['RP-4'],
      { errorCode: '95226' },
    ),
    step(
      'connect-vpn',
      t('Connect the VPN in the Lab', 'Conectar a VPN no Laboratório', 'De VPN verbinden in het Lab'),
      t(
        'Open the **Lab** and switch **Site-to-site VPN connected** on.',
        'Abra o **Laboratório** e ative **VPN site a site conectada**.',
        'Open het **Lab** en zet **Site-naar-site-VPN verbonden** aan.',
      ),
      { kind: 'vpnConnected', connected: true },
      t(
        'The switch is in the Lab\u2019s **Network** section.',
        'A opção fica na seção **Rede** do Laboratório.',
        'De schakelaar staat in de sectie **Netwerk** van het Lab.',
      ),
      ['RP-4', 'PS-1'],
    ),
    step(
      'restart-job',
      t('Restart the job', 'Reiniciar o trabalho', 'De taak opnieuw starten'),
      join(restartJob, runTheClock),
      web01Back('Succeeded'),
      t(
        'Restart re-runs the same job with the same values; no confirmation is asked.',
        'Reiniciar executa de novo o mesmo trabalho com os mesmos valores; nenhuma confirmação é pedida.',
        'Opnieuw starten voert dezelfde taak opnieuw uit met dezelfde waarden; er wordt geen bevestiging gevraagd.',
      ),
      ['RP-4'],
    ),
  ],
};

export const troubleshootReadonlyVcenter: RunbookDocument = {
  id: 'troubleshoot-readonly-vcenter',
  version: 1,
  title: t(
    'Troubleshoot: no datastore offered',
    'Solucionar: nenhum repositório de dados oferecido',
    'Probleem oplossen: geen gegevensopslag aangeboden',
  ),
  summary: t(
    'The configuration server discovers vCenter with a read-only account, so the Re-protect pane lists no datastore. Give the account permissions in the Lab, then re-protect web-01.',
    'O servidor de configuração descobre o vCenter com uma conta somente leitura, por isso o painel Proteger novamente não lista nenhum repositório de dados. Dê permissões à conta no Laboratório e proteja novamente web-01.',
    'De configuratieserver detecteert vCenter met een alleen-lezen account, dus het deelvenster Opnieuw beveiligen toont geen gegevensopslag. Geef het account machtigingen in het Lab en beveilig web-01 daarna opnieuw.',
  ),
  scenario: 'datastore-read-only-vcenter',
  estimatedMinutes: 6,
  steps: [
    step(
      'fix-vcenter-account',
      t('Fix the vCenter account', 'Corrigir a conta do vCenter', 'Het vCenter-account herstellen'),
      t(
        'Open **Re-protect** on **web-01**: **Excluded datastores** says why none is offered. Then, in the **Lab**, set **vCenter account** to **Administrator**.',
        'Abra **Proteger novamente** em **web-01**: **Repositórios de dados não elegíveis** explica por que nenhum é oferecido. Depois, no **Laboratório**, defina **Conta do vCenter** como **Administrador**.',
        'Open **Opnieuw beveiligen** op **web-01**: **Uitgesloten gegevensopslag** vertelt waarom er geen wordt aangeboden. Stel daarna in het **Lab** **vCenter-account** in op **Beheerder**.',
      ),
      { kind: 'vcenterAccount', account: 'Administrator' },
      t(
        'Discovery with a read-only vCenter account lists no datastores; updating the credential to one with permissions fixes it.',
        'A descoberta com uma conta somente leitura do vCenter não lista repositórios de dados; atualizar a credencial para uma com permissões resolve.',
        'Detectie met een alleen-lezen vCenter-account toont geen gegevensopslag; de referentie bijwerken naar een account met machtigingen lost het op.',
      ),
      ['DS-4', 'DS-2'],
    ),
    step(
      'reprotect',
      t('Re-protect web-01', 'Proteger novamente web-01', 'web-01 opnieuw beveiligen'),
      join(reprotectWeb01, runTheClock),
      web01Back('Succeeded'),
      t(
        'NFS datastores are never offered for failback: pick the VMFS one.',
        'Repositórios de dados NFS nunca são oferecidos para failback: escolha o VMFS.',
        'NFS-gegevensopslag wordt nooit aangeboden voor failback: kies de VMFS-opslag.',
      ),
      ['DS-1', 'DS-4', 'LIFE-3'],
    ),
  ],
};

export const troubleshootNewRetentionDrive: RunbookDocument = {
  id: 'troubleshoot-new-retention-drive',
  version: 1,
  title: t(
    'Troubleshoot: add a retention drive',
    'Solucionar: adicionar uma unidade de retenção',
    'Probleem oplossen: een bewaarstation toevoegen',
  ),
  summary: t(
    'Master target server cs-01 has no eligible retention drive, so Re-protect cannot be submitted. Add a new drive, make it appear with Refresh server, then re-protect web-01.',
    'O servidor de destino mestre cs-01 não tem unidade de retenção qualificada, por isso Proteger novamente não pode ser enviado. Adicione uma nova unidade, faça-a aparecer com Atualizar servidor e proteja novamente web-01.',
    'Hoofddoelserver cs-01 heeft geen geschikt bewaarstation, dus Opnieuw beveiligen kan niet worden verzonden. Voeg een nieuw station toe, laat het verschijnen met Server vernieuwen en beveilig web-01 daarna opnieuw.',
  ),
  scenario: 'retention-drive-missing',
  estimatedMinutes: 8,
  steps: [
    step(
      'add-drive',
      t(
        'Add a drive to the master target',
        'Adicionar uma unidade ao destino mestre',
        'Een station toevoegen aan de hoofddoelserver',
      ),
      t(
        'In **Re-protect** on **web-01**, **Excluded retention drives** says why each drive is refused. In the **Lab**, choose **Add drive to cs-01**: drive **R:**, NTFS, 500 GB.',
        'Em **Proteger novamente** de **web-01**, **Unidades de retenção não elegíveis** explica por que cada unidade é recusada. No **Laboratório**, escolha **Adicionar unidade a cs-01**: unidade **R:**, NTFS, 500 GB.',
        'In **Opnieuw beveiligen** op **web-01** vertelt **Uitgesloten bewaarstations** waarom elk station wordt geweigerd. Kies in het **Lab** **Station toevoegen aan cs-01**: station **R:**, NTFS, 500 GB.',
      ),
      { kind: 'volume', masterTarget: 'cs-01', addedAfterStart: true },
      t(
        'A retention drive must not be used for anything else, locked, the cache volume, FAT/FAT32 or empty: a new formatted disk is the safe choice.',
        'Uma unidade de retenção não pode estar em uso para outra finalidade, bloqueada, ser o volume de cache, FAT/FAT32 ou vazia: um novo disco formatado é a escolha segura.',
        'Een bewaarstation mag niet voor iets anders worden gebruikt, vergrendeld zijn, het cachevolume zijn, FAT/FAT32 of leeg zijn: een nieuwe geformatteerde schijf is de veilige keuze.',
      ),
      ['RV-1', 'RV-2', 'RV-3', 'RV-4', 'RV-5', 'RV-8'],
    ),
    step(
      'refresh-server',
      t('Make the drive appear', 'Fazer a unidade aparecer', 'Het station laten verschijnen'),
      t(
        'A new drive shows after the next discovery (up to 15 minutes). Open **Site Recovery infrastructure** > **Configuration servers** > **cs-01** and choose **Refresh server** to see it at once.',
        'Uma nova unidade aparece após a próxima descoberta (até 15 minutos). Abra **Infraestrutura do Site Recovery** > **Servidores de configuração** > **cs-01** e escolha **Atualizar servidor** para vê-la de imediato.',
        'Een nieuw station verschijnt na de volgende detectie (tot 15 minuten). Open **Site Recovery-infrastructuur** > **Configuratieservers** > **cs-01** en kies **Server vernieuwen** om het meteen te zien.',
      ),
      { kind: 'volume', masterTarget: 'cs-01', addedAfterStart: true, offered: true },
      t(
        'Still not offered after Refresh server? Check its file system and size: add another drive that meets the requirements.',
        'Ainda não é oferecida após Atualizar servidor? Verifique o sistema de arquivos e o tamanho: adicione outra unidade que atenda aos requisitos.',
        'Nog steeds niet aangeboden na Server vernieuwen? Controleer het bestandssysteem en de grootte: voeg een ander station toe dat aan de vereisten voldoet.',
      ),
      ['RV-7'],
    ),
    step(
      'reprotect',
      t('Re-protect web-01', 'Proteger novamente web-01', 'web-01 opnieuw beveiligen'),
      join(
        t(
          'On **web-01**, choose **Re-protect**: master target server **cs-01**, process server **ps-azure-01**, datastore **datastore-vmfs-01**, the new retention drive, then **OK**.',
          'Em **web-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, servidor de processo **ps-azure-01**, repositório de dados **datastore-vmfs-01**, a nova unidade de retenção e clique em **OK**.',
          'Kies op **web-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, processerver **ps-azure-01**, gegevensopslag **datastore-vmfs-01**, het nieuwe bewaarstation en klik op **OK**.',
        ),
        runTheClock,
      ),
      web01Back('Succeeded'),
      t(
        'A drive named R: on a Windows master target is preselected; the retention drive keeps the points in time while the VM replicates back.',
        'Uma unidade R: em um destino mestre Windows é pré-selecionada; a unidade de retenção guarda os pontos no tempo enquanto a VM replica de volta.',
        'Een station R: op een Windows-hoofddoelserver is vooraf geselecteerd; het bewaarstation bewaart de tijdstippen terwijl de VM terug repliceert.',
      ),
      ['RV-6', 'RV-8', 'LIFE-3'],
    ),
  ],
};

export const troubleshootAgentRegistration: RunbookDocument = {
  id: 'troubleshoot-agent-registration',
  version: 1,
  title: t(
    'Troubleshoot: agent not registered yet',
    'Solucionar: agente ainda não registrado',
    'Probleem oplossen: agent nog niet geregistreerd',
  ),
  summary: t(
    'web-01 booted in Azure 2 minutes ago. A re-protect now fails: the agent needs up to 15 minutes to register with the configuration server. Wait, then restart the job.',
    'web-01 foi iniciado no Azure há 2 minutos. Uma nova proteção agora falha: o agente leva até 15 minutos para ser registrado no servidor de configuração. Aguarde e reinicie o trabalho.',
    'web-01 is 2 minuten geleden in Azure opgestart. Opnieuw beveiligen mislukt nu: de agent heeft tot 15 minuten nodig om zich bij de configuratieserver te registreren. Wacht en start de taak daarna opnieuw.',
  ),
  scenario: 'agent-not-registered',
  estimatedMinutes: 6,
  steps: [
    step(
      'reprotect-fails',
      t(
        'Re-protect web-01 and see it fail',
        'Proteger novamente web-01 e ver a falha',
        'web-01 opnieuw beveiligen en de fout zien',
      ),
      join(
        reprotectWeb01,
        t(
          'Run the clock: the job fails because the agent is not installed yet.',
          'Avance o relógio: o trabalho falha porque o agente ainda não está instalado.',
          'Laat de klok lopen: de taak mislukt omdat de agent nog niet is geïnstalleerd.',
        ),
      ),
      {
        kind: 'anyOf',
        conditions: [
          { kind: 'job', type: 'Reprotect', item: 'web-01', errorCode: '990000' },
          web01Back('Succeeded'),
        ],
      },
      null,
      ['LIFE-11'],
      { errorCode: '990000' },
    ),
    step(
      'wait-for-agent',
      t(
        'Wait for the agent to register',
        'Aguardar o registro do agente',
        'Wachten tot de agent is geregistreerd',
      ),
      t(
        'In the **Simulation clock**, select **Advance 15 minutes**: the agent registers within 15 minutes of the boot.',
        'No **Relógio da simulação**, clique em **Avançar 15 minutos**: o agente é registrado em até 15 minutos após a inicialização.',
        'Klik in de **Simulatieklok** op **15 minuten vooruit**: de agent registreert zich binnen 15 minuten na het opstarten.',
      ),
      { kind: 'agentRegistered', item: 'web-01', site: 'Azure' },
      t(
        'Restarting before the agent registers fails again and counts as a mistake.',
        'Reiniciar antes do registro do agente falha de novo e conta como erro.',
        'Opnieuw starten voordat de agent is geregistreerd mislukt opnieuw en telt als fout.',
      ),
      ['LIFE-11'],
    ),
    step(
      'restart-job',
      t('Restart the job', 'Reiniciar o trabalho', 'De taak opnieuw starten'),
      join(restartJob, runTheClock),
      web01Back('Succeeded'),
      null,
      ['LIFE-11', 'LIFE-3'],
    ),
  ],
};
