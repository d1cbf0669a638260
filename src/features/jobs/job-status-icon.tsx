import { Spinner } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DismissCircleFilled,
  PauseCircleFilled,
  SubtractCircleFilled,
} from '@fluentui/react-icons';
import { jobStatusKey } from '../../components/job-text';

/** Decorative: the status text beside it carries the meaning. */
export function JobStatusIcon({ state }: { state: string }) {
  switch (jobStatusKey(state)) {
    case 'InProgress':
      return <Spinner size="extra-tiny" aria-hidden />;
    case 'Succeeded':
      return <CheckmarkCircleFilled aria-hidden color="var(--colorPaletteGreenForeground1)" />;
    case 'Failed':
      return <DismissCircleFilled aria-hidden color="var(--colorPaletteRedForeground1)" />;
    case 'WaitingForInput':
      return <PauseCircleFilled aria-hidden color="var(--colorBrandForeground1)" />;
    default:
      return <SubtractCircleFilled aria-hidden color="var(--colorNeutralForeground3)" />;
  }
}
