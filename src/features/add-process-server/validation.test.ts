import { describe, expect, it } from 'vitest';
import {
  emptyForm,
  firstInvalid,
  validateForm,
  validatePassword,
  validateServerName,
  validateUserName,
} from './validation';

describe('PS-3: Add process server field rules (as Azure validates a VM)', () => {
  it('server name: 1–15 letters, digits, hyphens; not only digits; no hyphen at an end', () => {
    expect(validateServerName('ps-azure-02')).toBeNull();
    expect(validateServerName('')).toBe('serverNameRequired');
    expect(validateServerName('a'.repeat(16))).toBe('serverNameLength');
    expect(validateServerName('ps_azure')).toBe('serverNameCharacters');
    expect(validateServerName('ps azure')).toBe('serverNameCharacters');
    expect(validateServerName('12345')).toBe('serverNameDigits');
    expect(validateServerName('-ps')).toBe('serverNameHyphen');
    expect(validateServerName('ps-')).toBe('serverNameHyphen');
  });

  it('user name: 1–20 characters, no special characters, not reserved', () => {
    expect(validateUserName('contosoadmin')).toBeNull();
    expect(validateUserName('')).toBe('userNameRequired');
    expect(validateUserName('u'.repeat(21))).toBe('userNameLength');
    expect(validateUserName('bad@name')).toBe('userNameCharacters');
    expect(validateUserName('name.')).toBe('userNameCharacters');
    for (const reserved of ['admin', 'Administrator', 'root', 'guest', 'user'])
      expect(validateUserName(reserved)).toBe('userNameReserved');
  });

  it('password: 12–123 characters, 3 of 4 classes, not containing the user name', () => {
    expect(validatePassword('Contoso-2026!', 'contosoadmin')).toBeNull();
    expect(validatePassword('', 'x')).toBe('passwordRequired');
    expect(validatePassword('Short1!', 'x')).toBe('passwordLength');
    expect(validatePassword('A1!' + 'a'.repeat(121), 'x')).toBe('passwordLength');
    expect(validatePassword('alllowercaseonly', 'x')).toBe('passwordComplexity');
    expect(validatePassword('lowercase1234', 'x')).toBe('passwordComplexity');
    expect(validatePassword('Lowercase1234', 'x')).toBeNull();
    expect(validatePassword('Xcontosoadmin1', 'ContosoAdmin')).toBe('passwordUserName');
  });

  it('an empty form is invalid at every field, the resource group first', () => {
    const errors = validateForm(emptyForm());
    expect(Object.keys(errors)).toHaveLength(7);
    expect(firstInvalid(errors)).toBe('resourceGroup');
    expect(firstInvalid(validateForm({ ...emptyForm(), resourceGroup: 'rg' }))).toBe('serverName');
  });
});
