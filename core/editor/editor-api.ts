/** The names `buurtkiosk edit`'s server and the editor page agree on. */

/** The header that carries the token on every API call. */
export const TOKEN_HEADER = 'x-buurtkiosk-token';

/** The size of an image too big to send, so the editor can say so as the importer would. */
export const FILE_SIZE_HEADER = 'x-buurtkiosk-file-size';

/** GET /api/folder: the folder's name, whether it is on a stick, and whether it is signed. */
export interface FolderInfo {
  name: string;
  onStick: boolean;
  /** It holds ondertekening.json (or another signing file): a save makes the signature stale. */
  signed: boolean;
}
