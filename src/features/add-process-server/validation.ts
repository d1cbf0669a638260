/**
 * PS-3: the form's side of Add process server validation. The rules themselves are written once in
 * contract/process-server-input.ts (docs/adr/0006), shared with the simulation: each problem is an
 * i18n key of the `infra` namespace (`addProcessServer.errors.*`), shown under its field before submit.
 */
import {
  PROCESS_SERVER_FIELDS,
  processServerProblems,
  type ProcessServerField,
  type ProcessServerProblem,
  type ProcessServerValues,
} from '../../../contract/process-server-input';

export type ProcessServerForm = ProcessServerValues;
export type FormField = ProcessServerField;
export type FormErrors = Partial<Record<FormField, ProcessServerProblem>>;

export const emptyForm = (): ProcessServerForm => ({
  resourceGroup: '',
  serverName: '',
  userName: '',
  password: '',
  storageAccount: '',
  subnet: '',
  networkInterface: '',
});

/** Every field's problem (i18n key), in screen order; an empty object means the form is valid. */
export const validateForm = (form: ProcessServerForm): FormErrors => processServerProblems(form);

/** The first invalid field in screen order: it gets the focus. */
export const firstInvalid = (errors: Partial<Record<FormField, string>>): FormField | undefined =>
  PROCESS_SERVER_FIELDS.find((field) => errors[field]);
