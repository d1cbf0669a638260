/** Troubleshooting drill: re-protect fails with 95226 while the VPN is down (RP-4). */
import type { RunbookDocument } from '../types';
import { step } from './step';
import { t } from './text';
import { reprotectFails, restartJobStep } from './web-01-reprotect';

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
    reprotectFails(
      '95226',
      t(
        'Run the clock: the job fails with error **95226**. Read its **Error details**.',
        'Avance o relógio: o trabalho falha com o erro **95226**. Leia os **Detalhes do erro**.',
        'Laat de klok lopen: de taak mislukt met fout **95226**. Lees de **Foutdetails**.',
      ),
      t(
        'The Azure VM cannot reach the on-premises configuration server: re-protect needs a site-to-site VPN or ExpressRoute private peering.',
        'A VM do Azure não consegue acessar o servidor de configuração local: a nova proteção precisa de uma VPN site a site ou de emparelhamento privado do ExpressRoute.',
        'De Azure-VM kan de on-premises configuratieserver niet bereiken: opnieuw beveiligen vereist een site-naar-site-VPN of persoonlijke ExpressRoute-peering.',
      ),
      ['RP-4'],
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
    restartJobStep(
      t(
        'Restart re-runs the same job with the same values; no confirmation is asked.',
        'Reiniciar executa de novo o mesmo trabalho com os mesmos valores; nenhuma confirmação é pedida.',
        'Opnieuw starten voert dezelfde taak opnieuw uit met dezelfde waarden; er wordt geen bevestiging gevraagd.',
      ),
      ['RP-4'],
    ),
  ],
};
