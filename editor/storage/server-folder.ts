/**
 * `buurtkiosk edit PATH` mode: the page is served on 127.0.0.1 and reads and writes the folder through
 * the server, with the token from the page's own URL on every request.
 */
import type { Problem } from '../../core/content/problem';
import type { ContentFolder } from './content-folder';

/** The token when this page was opened by `buurtkiosk edit` (http://127.0.0.1:…/?token=…), else null. */
export function servedToken(loc: Location = window.location): string | null {
  if (loc.protocol !== 'http:' || loc.hostname !== '127.0.0.1') return null;
  return new URLSearchParams(loc.search).get('token');
}

/** Thrown when the server refuses to save; carries its problems (if it validated the content). */
export class SaveRefusedError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** The folder behind `buurtkiosk edit`, through its token-guarded API. */
export class ServerFolder implements ContentFolder {
  readonly saveMode = 'direct';
  label = 'map';

  constructor(private readonly token: string) {}

  #fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-buurtkiosk-token', this.token);
    return fetch(new URL(path, window.location.origin), { ...init, headers, cache: 'no-store' });
  }

  /** Reads the folder's name; call once before use. */
  async connect(): Promise<void> {
    const res = await this.#fetch('/api/folder');
    if (!res.ok) throw new Error(`map niet bereikbaar (${res.status})`);
    this.label = ((await res.json()) as { name: string }).name;
  }

  async readContent(): Promise<string | null> {
    const res = await this.#fetch('/api/content');
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`content.json niet leesbaar (${res.status})`);
    return res.text();
  }

  async listImages(): Promise<string[]> {
    const res = await this.#fetch('/api/images');
    if (!res.ok) throw new Error(`afbeeldingen niet leesbaar (${res.status})`);
    return (await res.json()) as string[];
  }

  async readImage(path: string): Promise<Blob | null> {
    const res = await this.#fetch(`/api/media/${path.split('/').map(encodeURIComponent).join('/')}`);
    return res.ok ? res.blob() : null;
  }

  async save(contentText: string, newImages: ReadonlyMap<string, Blob>): Promise<void> {
    for (const [path, blob] of newImages) {
      const res = await this.#fetch(`/api/media/${path.split('/').map(encodeURIComponent).join('/')}`, {
        method: 'PUT',
        headers: { 'content-type': blob.type || 'application/octet-stream' },
        body: blob,
      });
      if (!res.ok) throw new SaveRefusedError(await res.text());
    }
    const res = await this.#fetch('/api/content', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: contentText,
    });
    if (res.status === 422) {
      const body = (await res.json()) as { problems: Problem[] };
      throw new SaveRefusedError('de inhoud is niet in orde', body.problems);
    }
    if (!res.ok) throw new SaveRefusedError(await res.text());
  }
}
