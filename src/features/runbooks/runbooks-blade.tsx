import { useState } from 'react';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
  ToolbarButton,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ArmError } from '../../api/arm-client';
import { runbookText, useImportRunbook, useRunbooks } from '../../api/runbooks';
import type { RunbookEntry } from '../../api/wire-types';
import { Blade } from '../../components/blade';
import { CommandBar } from '../../components/command-bar';
import { useLayoutStyles } from '../../components/layout-styles';
import { LoadState } from '../../components/load-state';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { downloadJson, useJsonFileInput } from '../../components/json-file';

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Columns as wide as their content (titles and rule lists are long, counts short).
  table: { '& table': { tableLayout: 'auto' } },
});

type Message =
  { intent: 'success'; text: string } | { intent: 'error'; text: string; problems: string[] } | null;

/** The rule ids a runbook teaches: every step's, once each, in order of first use. */
const rulesOf = (runbook: RunbookEntry) => [...new Set(runbook.steps.flatMap((step) => step.rules ?? []))];

/** A 400 InvalidRunbook lists each problem as `path: reason` (details' targets, else message lines). */
function problemsOf(error: Error): string[] {
  if (!(error instanceof ArmError)) return [error.message];
  const lines = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : [error.code];
}

/** docs/runbooks.md §3: h1 Runbooks, subtitle Training; the table; Import runbook; Export per row. */
export function RunbooksBlade() {
  const { t, i18n } = useTranslation('runbooks');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const runbooks = useRunbooks();
  const importRunbook = useImportRunbook();
  const [message, setMessage] = useState<Message>(null);
  const lang = i18n.language;

  const fileInput = useJsonFileInput(
    t('list.importFile'),
    (document) =>
      importRunbook.mutate(document, {
        onSuccess: (entry) =>
          setMessage({
            intent: 'success',
            text: t('list.imported', { title: runbookText(entry.title, lang) }),
          }),
        onError: (e) => setMessage({ intent: 'error', text: t('list.importError'), problems: problemsOf(e) }),
      }),
    // Not JSON at all: refused here, nothing changes.
    (reason) =>
      setMessage({
        intent: 'error',
        text: t('list.importError'),
        problems: [t('list.invalidJson', { message: reason })],
      }),
  );

  const exportRunbook = (runbook: RunbookEntry) => {
    const { builtIn: _builtIn, ...document } = runbook;
    downloadJson(document, `${runbook.id}.runbook.json`);
  };

  return (
    <Blade
      title={t('list.title')}
      subtitle={t('list.subtitle')}
      commands={
        <CommandBar>
          <ToolbarButton
            appearance="subtle"
            icon={<ArrowUploadRegular />}
            onClick={() => {
              if (!importRunbook.isPending) fileInput.open();
            }}
          >
            {t('list.import')}
          </ToolbarButton>
        </CommandBar>
      }
    >
      {fileInput.input}
      {message?.intent === 'error' ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{message.text}</MessageBarTitle>
            <ul className={styles.problems}>
              {message.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : message ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t('list.intro')}</Text>
      <LoadState isLoading={runbooks.isLoading} error={runbooks.error} />
      {runbooks.data ? (
        <div className={styles.table}>
          <SimpleTable
            label={t('list.table')}
            headers={columnHeaders(t, 'list.columns', ['title', 'steps', 'time', 'rules', 'actions'])}
            rows={runbooks.data}
            rowKey={(runbook) => runbook.id}
            cells={(runbook) => {
              const title = runbookText(runbook.title, lang);
              return [
                <span key="title" className={layout.rowS}>
                  <RouterLink to={`/runbooks/${encodeURIComponent(runbook.id)}`}>{title}</RouterLink>
                  {runbook.builtIn ? null : (
                    <Badge appearance="outline" size="small">
                      {t('list.importedBadge')}
                    </Badge>
                  )}
                </span>,
                runbook.steps.length,
                t('list.minutes', { minutes: runbook.estimatedMinutes }),
                <span key="rules" className={layout.wrapXS}>
                  {rulesOf(runbook).join(', ')}
                </span>,
                <Button
                  key="export"
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownloadRegular />}
                  aria-label={t('list.export', { title })}
                  title={t('list.export', { title })}
                  onClick={() => exportRunbook(runbook)}
                />,
              ];
            }}
          />
        </div>
      ) : null}
    </Blade>
  );
}
