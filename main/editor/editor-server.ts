/**
 * Starts `buurtkiosk edit` on 127.0.0.1: the editor page and the API over one folder, behind a random
 * token. The host answers only our own loopback names (DNS rebinding) and the editor's methods.
 */
import { randomBytes } from 'node:crypto';
import { startHttpHost } from '../server/http-host';
import { readBuiltEditor, type BuiltEditor } from './built-editor';
import { EditorFolder } from './editor-folder';
import { createEditorHandler, EDITOR_METHODS } from './editor-handler';

/** A running `buurtkiosk edit` server. */
export interface EditorServer {
  /** Open this in a browser: it carries the token. */
  url: string;
  /** The folder being edited (a stick root resolves to its buurtkiosk/ folder). */
  dir: string;
  close(): Promise<void>;
}

/** Which folder, which port (0: a free one) and, for tests, which built editor. */
export interface EditorServerOptions {
  dir: string;
  port?: number;
  /** For tests: a built editor other than dist/editor. */
  editor?: BuiltEditor;
}

/** Starts serving; resolves once listening. */
export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const folder = await EditorFolder.open(options.dir);
  const { html, csp } = options.editor ?? (await readBuiltEditor());
  const token = randomBytes(18).toString('base64url');
  const handler = createEditorHandler({ folder, token, html, csp });
  const host = await startHttpHost(handler, options.port ?? 0, { methods: EDITOR_METHODS });
  return { url: `${host.url}?token=${token}`, dir: folder.real, close: () => host.close() };
}
