import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The layout classes blades, panes and dialogs share, so each says what it lays out rather than
 * how: a column of fields or sections (`stack*`, by the gap between them), a wrapping row of
 * buttons or chips (`wrap*`), a row of controls or of a label and its icon (`row*`, `iconLabel`).
 */
export const useLayoutStyles = makeStyles({
  stackXS: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  stackS: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stackM: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  stackL: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  wrapXS: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  wrapS: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  /** Fields side by side, lined up on their inputs (a filter bar). */
  fieldRow: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  rowS: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  iconLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});
