import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * Why a pane's operation is refused now (rule-cited reasons from the eligibility), under its title;
 * nothing when it is allowed. An item pane blocks OK (error); a plan pane warns and OK says why.
 */
export function NotAllowedBar({
  title,
  reason,
  intent = 'error',
}: {
  title: string;
  reason: string | null;
  intent?: 'error' | 'warning';
}) {
  if (!reason) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {reason}
      </MessageBarBody>
    </MessageBar>
  );
}
