/** The names `buurtkiosk edit`'s server and the editor page agree on. */

/** The header that carries the token on every API call. */
export const TOKEN_HEADER = 'x-buurtkiosk-token';

/** The size of an image too big to send, so the editor can say so as the importer would. */
export const FILE_SIZE_HEADER = 'x-buurtkiosk-file-size';

/**
 * A write the folder refused (full, read-only, gone): 507 Insufficient Storage, with the Dutch
 * `{ reason, advice }` of core/editor/save-trouble.ts as the body. The old file stays.
 */
export const WRITE_FAILED_STATUS = 507;

/** GET /api/folder: the folder's name, whether it is on a stick, and whether it is signed. */
export interface FolderInfo {
  name: string;
  onStick: boolean;
  /** It holds ondertekening.json (or another signing file): a save makes the signature stale. */
  signed: boolean;
}
