/** What the troubleshooting drills share: re-protecting web-01 back to on-premises and restarting its job (LIFE-3). */
import type { Condition, RunbookStep, Text } from '../types';
import { step } from './step';
import { join, runTheClock, t } from './text';

export const web01Back = (status: 'Succeeded'): Condition => ({
  kind: 'job',
  type: 'Reprotect',
  item: 'web-01',
  direction: 'AzureToOnPremises',
  status,
});

export const reprotectWeb01 = t(
  'On **web-01**, choose **Re-protect**: master target server **cs-01**, process server **ps-azure-01**, datastore **datastore-vmfs-01**, retention drive **R:**, then **OK**.',
  'Em **web-01**, escolha **Proteger novamente**: servidor de destino mestre **cs-01**, servidor de processo **ps-azure-01**, repositório de dados **datastore-vmfs-01**, unidade de retenção **R:** e clique em **OK**.',
  'Kies op **web-01** **Opnieuw beveiligen**: hoofddoelserver **cs-01**, processerver **ps-azure-01**, gegevensopslag **datastore-vmfs-01**, bewaarstation **R:** en klik op **OK**.',
);

export const restartJob = t(
  'Open the failed **Reprotect** job in **Site Recovery jobs** and choose **Restart**.',
  'Abra o trabalho **Nova proteção** com falha em **Trabalhos do Site Recovery** e escolha **Reiniciar**.',
  'Open de mislukte taak **Opnieuw beveiligen** in **Site Recovery-taken** en kies **Opnieuw starten**.',
);

/**
 * The drills' first step: re-protect web-01 and see its job fail with `errorCode` (expected, not a
 * mistake; a job that already succeeded also ends the step). `clock` says how it fails.
 */
export const reprotectFails = (
  errorCode: string,
  clock: Text,
  hints: Text | null,
  rules: string[],
): RunbookStep =>
  step(
    'reprotect-fails',
    t(
      'Re-protect web-01 and see it fail',
      'Proteger novamente web-01 e ver a falha',
      'web-01 opnieuw beveiligen en de fout zien',
    ),
    join(reprotectWeb01, clock),
    {
      kind: 'anyOf',
      conditions: [{ kind: 'job', type: 'Reprotect', item: 'web-01', errorCode }, web01Back('Succeeded')],
    },
    hints,
    rules,
    { errorCode },
  );

/** The drills' last step, once the cause is mended: restart the failed job until web-01 is back. */
export const restartJobStep = (hints: Text | null, rules: string[]): RunbookStep =>
  step(
    'restart-job',
    t('Restart the job', 'Reiniciar o trabalho', 'De taak opnieuw starten'),
    join(restartJob, runTheClock),
    web01Back('Succeeded'),
    hints,
    rules,
  );
