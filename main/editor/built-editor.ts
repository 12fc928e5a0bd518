/**
 * The built staff editor: one self-contained HTML file (scripts/build-editor.mjs). The USB importer
 * copies it to the stick as buurtkiosk/beheer.html; `buurtkiosk edit` serves it with its own CSP.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appRoot } from '../paths';

/** dist/editor/beheer.html: what goes on every stick as buurtkiosk/beheer.html. */
export const builtEditorFile = path.join(appRoot, 'dist', 'editor', 'beheer.html');
/** The editor's Content-Security-Policy with the hashes of its inline script and styles. */
export const builtEditorCspFile = path.join(appRoot, 'dist', 'editor', 'beheer-csp.json');

/** The page and its Content-Security-Policy. */
export interface BuiltEditor {
  html: string;
  csp: string;
}

/** Reads the built editor; throws with a Dutch hint when it has not been built. */
export async function readBuiltEditor(
  file = builtEditorFile,
  cspFile = builtEditorCspFile,
): Promise<BuiltEditor> {
  try {
    const [html, csp] = await Promise.all([readFile(file, 'utf8'), readFile(cspFile, 'utf8')]);
    return { html, csp: (JSON.parse(csp) as { csp: string }).csp };
  } catch {
    throw new Error(`de editor is niet gebouwd (${file} ontbreekt): voer eerst "npm run build" uit`);
  }
}
