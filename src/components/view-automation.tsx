import { useId, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular, Copy20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { azRestCommand, formatArmRequest, type ArmOperationRequest } from '../api/automation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toggle: { alignSelf: 'flex-start' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    maxHeight: '16rem',
    overflow: 'auto',
    whiteSpace: 'pre',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Kind = 'arm' | 'powershell' | 'azRest';

/** One labelled code block with its Copy button and a polite "Copied" status. */
function CodeBlock({ kind, code }: { kind: Kind; code: string }) {
  const { t } = useTranslation('automation');
  const styles = useStyles();
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return (
    <div role="region" aria-labelledby={`${id}-label`} className={styles.block}>
      <div className={styles.head}>
        <Text as="h3" weight="semibold" id={`${id}-label`}>
          {t(`${kind}.label`)}
        </Text>
        <Button size="small" appearance="subtle" icon={<Copy20Regular />} onClick={() => void copy()}>
          {t(`${kind}.copy`)}
        </Button>
        <Text role="status" aria-live="polite" size={200}>
          {status}
        </Text>
      </div>
      {/* Focusable so a keyboard can scroll a long script (axe scrollable-region-focusable). */}
      <pre tabIndex={0} aria-labelledby={`${id}-label`} className={styles.code}>
        <code>{code}</code>
      </pre>
    </div>
  );
}

/**
 * View automation (docs/ui-names.md §4): the request the pane will send for the values now in the
 * form, as ARM, Azure PowerShell and `az rest`. `request` is the very object OK sends.
 */
export function ViewAutomation({
  request,
  powershell,
  azRest,
  note,
}: {
  request: ArmOperationRequest;
  powershell: string;
  /** When Azure's own call differs from the simulator's (a simulator-only route). */
  azRest?: string;
  /** Replaces the default note, e.g. to say how the Azure call differs. */
  note?: string;
}) {
  const { t } = useTranslation('automation');
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        onClick={() => setOpen((value) => !value)}
      >
        {t('view')}
      </Button>
      {open ? (
        <div id={panelId} className={styles.root}>
          <Text size={200}>{note ?? t('note')}</Text>
          <CodeBlock kind="arm" code={formatArmRequest(request)} />
          <CodeBlock kind="powershell" code={powershell} />
          <CodeBlock kind="azRest" code={azRest ?? azRestCommand(request)} />
        </div>
      ) : null}
    </div>
  );
}
