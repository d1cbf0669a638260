/** Troubleshooting drill: the agent registers up to 15 minutes after the VM boots (LIFE-11). */
import type { RunbookDocument } from '../types';
import { step } from './step';
import { t } from './text';
import { reprotectFails, restartJobStep } from './web-01-reprotect';

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
    reprotectFails(
      '990000',
      t(
        'Run the clock: the job fails because the agent is not installed yet.',
        'Avance o relógio: o trabalho falha porque o agente ainda não está instalado.',
        'Laat de klok lopen: de taak mislukt omdat de agent nog niet is geïnstalleerd.',
      ),
      null,
      ['LIFE-11'],
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
    restartJobStep(null, ['LIFE-11', 'LIFE-3']),
  ],
};
