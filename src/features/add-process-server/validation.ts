/**
 * PS-3: the Resource Manager fields of Add process server, validated the way Azure validates a
 * Windows VM's computer name, admin user name and password. Each check answers an i18n key of the
 * `infra` namespace (`addProcessServer.errors.*`) or null, so the form shows a message under the field.
 */

export interface ProcessServerForm {
  resourceGroup: string;
  serverName: string;
  userName: string;
  password: string;
  storageAccount: string;
  subnet: string;
  networkInterface: string;
}

export type FormField = keyof ProcessServerForm;

/** The order of the fields on screen: the first invalid one gets the focus. */
export const FIELD_ORDER: FormField[] = [
  'resourceGroup',
  'serverName',
  'userName',
  'password',
  'storageAccount',
  'subnet',
  'networkInterface',
];

export const emptyForm = (): ProcessServerForm => ({
  resourceGroup: '',
  serverName: '',
  userName: '',
  password: '',
  storageAccount: '',
  subnet: '',
  networkInterface: '',
});

/** User names Azure refuses for a VM's administrator account. */
export const RESERVED_USER_NAMES = [
  '1',
  '123',
  'a',
  'actuser',
  'adm',
  'admin',
  'admin1',
  'admin2',
  'administrator',
  'aspnet',
  'backup',
  'console',
  'david',
  'guest',
  'john',
  'owner',
  'root',
  'server',
  'sql',
  'support',
  'support_388945a0',
  'sys',
  'test',
  'test1',
  'test2',
  'test3',
  'user',
  'user1',
  'user2',
  'user3',
  'user4',
  'user5',
];

/** Windows computer name: 1–15 letters, digits or hyphens, not only digits, no hyphen at either end. */
export function validateServerName(value: string): string | null {
  if (!value) return 'serverNameRequired';
  if (value.length > 15) return 'serverNameLength';
  if (!/^[A-Za-z0-9-]+$/.test(value)) return 'serverNameCharacters';
  if (/^[0-9]+$/.test(value)) return 'serverNameDigits';
  if (value.startsWith('-') || value.endsWith('-')) return 'serverNameHyphen';
  return null;
}

/** Admin user name: 1–20 characters, none of \/"[]:|<>+=;,?*@& nor a final dot, not reserved. */
export function validateUserName(value: string): string | null {
  if (!value) return 'userNameRequired';
  if (value.length > 20) return 'userNameLength';
  if (/[\\/"[\]:|<>+=;,?*@&\s]/.test(value) || value.endsWith('.')) return 'userNameCharacters';
  if (RESERVED_USER_NAMES.includes(value.toLowerCase())) return 'userNameReserved';
  return null;
}

/** Password: 12–123 characters, 3 of lower case, upper case, digit, special; not the user name. */
export function validatePassword(value: string, userName: string): string | null {
  if (!value) return 'passwordRequired';
  if (value.length < 12 || value.length > 123) return 'passwordLength';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 3) return 'passwordComplexity';
  if (userName && value.toLowerCase().includes(userName.toLowerCase())) return 'passwordUserName';
  return null;
}

/** Every field's problem (i18n key), in screen order; an empty object means the form is valid. */
export function validateForm(form: ProcessServerForm): Partial<Record<FormField, string>> {
  const errors: Partial<Record<FormField, string>> = {};
  const set = (field: FormField, key: string | null) => {
    if (key) errors[field] = key;
  };
  set('resourceGroup', form.resourceGroup ? null : 'resourceGroupRequired');
  set('serverName', validateServerName(form.serverName.trim()));
  set('userName', validateUserName(form.userName));
  set('password', validatePassword(form.password, form.userName));
  set('storageAccount', form.storageAccount ? null : 'storageAccountRequired');
  set('subnet', form.subnet ? null : 'subnetRequired');
  set('networkInterface', form.networkInterface ? null : 'networkInterfaceRequired');
  return errors;
}

export const firstInvalid = (errors: Partial<Record<FormField, string>>): FormField | undefined =>
  FIELD_ORDER.find((field) => errors[field]);
