/**
 * The whole VMware failback cycle on web-01 (LIFE-3 → LIFE-4 → LIFE-5 → LIFE-11 → LIFE-6), from
 * seeds 000 (reprotect), 001 (failback) and 004 (nl-NL reprotect).
 */
import type { RunbookDocument } from '../types';
import { t } from './text';

export const vmwareFailbackWeb01: RunbookDocument = {
  id: 'vmware-failback-web-01',
  version: 1,
  title: t(
    'Fail back web-01 to on-premises',
    'Fazer failback de web-01 para o local',
    'Failback van web-01 naar on-premises',
  ),
  summary: t(
    'web-01 runs in Azure after a failover. Re-protect it to on-premises, fail it back, commit, wait for the agent to register, then re-protect it to Azure to close the cycle.',
    'web-01 é executado no Azure após um failover. Proteja-o novamente para o local, faça o failback, confirme, aguarde o registro do agente e proteja-o novamente para o Azure para fechar o ciclo.',
    'web-01 draait na een failover in Azure. Beveilig het opnieuw naar on-premises, voer de failback uit, voer door, wacht tot de agent is geregistreerd en beveilig het daarna opnieuw naar Azure om de cyclus te sluiten.',
  ),
  scenario: 'default',
  estimatedMinutes: 15,
  steps: [
    {
      id: 'reprotect-to-on-premises',
      title: t(
        'Re-protect web-01 to on-premises',
        'Proteger novamente web-01 para o local',
        'web-01 opnieuw beveiligen naar on-premises',
      ),
      instruction: t(
        'Open **Replicated items** > **web-01** and choose **Re-protect** (Azure to on-premises). Pick master target server **cs-01**, a process server and datastore **datastore-vmfs-01**, keep retention drive **R:**, then **OK**. Move the **Simulation clock** on until the job succeeds.',
        'Abra **Itens replicados** > **web-01** e escolha **Proteger novamente** (Azure para local). Escolha o servidor de destino mestre **cs-01**, um servidor de processo e o repositório de dados **datastore-vmfs-01**, mantenha a unidade de retenção **R:** e clique em **OK**. Avance o **Relógio da simulação** até o trabalho ser concluído com êxito.',
        'Open **Gerepliceerde items** > **web-01** en kies **Opnieuw beveiligen** (Azure naar on-premises). Kies hoofddoelserver **cs-01**, een processerver en gegevensopslag **datastore-vmfs-01**, houd bewaarstation **R:** en klik op **OK**. Zet de **Simulatieklok** vooruit tot de taak is geslaagd.',
      ),
      done: {
        kind: 'job',
        type: 'Reprotect',
        item: 'web-01',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'Only a Windows master target server is offered for a Windows VM (MT-1); the failback policy is chosen for you.',
          'Somente um servidor de destino mestre Windows é oferecido para uma VM Windows (MT-1); a política de failback é escolhida automaticamente.',
          'Voor een Windows-VM wordt alleen een Windows-hoofddoelserver aangeboden (MT-1); het failback-beleid wordt automatisch gekozen.',
        ),
        t(
          'In the **Simulation clock** dialog, **Run until jobs finish** ends the job at once.',
          'Na caixa **Relógio da simulação**, **Executar até os trabalhos terminarem** conclui o trabalho de uma vez.',
          'In het venster **Simulatieklok** rondt **Uitvoeren tot de taken klaar zijn** de taak in één keer af.',
        ),
      ],
      rules: ['LIFE-3', 'MT-1', 'RV-6', 'LIFE-8'],
    },
    {
      id: 'fail-back',
      title: t(
        'Fail web-01 back to on-premises',
        'Fazer failback de web-01 para o local',
        'Failback van web-01 naar on-premises',
      ),
      instruction: t(
        'On **web-01**, choose **Unplanned failover** (from Azure to on-premises), keep recovery point **Latest (lowest RPO)** and select **OK**. Run the clock until the job succeeds.',
        'Em **web-01**, escolha **Failover não planejado** (do Azure para o local), mantenha o ponto de recuperação **Mais recente (menor RPO)** e clique em **OK**. Avance o relógio até o trabalho ser concluído com êxito.',
        'Kies op **web-01** **Niet-geplande failover** (van Azure naar on-premises), houd herstelpunt **Meest recent (laagste RPO)** en klik op **OK**. Laat de klok lopen tot de taak is geslaagd.',
      ),
      done: {
        kind: 'job',
        type: 'UnplannedFailover',
        item: 'web-01',
        direction: 'AzureToOnPremises',
        status: 'Succeeded',
      },
      hints: [
        t(
          'There is no "Failback" button: failback is a failover whose direction is Azure to on-premises. It shuts the Azure VM down.',
          'Não há botão "Failback": o failback é um failover na direção Azure para local. Ele desliga a VM do Azure.',
          'Er is geen knop "Failback": failback is een failover in de richting Azure naar on-premises. De Azure-VM wordt afgesloten.',
        ),
      ],
      rules: ['LIFE-4', 'FO-1', 'FO-3'],
    },
    {
      id: 'commit',
      title: t('Commit the failback', 'Confirmar o failback', 'De failback doorvoeren'),
      instruction: t(
        'Check that web-01 runs on-premises, then choose **Commit** on **web-01** and confirm with **OK**. Commit deletes the Azure VM.',
        'Verifique se web-01 está em execução no local, escolha **Confirmar** em **web-01** e confirme com **OK**. A confirmação exclui a VM do Azure.',
        'Controleer dat web-01 on-premises draait, kies **Doorvoeren** op **web-01** en bevestig met **OK**. Doorvoeren verwijdert de Azure-VM.',
      ),
      done: { kind: 'job', type: 'Commit', item: 'web-01', status: 'Succeeded' },
      rules: ['LIFE-5'],
    },
    {
      id: 'wait-for-agent',
      title: t(
        'Wait for the agent to register',
        'Aguardar o registro do agente',
        'Wachten tot de agent is geregistreerd',
      ),
      instruction: t(
        'The on-premises VM booted at failback: its agent needs up to 15 minutes to register with the configuration server. In the **Simulation clock**, select **Advance 15 minutes** before you re-protect.',
        'A VM local foi iniciada no failback: o agente leva até 15 minutos para ser registrado no servidor de configuração. No **Relógio da simulação**, clique em **Avançar 15 minutos** antes de proteger novamente.',
        'De on-premises VM is bij de failback opgestart: de agent heeft tot 15 minuten nodig om zich bij de configuratieserver te registreren. Klik in de **Simulatieklok** op **15 minuten vooruit** voordat u opnieuw beveiligt.',
      ),
      done: { kind: 'agentRegistered', item: 'web-01', site: 'OnPremises' },
      hints: [
        t(
          'A re-protect inside the window fails with "agent not installed" and counts as a mistake.',
          'Uma nova proteção dentro desse período falha com "agente não instalado" e conta como erro.',
          'Opnieuw beveiligen binnen die tijd mislukt met "agent niet geïnstalleerd" en telt als fout.',
        ),
      ],
      rules: ['LIFE-11'],
    },
    {
      id: 'reprotect-to-azure',
      title: t(
        'Re-protect web-01 to Azure',
        'Proteger novamente web-01 para o Azure',
        'web-01 opnieuw beveiligen naar Azure',
      ),
      instruction: t(
        'Choose **Re-protect** on **web-01** (on-premises to Azure), pick process server **cs-01** and select **OK**. Run the clock until the job succeeds: web-01 is protected again.',
        'Escolha **Proteger novamente** em **web-01** (local para Azure), escolha o servidor de processo **cs-01** e clique em **OK**. Avance o relógio até o trabalho ser concluído: web-01 está protegido de novo.',
        'Kies **Opnieuw beveiligen** op **web-01** (on-premises naar Azure), kies processerver **cs-01** en klik op **OK**. Laat de klok lopen tot de taak is geslaagd: web-01 is weer beveiligd.',
      ),
      done: {
        kind: 'job',
        type: 'Reprotect',
        item: 'web-01',
        direction: 'OnPremisesToAzure',
        status: 'Succeeded',
      },
      hints: [
        t(
          'An Azure process server serves failback only: pick the on-premises one.',
          'Um servidor de processo no Azure atende somente ao failback: escolha o servidor local.',
          'Een processerver in Azure dient alleen voor failback: kies de on-premises processerver.',
        ),
      ],
      rules: ['LIFE-6', 'PS-1'],
    },
  ],
};
