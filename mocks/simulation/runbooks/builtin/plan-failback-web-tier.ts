/** Failback of a replication group through its recovery plan (RPL-1..3, RP-3, FO-2), from the default scenario. */
import type { RunbookDocument } from '../types';
import { join, runTheClock, t } from './text';

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
