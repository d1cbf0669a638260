// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogCodes, catalogEntry } from './errors';

describe('ERR catalog (docs/rules.md §10)', () => {
  it('ERR: documented codes 95226, 78052, 78093, 8061, 8038 are present with all texts', () => {
    for (const code of ['95226', '78052', '78093', '8061', '8038']) {
      const e = catalogEntry(code);
      expect(e?.code).toBe(code);
      expect(e?.message && e.possibleCauses && e.recommendedAction && e.ruleId).toBeTruthy();
    }
  });

  it('RP-4: 95226 says the Azure VM could not reach the configuration server', () => {
    expect(catalogEntry('95226')).toMatchObject({ ruleId: 'RP-4' });
    expect(catalogEntry('95226')?.message).toContain('configuration server');
  });

  it('LIFE-11: the own code for a young boot says the agent is not installed', () => {
    const e = catalogEntry('990000');
    expect(e?.ruleId).toBe('LIFE-11');
    expect(e?.message).toMatch(/agent is not installed/);
  });

  it('own codes are numeric, from 990000, unique, each with a rule id', () => {
    const codes = catalogCodes();
    expect(new Set(codes).size).toBe(codes.length);
    const own = codes.filter((c) => Number(c) >= 990000);
    expect(own.length).toBeGreaterThanOrEqual(10);
    expect(own.map((c) => catalogEntry(c)?.ruleId)).toEqual([
      'LIFE-11',
      'RP-2',
      'RP-2',
      'RP-2',
      'RP-6',
      'MT-3',
      'MT-4',
      'RP-2',
      'DS-4',
      'DS-5',
      'HV-2',
      'RP-2',
      'LIFE-10',
      'TF-4',
    ]);
    expect(catalogEntry('123')).toBeUndefined();
  });
});
