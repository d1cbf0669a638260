import { describe, expect, it } from 'vitest';
import { uiName } from '../e2e/ui-names';

// Demo scripts are written once in English and recorded in every language (docs/runbooks.md §4).
describe('uiName: a portal name in the recording language, from the portal’s own catalogs', () => {
  it('answers the same catalog entry in Portuguese and Dutch', () => {
    expect(uiName('Simulation clock', 'pt-BR')).toBe('Relógio da simulação');
    expect(uiName('Replicated items', 'nl-NL')).toBe('Gerepliceerde items');
    expect(uiName('Replicated items', 'pt-BR')).toBe('Itens replicados');
  });

  it('fills templates: "Step 2 of 5" is the stepOf entry with its values', () => {
    expect(uiName('Step 2 of 5', 'en')).toBe('Step 2 of 5');
    expect(uiName('Step 2 of 5', 'pt-BR')).toMatch(/2.*5/);
    expect(uiName('Step 2 of 5', 'pt-BR')).not.toBe('Step 2 of 5');
  });

  it('leaves data (names of machines and servers) as it is', () => {
    expect(uiName('web-01', 'pt-BR')).toBe('web-01');
    expect(uiName('cs-01', 'nl-NL')).toBe('cs-01');
  });
});
