import { useRef, useState } from 'react';
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ArmError } from '../../api/arm-client';
import { useStartOperation } from '../../api/items';
import { useLayoutStyles } from '../../components/layout-styles';
import { Pane } from '../../components/pane';
import { ChoiceField } from './choice-field';
import { type DeploymentOptions, simulatorFabricPath } from '../../api/process-server-api';
import { emptyForm, type FormField, firstInvalid, type ProcessServerForm, validateForm } from './validation';

type Errors = Partial<Record<FormField, string>>;

/** docs/api.md §5 `target` of a 400 (`properties.serverName`) → the field it names, if it is one. */
const TARGET_FIELDS: Record<string, FormField> = {
  resourcegroupname: 'resourceGroup',
  servername: 'serverName',
  username: 'userName',
  password: 'password',
  storageaccountid: 'storageAccount',
  subnetname: 'subnet',
  networkinterfaceid: 'networkInterface',
};

/** The Add process server form (PS-3, PS-4); a classic network only tells the Marketplace way. */
export function AddProcessServerForm(props: { vault: string; fabricId: string; options: DeploymentOptions }) {
  const { vault, fabricId, options } = props;
  const { t } = useTranslation('infra');
  const layout = useLayoutStyles();
  const start = useStartOperation(vault);
  const [subscription, setSubscription] = useState(options.subscriptions[0]?.id ?? '');
  const [networkId, setNetworkId] = useState('');
  const [form, setForm] = useState<ProcessServerForm>(emptyForm);
  const [errors, setErrors] = useState<Errors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const network = options.networks.find((n) => n.id === networkId);
  const classic = network?.deploymentModel === 'Classic';
  const resourceManager = network?.deploymentModel === 'ResourceManager';
  const dirty = Boolean(networkId) || Object.values(form).some(Boolean);

  const update = (field: FormField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // A corrected field loses its message at once; the others keep theirs until the next OK.
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const message = (field: FormField) =>
    errors[field] ? t(`addProcessServer.errors.${errors[field]}`) : undefined;
  // The first invalid control gets the focus (docs/ui-names.md §5); each field is marked by its key.
  const focus = (field: FormField | undefined) =>
    field &&
    fieldsRef.current
      ?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] button`)
      ?.focus();

  const onOk = async () => {
    if (!resourceManager || !network) return false;
    const found = validateForm(form);
    setErrors(found);
    if (firstInvalid(found)) {
      focus(firstInvalid(found));
      return false;
    }
    setSubmitError(null);
    try {
      await start.mutateAsync({
        path: simulatorFabricPath(fabricId, 'processServers'),
        body: {
          properties: {
            subscriptionId: subscription,
            networkId: network.id,
            resourceGroupName: form.resourceGroup,
            serverName: form.serverName.trim(),
            userName: form.userName,
            password: form.password,
            storageAccountId: form.storageAccount,
            subnetName: form.subnet,
            networkInterfaceId: form.networkInterface,
          },
        },
      });
      return true;
    } catch (caught) {
      if (!(caught instanceof ArmError)) throw caught;
      const field = TARGET_FIELDS[caught.target?.split('.').pop()?.toLowerCase() ?? ''];
      if (field) focus(field);
      setSubmitError(caught.message);
      return false;
    }
  };

  return (
    <Pane
      title={t('addProcessServer.title')}
      onOk={onOk}
      okDisabled={!resourceManager}
      okBusy={start.isPending}
      dirty={dirty}
      errorMessage={submitError}
    >
      <RadioGroup aria-label={t('addProcessServer.kind')} value="azure">
        <Radio value="azure" label={t('addProcessServer.deployInAzure')} />
      </RadioGroup>
      <ChoiceField
        label={t('addProcessServer.subscription')}
        value={subscription}
        choices={options.subscriptions.map((s) => ({ value: s.id, text: s.name }))}
        onChange={setSubscription}
      />
      <ChoiceField
        label={t('addProcessServer.network')}
        value={networkId}
        placeholder={t('addProcessServer.networkPlaceholder')}
        choices={options.networks.map((n) => ({
          value: n.id,
          text: `${n.name} (${t(`addProcessServer.models.${n.deploymentModel}`)})`,
        }))}
        onChange={(id) => {
          setNetworkId(id);
          setErrors({});
          // PS-3: the subnet belongs to the network; another network's subnet is not valid.
          setForm((f) => ({ ...f, subnet: '' }));
        }}
      />
      {classic && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('addProcessServer.classicTitle')}</MessageBarTitle>
            {t('addProcessServer.classicInstructions')}
          </MessageBarBody>
        </MessageBar>
      )}
      {resourceManager && (
        <div ref={fieldsRef} className={layout.stackL}>
          <ChoiceField
            label={t('addProcessServer.resourceGroup')}
            value={form.resourceGroup}
            choices={options.resourceGroups.map((rg) => ({ value: rg, text: rg }))}
            onChange={(v) => update('resourceGroup', v)}
            error={message('resourceGroup')}
            field="resourceGroup"
          />
          <TextField
            label={t('addProcessServer.serverName')}
            value={form.serverName}
            onChange={(v) => update('serverName', v)}
            error={message('serverName')}
            field="serverName"
          />
          <TextField
            label={t('addProcessServer.userName')}
            value={form.userName}
            onChange={(v) => update('userName', v)}
            error={message('userName')}
            field="userName"
          />
          <TextField
            label={t('addProcessServer.password')}
            type="password"
            value={form.password}
            onChange={(v) => update('password', v)}
            error={message('password')}
            hint={t('addProcessServer.passwordHint')}
            field="password"
          />
          <ChoiceField
            label={t('addProcessServer.storageAccount')}
            value={form.storageAccount}
            choices={options.storageAccounts.map((s) => ({ value: s.id, text: s.name }))}
            onChange={(v) => update('storageAccount', v)}
            error={message('storageAccount')}
            field="storageAccount"
          />
          <ChoiceField
            label={t('addProcessServer.subnet')}
            value={form.subnet}
            choices={(network?.subnets ?? []).map((s) => ({ value: s, text: s }))}
            onChange={(v) => update('subnet', v)}
            error={message('subnet')}
            field="subnet"
          />
          <ChoiceField
            label={t('addProcessServer.networkInterface')}
            value={form.networkInterface}
            choices={options.networkInterfaces.map((n) => ({ value: n.id, text: n.name }))}
            onChange={(v) => update('networkInterface', v)}
            error={message('networkInterface')}
            field="networkInterface"
          />
        </div>
      )}
    </Pane>
  );
}

function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'password';
  field: FormField;
}) {
  return (
    <Field
      data-field={props.field}
      label={props.label}
      hint={props.hint}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      <Input
        type={props.type}
        aria-required
        autoComplete={props.type === 'password' ? 'new-password' : 'off'}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
