import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, Field, makeStyles, MessageBar, Option, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { ArmError } from '../../api/arm-client';
import { exportScenario, useImportScenario, useLoadScenario, useScenarios } from './lab-api';
import { LabSection } from './lab-section';
import { useIgnoreRepeats } from '../../components/use-ignore-repeats';
import { downloadJson, useJsonFileInput } from '../../components/json-file';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Message = { intent: 'success' | 'error'; text: string } | null;

/** Scenario presets, reset, export and import (docs/ui-names.md §8). */
export function ScenarioSection() {
  const { t } = useTranslation('lab');
  const styles = useStyles();
  const scenarios = useScenarios();
  const load = useLoadScenario();
  const importScenario = useImportScenario();
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  // docs/ui-names.md §10: the buttons stay focusable while a world loads; repeats are ignored.
  const request = useIgnoreRepeats();
  const busy = request.pending;
  const title = (id: string | null) => scenarios.data?.find((s) => s.id === id)?.title ?? id ?? '';

  const loadScenario = (id: string) =>
    request.run(() =>
      load.mutateAsync(id).then(
        () => setMessage({ intent: 'success', text: t('loaded', { id: title(id) }) }),
        (e: Error) => setMessage({ intent: 'error', text: t('scenarioError', { message: e.message }) }),
      ),
    );

  const onExport = () =>
    request.run(async () => {
      try {
        const doc = await exportScenario();
        downloadJson(doc, `scenario-${new Date().toISOString().slice(0, 10)}.json`);
      } catch (e) {
        setMessage({ intent: 'error', text: t('scenarioError', { message: (e as Error).message }) });
      }
    });

  const fileInput = useJsonFileInput(
    t('importFile'),
    (document) =>
      request.run(() =>
        importScenario.mutateAsync(document).then(
          () => setMessage({ intent: 'success', text: t('imported') }),
          // The backend names the offending field by its JSON path (docs/api.md §2.2 `target`).
          (e: Error) =>
            setMessage({
              intent: 'error',
              text:
                e instanceof ArmError && e.target
                  ? t('importErrorAt', { message: e.message, target: e.target })
                  : t('importError', { message: e.message }),
            }),
        ),
      ),
    // Not JSON at all: refused locally, the world stays as it is.
    (message) => setMessage({ intent: 'error', text: t('invalidJson', { message }) }),
  );

  return (
    <LabSection title={t('sections.scenario')}>
      <Field label={t('scenario')}>
        <Dropdown
          value={title(selected)}
          selectedOptions={selected ? [selected] : []}
          onOptionSelect={(_, data) => setSelected(data.optionValue ?? null)}
        >
          {(scenarios.data ?? []).map((s) => (
            <Option key={s.id} value={s.id} text={s.title}>
              {s.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!selected}
          disabledFocusable={busy}
          onClick={() => selected && loadScenario(selected)}
        >
          {t('loadScenario')}
        </Button>
        <Button onClick={() => loadScenario('default')}>{t('resetLab')}</Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void onExport()}>
          {t('exportScenario')}
        </Button>
        <Button icon={<ArrowUploadRegular />} onClick={fileInput.open}>
          {t('importScenario')}
        </Button>
        {fileInput.input}
      </div>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          {message.text}
        </MessageBar>
      )}
    </LabSection>
  );
}
