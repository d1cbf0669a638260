/** Troubleshooting drill: a new retention drive is offered only once discovered and eligible (RV-1..7). */
import type { RunbookDocument } from '../types';
import { step } from './step';
import { join, runTheClock, t } from './text';
import { web01Back } from './web-01-reprotect';

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
