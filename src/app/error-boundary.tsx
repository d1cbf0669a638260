import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
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

// An error bar drawn with the theme's danger colours: Fluent's MessageBar (and its icons) would
// add about 6 KB gzip to the entry for a message that is rarely shown (docs/performance.md).
const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  text: { flexGrow: 1 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

export function ErrorMessage({ message }: { message: string }) {
  const styles = useStyles();
  // i18n.t directly: this must render even when a provider above failed.
  return (
    <div className={styles.bar} role="alert">
      <div className={styles.text}>
        <span className={styles.title}>{i18n.t('common:errorBoundary.title')}</span>
        {i18n.t('common:errorBoundary.body', { message })}
      </div>
      <Button onClick={() => window.location.reload()}>{i18n.t('common:errorBoundary.reload')}</Button>
    </div>
  );
}
