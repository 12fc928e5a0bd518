/**
 * `buurtkiosk edit PATH` mode: the page is served on 127.0.0.1 and reads and writes the folder through
 * the server, with the token from the page's own URL on every request.
 */
import type { Problem } from '../../core/content/problem';
import {
  FILE_SIZE_HEADER,
  TOKEN_HEADER,
  WRITE_FAILED_STATUS,
  type FolderInfo,
} from '../../core/editor/editor-api';
import type { ContentFolder, ImageFile } from './content-folder';
import { SaveError, withWritten } from './save-error';

/** True when this page comes from `buurtkiosk edit` (http on this computer) rather than a file. */
export function isServed(loc: Location = window.location): boolean {
  return loc.protocol === 'http:' && (loc.hostname === '127.0.0.1' || loc.hostname === 'localhost');
}

/** The token when this page was opened by `buurtkiosk edit` (http://127.0.0.1:…/?token=…), else null. */
export function servedToken(loc: Location = window.location): string | null {
  return isServed(loc) ? new URLSearchParams(loc.search).get('token') : null;
}

/** The folder behind `buurtkiosk edit`, through its token-guarded API. */
export class ServerFolder implements ContentFolder {
  readonly saveMode = 'direct';
  label = 'map';
  target: 'stick' | 'folder' = 'folder';
  #signed = false;

  constructor(private readonly token: string) {}

  #fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set(TOKEN_HEADER, this.token);
    return fetch(new URL(path, window.location.origin), { ...init, headers, cache: 'no-store' });
  }

  /** Reads the folder's name, whether it is on a stick and whether it is signed; call once before use. */
  async connect(): Promise<void> {
    const res = await this.#fetch('/api/folder');
    if (!res.ok) throw new Error(`map niet bereikbaar (${res.status})`);
    const info = (await res.json()) as FolderInfo;
    this.label = info.name;
    this.target = info.onStick === true ? 'stick' : 'folder';
    this.#signed = info.signed === true;
  }

  async isSigned(): Promise<boolean> {
    return this.#signed;
  }

  async readContent(): Promise<string | null> {
    const res = await this.#fetch('/api/content');
    if (res.status === 404) return null;
    // 422: the server's own words (a link to a file outside the folder, not a regular file, too big).
    if (res.status === 422) throw new Error(await res.text());
    if (!res.ok) throw new Error(`content.json niet leesbaar (${res.status})`);
    return res.text();
  }

  async listImages(): Promise<string[]> {
    const res = await this.#fetch('/api/images');
    if (!res.ok) throw new Error(`afbeeldingen niet leesbaar (${res.status})`);
    return (await res.json()) as string[];
  }

  async readImage(path: string): Promise<ImageFile> {
    const res = await this.#fetch(`/api/media/${path.split('/').map(encodeURIComponent).join('/')}`);
    if (res.status === 413)
      return { found: true, size: Number(res.headers.get(FILE_SIZE_HEADER)), blob: null };
    if (!res.ok) return { found: false };
    const blob = await res.blob();
    return { found: true, size: blob.size, blob };
  }

  /** Photos first, content.json last; a failure says what was already written. */
  async save(contentText: string, newImages: ReadonlyMap<string, Blob>): Promise<void> {
    const written: string[] = [];
    try {
      for (const [path, blob] of newImages) {
        const res = await this.#fetch(`/api/media/${path.split('/').map(encodeURIComponent).join('/')}`, {
          method: 'PUT',
          headers: { 'content-type': blob.type || 'application/octet-stream' },
          body: blob,
        });
        if (!res.ok) throw await refusal(res);
        written.push(path);
      }
      const res = await this.#fetch('/api/content', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: contentText,
      });
      if (res.status === 422) {
        const body = (await res.json()) as { problems: Problem[] };
        throw new SaveError('de inhoud is niet in orde', '', [], body.problems);
      }
      if (!res.ok) throw await refusal(res);
    } catch (err) {
      // fetch rejects with a TypeError when the server is gone (the `buurtkiosk edit` window closed).
      throw withWritten(err instanceof TypeError ? SERVER_GONE : err, written);
    }
  }
}

const SERVER_GONE = new SaveError(
  'de editor kan buurtkiosk edit niet meer bereiken (is dat venster gesloten?)',
);

/** The server's answer to a refused write: its words for a full or read-only folder, else its text. */
async function refusal(res: Response): Promise<SaveError> {
  if (res.status === WRITE_FAILED_STATUS) {
    const body = (await res.json().catch(() => null)) as { reason?: unknown; advice?: unknown } | null;
    if (typeof body?.reason === 'string') {
      return new SaveError(body.reason, typeof body.advice === 'string' ? body.advice : '');
    }
  }
  return new SaveError(await res.text().catch(() => `fout ${res.status}`));
}
