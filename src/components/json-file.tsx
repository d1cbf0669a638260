import { useRef, type ReactElement } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ hidden: { display: 'none' } });

/** Saves JSON as a file through a temporary object URL (the portal has no server to download from). */
export function downloadJson(document: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface JsonFileInput {
  /** Opens the browser's file picker (from the visible Import button). */
  open: () => void;
  /** The hidden, labelled file input; render it once. */
  input: ReactElement;
}

/**
 * Import a JSON file: a hidden file input, labelled, that reads the chosen file. A file that is not
 * JSON at all is refused here (`onInvalidJson` gets the parser's message) and nothing is sent;
 * otherwise `onDocument` gets the parsed document. The same file can be chosen again.
 */
export function useJsonFileInput(
  label: string,
  onDocument: (document: unknown) => void,
  onInvalidJson: (message: string) => void,
): JsonFileInput {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (e) {
      onInvalidJson((e as Error).message);
      return;
    }
    onDocument(document);
  };
  const input = (
    <input
      ref={ref}
      type="file"
      accept="application/json,.json"
      aria-label={label}
      className={styles.hidden}
      onChange={(e) => {
        void onFile(e.target.files?.[0]);
        e.target.value = '';
      }}
    />
  );
  return { open: () => ref.current?.click(), input };
}
