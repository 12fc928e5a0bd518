/** `buurtkiosk edit [PAD]`: the staff editor in a browser, saving straight into the folder PAD. */
import { startEditorServer } from '../editor/editor-server';
import { closeOnSignal } from './serve-command';

/** Serves until Ctrl-C; prints the address (with its token) to open. */
export async function editCommand(dir: string, port: number, out: (line: string) => void): Promise<number> {
  const server = await startEditorServer({ dir, port });
  out(`De editor bewerkt ${server.dir}`);
  out(`Open in je browser: ${server.url}`);
  out('(Ctrl-C stopt)');
  await closeOnSignal({ url: server.url, port, close: () => server.close() });
  return 0;
}
