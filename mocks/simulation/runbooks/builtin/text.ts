import type { Text } from '../types';

/** A text in the three languages (en, pt-BR, nl-NL), glossary terms (docs/glossary.md). */
export const t = (en: string, pt: string, nl: string): Text => ({ en, 'pt-BR': pt, 'nl-NL': nl });
