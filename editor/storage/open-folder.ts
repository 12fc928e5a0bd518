/** Turns staff's choice on the open screen into a ContentFolder (or null when they cancel). */
import type { ContentFolder } from './content-folder';
import {
  FsAccessFolder,
  canPickDirectory,
  createContentDirectory,
  pickDirectory,
  resolveContentDirectory,
} from './fs-access-folder';
import { UploadFolder } from './upload-folder';

/** Thrown with a Dutch message staff can act on. */
export class OpenFolderError extends Error {}

/** Opens a folder the way staff chose: the picker, chosen files, or a new (empty) one. */
export async function openFolder(
  how: 'pick-directory' | 'files' | 'new',
  files: FileList | null,
): Promise<ContentFolder | null> {
  if (how === 'files') {
    const file = files?.item(0);
    if (!files || !file) return null;
    if (files.length === 1 && !file.webkitRelativePath) return UploadFolder.fromFile(file);
    const folder = UploadFolder.fromDirectory(files);
    if (!folder)
      throw new OpenFolderError('in deze map staat geen content.json; kies de map buurtkiosk op de stick');
    return folder;
  }
  if (!canPickDirectory()) return how === 'new' ? UploadFolder.empty() : null;
  const picked = await pickDirectory();
  if (!picked) return null;
  const dir = await resolveContentDirectory(picked);
  if (dir) return new FsAccessFolder(dir);
  if (
    how === 'new' ||
    confirm(`In "${picked.name}" staat geen map buurtkiosk. Zal de editor er een maken?`)
  ) {
    return new FsAccessFolder(await createContentDirectory(picked));
  }
  return null;
}
