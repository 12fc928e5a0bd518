/** `buurtkiosk edit [PAD]`: the staff editor in a browser, saving straight into the folder PAD. */
import type { BuiltEditor } from '../editor/built-editor';
import { startEditorServer } from '../editor/editor-server';
import { openInBrowser } from './open-browser';
import { explainTakenPort } from './port-taken';
import { closeOnSignal } from './serve-command';

/** How `edit` runs: the port (0: a free one) and whether to open the browser. */
export interface EditOptions {
  port: number;
  openBrowser: boolean;
  /** For tests: a built editor other than dist/editor. */
  editor?: BuiltEditor;
}

/** Serves until Ctrl-C; prints the address (with its token) at once and opens it where it can. */
export async function editCommand(
  dir: string,
  options: EditOptions,
  out: (line: string) => void,
  open: (url: string) => Promise<boolean> = openInBrowser,
): Promise<number> {
  const server = await explainTakenPort(options.port, () =>
    startEditorServer({ dir, port: options.port, ...(options.editor ? { editor: options.editor } : {}) }),
  );
  out(`De editor bewerkt ${server.dir}`);
  out(`Open in je browser: ${server.url}`);
  const opened = options.openBrowser && (await open(server.url));
  out(
    opened
      ? 'Je browser opent de editor. (Ctrl-C stopt)'
      : 'Kopieer dat adres naar je browser. (Ctrl-C stopt)',
  );
  await closeOnSignal({ url: server.url, port: options.port, close: () => server.close() });
  return 0;
}
