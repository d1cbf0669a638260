import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate, type BlockerFunction } from 'react-router';
import { DiscardDialog } from './discard-dialog';
import { ErrorBar } from './error-bar';
import { useReturnFocus } from './focus-return';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  footer: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, gap: tokens.spacingHorizontalS },
});

export interface PaneProps {
  /** The pane's h2 and so its dialog's accessible name (docs/ui-names.md §1). */
  title: string;
  children?: ReactNode;
  /**
   * Runs on OK. Resolve `true` when the job started (the pane closes), `false` to stay open
   * (invalid form, or an error shown in the pane). A second click while it runs is ignored.
   */
  onOk: () => Promise<boolean> | boolean;
  okDisabled?: boolean;
  okBusy?: boolean;
  /** Changed fields: Cancel, Esc and Back then ask "Discard changes?" first (docs/ui-names.md §5). */
  dirty?: boolean;
  /** An error from starting the job (ArmError message): shown at the top, the fields kept. */
  errorMessage?: string | null;
  /** How to close; by default the pane's child route goes back to its parent blade (`..`). */
  onClose?: () => void;
}

interface FrameContext {
  setRequestClose: (requestClose: (() => void) | null) => void;
}
const PaneFrameContext = createContext<FrameContext | null>(null);

/**
 * The modal drawer itself, kept mounted while the pane's content changes (loading → form): a
 * remounted modal leaves Fluent's focus trap hiding the blade behind it (aria-hidden). Route
 * components wrap their `Pane`s in one frame; a `Pane` outside a frame makes its own.
 */
export function PaneFrame({ children }: { children?: ReactNode }) {
  useReturnFocus();
  const requestCloseRef = useRef<(() => void) | null>(null);
  const context = useMemo<FrameContext>(
    () => ({
      setRequestClose: (requestClose) => {
        requestCloseRef.current = requestClose;
      },
    }),
    [],
  );
  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_event, data) => {
        // Esc and a click outside ask the current content to close (it may ask to discard first).
        if (!data.open) requestCloseRef.current?.();
      }}
    >
      <PaneFrameContext.Provider value={context}>{children}</PaneFrameContext.Provider>
    </OverlayDrawer>
  );
}

/** A portal side pane: header (h2 naming the dialog), scrollable body, footer OK / Cancel. */
export function Pane(props: PaneProps) {
  const frame = useContext(PaneFrameContext);
  if (frame) return <PaneContent {...props} frame={frame} />;
  return (
    <PaneFrame>
      <Pane {...props} />
    </PaneFrame>
  );
}

function PaneContent(props: PaneProps & { frame: FrameContext }) {
  const { title, children, onOk, okDisabled, okBusy, dirty = false, errorMessage, onClose, frame } = props;

  const { t } = useTranslation('panes');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [running, setRunning] = useState(false);
  const runningRef = useRef(false);
  // Set just before the pane closes itself, so its own navigation is never blocked.
  const leavingRef = useRef(false);

  // Browser Back (or any link) out of a changed pane asks first; the pane route is the unit.
  const shouldBlock: BlockerFunction = ({ currentLocation, nextLocation }) =>
    dirty && !leavingRef.current && currentLocation.pathname !== nextLocation.pathname;
  const blocker = useBlocker(shouldBlock);

  const close = useCallback(() => {
    leavingRef.current = true;
    if (onClose) onClose();
    else void navigate('..', { relative: 'path' });
  }, [navigate, onClose]);

  const requestClose = () => {
    if (asking || blocker.state === 'blocked') return;
    if (dirty) setAsking(true);
    else close();
  };

  const discard = () => {
    setAsking(false);
    if (blocker.state === 'blocked') {
      leavingRef.current = true;
      blocker.proceed();
    } else close();
  };
  const keepEditing = () => {
    setAsking(false);
    if (blocker.state === 'blocked') blocker.reset();
  };

  const ok = async () => {
    if (runningRef.current) return; // no double job from a double click
    runningRef.current = true;
    setRunning(true);
    let started = false;
    try {
      started = await onOk();
    } finally {
      // Once the job started the pane is closing: OK stays locked (no second job).
      if (!started) {
        runningRef.current = false;
        setRunning(false);
      }
    }
    if (started) close();
  };

  useEffect(() => {
    frame.setRequestClose(requestClose);
    return () => frame.setRequestClose(null);
  });

  const busy = running || Boolean(okBusy);
  return (
    <>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t('pane.close')}
              icon={<Dismiss24Regular />}
              onClick={requestClose}
            />
          }
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={layout.stackL}>
        {errorMessage ? <ErrorBar title={t('pane.startFailed')}>{errorMessage}</ErrorBar> : null}
        {children}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button
          appearance="primary"
          disabled={okDisabled}
          // docs/ui-names.md §10: OK stays focusable while its job starts (a repeat is ignored in `ok`).
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" aria-label={t('pane.starting')} /> : undefined}
          onClick={() => void ok()}
        >
          {t('pane.ok')}
        </Button>
        <Button appearance="secondary" onClick={requestClose}>
          {t('pane.cancel')}
        </Button>
      </DrawerFooter>
      <DiscardDialog
        open={asking || blocker.state === 'blocked'}
        onDiscard={discard}
        onKeepEditing={keepEditing}
      />
    </>
  );
}

/** The pane body while its item loads, or why it cannot show (unknown item, failed request). */
export function PaneStatus({
  name,
  notFound,
  error,
}: {
  name: string;
  notFound: boolean;
  error?: Error | null;
}) {
  const { t } = useTranslation('panes');
  if (notFound || error) {
    return <ErrorBar>{error ? error.message : t('pane.itemNotFound', { name })}</ErrorBar>;
  }
  return <Spinner label={t('pane.loading')} />;
}
