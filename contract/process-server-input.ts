/**
 * PS-3: the Resource Manager fields of Add process server, validated once, the way Azure validates a
 * Windows VM's computer name, administrator user name and password (docs/adr/0006). The portal's form
 * checks them before submit (src/features/add-process-server) and the simulation checks the request
 * with the same schemas (mocks/simulation/process-servers-input.ts). A problem is a key of the `infra`
 * namespace's `addProcessServer.errors.*`; the API answers its English text (PROBLEM_MESSAGES).
 *
 * Plain TypeScript and zod only: no React, MSW or DOM. Only string schemas are built at load time
 * (an object schema would probe for `new Function` before the portal turns zod's JIT off, scripts/csp.ts).
 */
import { z } from 'zod';

/** The form's fields in screen order: the first invalid one gets the focus. */
export const PROCESS_SERVER_FIELDS = [
  'resourceGroup',
  'serverName',
  'userName',
  'password',
  'storageAccount',
  'subnet',
  'networkInterface',
] as const;
export type ProcessServerField = (typeof PROCESS_SERVER_FIELDS)[number];
export type ProcessServerValues = Record<ProcessServerField, string>;

/** Each problem's English text, as the `en` catalog words it (a test keeps the two equal). */
export const PROBLEM_MESSAGES = {
  resourceGroupRequired: 'Select a resource group.',
  serverNameRequired: 'Enter a server name.',
  serverNameLength: 'The server name must be 1 to 15 characters long.',
  serverNameCharacters: 'The server name can contain only letters, digits and hyphens.',
  serverNameDigits: "The server name can't be only digits.",
  serverNameHyphen: "The server name can't start or end with a hyphen.",
  userNameRequired: 'Enter a user name.',
  userNameLength: 'The user name must be 1 to 20 characters long.',
  userNameCharacters:
    'The user name can\'t contain spaces or special characters such as \\ / " [ ] : | < > + = ; , ? * @ &, or end with a period.',
  userNameReserved:
    'This user name is reserved (for example admin, administrator, root, guest, user). Choose another.',
  passwordRequired: 'Enter a password.',
  passwordLength: 'The password must be 12 to 123 characters long.',
  passwordComplexity:
    'The password must contain 3 of: a lower case letter, an upper case letter, a digit, a special character.',
  passwordUserName: "The password can't contain the user name.",
  storageAccountRequired: 'Select a storage account.',
  subnetRequired: 'Select a subnet.',
  networkInterfaceRequired: 'Select a network interface.',
} as const;
export type ProcessServerProblem = keyof typeof PROBLEM_MESSAGES;

/** User names Azure refuses for a VM's administrator account. */
export const RESERVED_USER_NAMES: readonly string[] = [
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

const problem = (key: ProcessServerProblem) => ({ message: key });
const required = (key: ProcessServerProblem) => z.string().min(1, problem(key));

/** Windows computer name (surrounding spaces dropped): 1–15 letters, digits or hyphens, not only digits, no edge hyphen. */
export const serverNameSchema = z
  .string()
  .trim()
  .min(1, problem('serverNameRequired'))
  .max(15, problem('serverNameLength'))
  .regex(/^[A-Za-z0-9-]*$/, problem('serverNameCharacters'))
  .refine((v) => !/^[0-9]+$/.test(v), problem('serverNameDigits'))
  .refine((v) => !v.startsWith('-') && !v.endsWith('-'), problem('serverNameHyphen'));

/** Administrator: 1–20 characters, no white space nor any of \/"[]:|<>+=;,?*@&, no final dot, not reserved. */
export const userNameSchema = z
  .string()
  .min(1, problem('userNameRequired'))
  .max(20, problem('userNameLength'))
  .refine((v) => !/[\\/"[\]:|<>+=;,?*@&\s]/.test(v) && !v.endsWith('.'), problem('userNameCharacters'))
  .refine((v) => !RESERVED_USER_NAMES.includes(v.toLowerCase()), problem('userNameReserved'));

/** Password: 12–123 characters, 3 of lower case, upper case, digit, special; not containing the user name. */
export const passwordSchema = (userName: string) =>
  z
    .string()
    .min(1, problem('passwordRequired'))
    .refine((v) => v.length === 0 || (v.length >= 12 && v.length <= 123), problem('passwordLength'))
    .refine(
      (v) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length >= 3,
      problem('passwordComplexity'),
    )
    .refine(
      (v) => !userName || !v.toLowerCase().includes(userName.toLowerCase()),
      problem('passwordUserName'),
    );

/** The schema of each field; the password's depends on the user name. */
export function fieldSchema(
  field: ProcessServerField,
  values: Partial<ProcessServerValues>,
): z.ZodType<string> {
  switch (field) {
    case 'serverName':
      return serverNameSchema;
    case 'userName':
      return userNameSchema;
    case 'password':
      return passwordSchema(values.userName ?? '');
    default:
      return required(`${field}Required`);
  }
}

/** The field's first problem, or null when its value is valid. */
export function fieldProblem(
  field: ProcessServerField,
  values: Partial<ProcessServerValues>,
): ProcessServerProblem | null {
  const result = fieldSchema(field, values).safeParse(values[field] ?? '');
  return result.success ? null : (result.error.issues[0].message as ProcessServerProblem);
}

/** Every field's problem, in screen order; an empty object means the values are valid. */
export function processServerProblems(
  values: ProcessServerValues,
): Partial<Record<ProcessServerField, ProcessServerProblem>> {
  const problems: Partial<Record<ProcessServerField, ProcessServerProblem>> = {};
  for (const field of PROCESS_SERVER_FIELDS) {
    const found = fieldProblem(field, values);
    if (found) problems[field] = found;
  }
  return problems;
}
