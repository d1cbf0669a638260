import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ArmError } from '../../api/arm-client';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useStartOperation } from '../../api/items';
import { planPaths, usePlan } from './recovery-plans-api';

/**
 * Route `…/recovery-plans/:plan/commit` (RPL-1, ui-contract §5): the alert dialog "Commit" for
 * every machine of the plan, stating what commit deletes (LIFE-2, LIFE-5); one plan job.
 */
export function PlanCommitDialog() {
  const { t } = useTranslation(['plans', 'panes']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.plan ?? '';
  const navigate = useNavigate();
  const { plan, notFound, error: loadError } = usePlan(vault, name);
  const start = useStartOperation(vault);
  const [error, setError] = useState<string | null>(null);
  const close = () => void navigate('..', { relative: 'path' });

  const ok = async () => {
    if (!plan || start.isPending) return; // no second job from a double click
    setError(null);
    try {
      await start.mutateAsync({ path: planPaths.action(vault, plan.name, 'failoverCommit'), body: {} });
      close();
    } catch (caught) {
      if (!(caught instanceof ArmError)) throw caught;
      setError(caught.message);
    }
  };

  const problem = error ?? loadError?.message ?? (notFound ? t('pane.planNotFound', { name }) : null);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) close();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('commit.title')}</DialogTitle>
          <DialogContent>
            {problem ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {error ? <MessageBarTitle>{t('panes:pane.startFailed')}</MessageBarTitle> : null}
                  {problem}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {plan ? (
              t('commit.body', { name: plan.properties.friendlyName })
            ) : notFound ? null : (
              <Spinner size="tiny" label={t('pane.loading')} />
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!plan || start.isPending}
              icon={start.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => void ok()}
            >
              {t('commit.ok')}
            </Button>
            <Button appearance="secondary" onClick={close}>
              {t('commit.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
