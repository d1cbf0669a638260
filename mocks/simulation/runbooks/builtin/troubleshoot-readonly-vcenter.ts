/** Troubleshooting drill: a read-only vCenter account discovers no datastores (DS-4). */
import type { RunbookDocument } from '../types';
import { step } from './step';
import { join, runTheClock, t } from './text';
import { reprotectWeb01, web01Back } from './web-01-reprotect';

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
