/** `buurtkiosk edit [PAD]`: the staff editor in a browser, saving straight into the folder PAD. */
import type { BuiltEditor } from '../editor/built-editor';
import { startEditorServer } from '../editor/editor-server';
import { writeLaunchPage } from './launch-page';
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
  // The browser is given a private page that leads on to the address, not the address itself: its
  // token would stay readable by every account in the browser's command line (launch-page.ts).
  const launch = options.openBrowser ? await writeLaunchPage(server.url).catch(() => null) : null;
  const opened = launch !== null && (await open(launch.fileUrl));
  out(
    opened
      ? 'Je browser opent de editor. (Ctrl-C stopt)'
      : 'Kopieer dat adres naar je browser. (Ctrl-C stopt)',
  );
  await closeOnSignal({
    url: server.url,
    port: options.port,
    close: async () => {
      await launch?.remove().catch(() => undefined);
      await server.close();
    },
  });
  return 0;
}
