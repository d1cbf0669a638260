/** Failback of the Hyper-V VM hv-app-01 (HV-1..6), from the default scenario. Texts from seeds 000–004. */
import type { RunbookDocument } from '../types';
import { join, runTheClock, t } from './text';

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
