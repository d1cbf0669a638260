import type { Text } from '../types';

/** A text in the three languages (en, pt-BR, nl-NL), glossary terms (docs/glossary.md). */
export const t = (en: string, pt: string, nl: string): Text => ({ en, 'pt-BR': pt, 'nl-NL': nl });

/** The closing sentence of a step that starts a job. */
export const runTheClock = t(
  'Run the clock until the job succeeds.',
  'Avance o relógio até o trabalho ser concluído com êxito.',
  'Laat de klok lopen tot de taak is geslaagd.',
);

/** Two texts as one, language by language. */
export const join = (a: ReturnType<typeof t>, b: ReturnType<typeof t>) =>
  t(`${a.en} ${b.en}`, `${a['pt-BR']} ${b['pt-BR']}`, `${a['nl-NL']} ${b['nl-NL']}`);
