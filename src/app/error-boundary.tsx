import { Component, type ErrorInfo, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { i18n } from '../i18n';

interface State {
  error: Error | null;
}

/** Shows a message instead of a white screen when rendering throws (a class: React has no hook for it). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <ErrorMessage message={this.state.error.message} />;
  }
}

export function ErrorMessage({ message }: { message: string }) {
  // i18n.t directly: this must render even when a provider above failed.
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t('common:errorBoundary.title')}</MessageBarTitle>
        {i18n.t('common:errorBoundary.body', { message })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()}>{i18n.t('common:errorBoundary.reload')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
