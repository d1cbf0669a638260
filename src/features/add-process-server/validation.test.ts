import { describe, expect, it } from 'vitest';
import {
  BAD_PROCESS_SERVER_INPUTS,
  VALID_PROCESS_SERVER,
} from '../../../contract/process-server-input.cases';
import { PROBLEM_MESSAGES } from '../../../contract/process-server-input';
import en from '../../i18n/locales/en/infra.json';
import { emptyForm, firstInvalid, validateForm } from './validation';

describe('PS-3: Add process server field rules, before submit (contract/process-server-input.ts)', () => {
  it('a valid form has no problem; a server name with surrounding spaces is valid', () => {
    expect(validateForm(VALID_PROCESS_SERVER)).toEqual({});
    expect(validateForm({ ...VALID_PROCESS_SERVER, serverName: ' ps-azure-02 ' })).toEqual({});
  });

  it.each(BAD_PROCESS_SERVER_INPUTS)('PS-3: %s %j → %s', (field, value, problem) => {
    expect(validateForm({ ...VALID_PROCESS_SERVER, [field]: value })).toEqual({ [field]: problem });
  });

  it("every problem's i18n key exists and the English text is the API's message", () => {
    expect(en.addProcessServer.errors).toEqual(PROBLEM_MESSAGES);
  });

  it('an empty form is invalid at every field, the resource group first', () => {
    const errors = validateForm(emptyForm());
    expect(Object.keys(errors)).toHaveLength(7);
    expect(firstInvalid(errors)).toBe('resourceGroup');
    expect(firstInvalid(validateForm({ ...emptyForm(), resourceGroup: 'rg' }))).toBe('serverName');
  });
});
