/**
 * `buurtkiosk edit`'s request handler: the editor page under its own CSP (hashes of its inline script
 * and styles; the kiosk's strict CSP would block them) and a small API over one folder. Every API call
 * needs the random token from the page's URL; writes also need our own Origin. Host is checked so a
 * DNS-rebinding page cannot reach the server under another name.
 */
import { timingSafeEqual } from 'node:crypto';
import { FILE_SIZE_HEADER, TOKEN_HEADER } from '../../core/editor/editor-api';
import type { Problem } from '../../core/content/problem';
import { withPlaces } from '../../core/content/place';
import { validateContentText } from '../../core/content/validate';
import { imageRefs } from '../../core/import/image-refs';
import { parseJsonSafely } from '../../core/content/safe-json';
import { MAX_CONTENT_BYTES } from '../content/load-content';
import { checkImages } from '../import/check-images';
import { MAX_IMAGE_BYTES } from '../import/limits';
import type { Handler } from '../server/handler';
import { COMMON_HEADERS } from '../server/security-headers';
import type { EditorFolder } from './editor-folder';

/** The folder, the token and the page the handler serves. */
export interface EditorHandlerOptions {
  folder: EditorFolder;
  token: string;
  html: string;
  csp: string;
  /** The port the server listens on (known after listen), for the Host and Origin checks. */
  port: () => number;
}

/** Creates the handler. */
export function createEditorHandler(o: EditorHandlerOptions): Handler {
  const tokenBytes = Buffer.from(o.token);
  const tokenOk = (given: string | null) => {
    const bytes = Buffer.from(given ?? '');
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  return async function handle(request: Request): Promise<Response> {
    const host = request.headers.get('host') ?? '';
    const port = o.port();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return text(421, 'Onbekende host');
    const url = new URL(request.url);
    const route = url.pathname;
    if (route === '/' || route === '/beheer.html') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Methode niet toegestaan');
      if (!tokenOk(url.searchParams.get('token'))) return howToGetIn(request.method === 'HEAD');
      return new Response(request.method === 'HEAD' ? null : o.html, {
        headers: {
          ...COMMON_HEADERS,
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'content-security-policy': `${o.csp}; frame-ancestors 'none'`,
        },
      });
    }
    if (!route.startsWith('/api/')) return text(404, 'Niet gevonden');
    if (!tokenOk(request.headers.get(TOKEN_HEADER))) return text(403, 'Geen toegang');
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin') return text(403, 'Geen toegang');
    const isWrite = request.method === 'PUT';
    if (isWrite && request.headers.get('origin') !== `http://${host}`) return text(403, 'Geen toegang');
    if (!isWrite && request.method !== 'GET') return text(405, 'Methode niet toegestaan');
    return isWrite ? write(o.folder, route, request) : read(o.folder, route);
  };
}

async function read(folder: EditorFolder, route: string): Promise<Response> {
  if (route === '/api/folder') return json({ name: folder.name, onStick: folder.onStick });
  if (route === '/api/content') {
    const content = await folder.readContent();
    return content === null
      ? text(404, 'Nog geen content.json')
      : new Response(content, {
          headers: { ...COMMON_HEADERS, ...NO_STORE, 'content-type': 'application/json; charset=utf-8' },
        });
  }
  if (route === '/api/images') return json(await folder.listImages());
  if (route.startsWith('/api/media/')) {
    const image = await folder.readImage(decodeRoute(route.slice('/api/media/'.length)));
    if (!image) return text(404, 'Afbeelding niet gevonden');
    if ('tooBig' in image) {
      return new Response('Afbeelding te groot', {
        status: 413,
        headers: {
          ...COMMON_HEADERS,
          'content-type': 'text/plain; charset=utf-8',
          [FILE_SIZE_HEADER]: String(image.tooBig),
        },
      });
    }
    return new Response(new Uint8Array(image.body), {
      headers: { ...COMMON_HEADERS, ...NO_STORE, 'content-type': image.type },
    });
  }
  return text(404, 'Niet gevonden');
}

async function write(folder: EditorFolder, route: string, request: Request): Promise<Response> {
  if (route === '/api/content') {
    if (!request.headers.get('content-type')?.startsWith('application/json'))
      return text(415, 'Verwacht JSON');
    const body = await readBody(request, MAX_CONTENT_BYTES);
    if (body === null) return text(413, 'content.json is te groot');
    const contentText = new TextDecoder().decode(body);
    const problems = await contentProblems(folder, contentText);
    if (problems.length > 0) return json({ problems }, 422);
    await folder.writeContent(contentText);
    return json({ ok: true });
  }
  if (route.startsWith('/api/media/')) {
    if (!request.headers.get('content-type')?.startsWith('image/'))
      return text(415, 'Verwacht een afbeelding');
    const body = await readBody(request, MAX_IMAGE_BYTES);
    if (body === null) return text(413, 'De afbeelding is te groot (hoogstens 10 MB)');
    const refused = await folder.writeImage(decodeRoute(route.slice('/api/media/'.length)), body);
    return refused ? text(400, refused) : json({ ok: true });
  }
  return text(404, 'Niet gevonden');
}

/** The same checks as an import: the schema, and every image present and real. */
async function contentProblems(folder: EditorFolder, contentText: string): Promise<Problem[]> {
  const result = validateContentText(contentText);
  if (!result.ok) return result.problems;
  const parsed = parseJsonSafely(contentText);
  if (!parsed.ok) return parsed.problems;
  const check = await checkImages(folder.real, contentText, imageRefs(parsed.value), new Set(), 'folder');
  return withPlaces(check.problems, parsed.value);
}

function decodeRoute(encoded: string): string {
  try {
    return encoded.split('/').map(decodeURIComponent).join('/');
  } catch {
    return '';
  }
}

/** The body, or null once it passes `max` bytes (reading stops there). */
async function readBody(request: Request, max: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length') ?? '0') > max) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const NO_STORE = { 'cache-control': 'no-store' };

/** A visit without the token (an old bookmark, a typed address): how to get in, in plain Dutch. */
const HOW_TO_GET_IN = `<!doctype html>
<html lang="nl-BE">
<meta charset="utf-8">
<title>Buurtkiosk-editor: open het volledige adres</title>
<h1>Open het volledige adres uit het venster van buurtkiosk edit</h1>
<p>Deze editor hoort bij het venster waarin <code>buurtkiosk edit</code> draait. Daar staat een adres dat
eindigt op <code>?token=</code> en een lange code. Alleen met dat volledige adres kom je binnen: zo kan
geen andere website of ander programma aan je bestanden.</p>
<ol>
  <li>Kopieer het volledige adres uit dat venster en plak het in de adresbalk van je browser.</li>
  <li>Geen venster meer, of is het adres kwijt? Start de editor opnieuw met
    <code>buurtkiosk edit MAP</code> (bv. <code>buurtkiosk edit E:\buurtkiosk</code>). Hij opent dan zelf
    je browser met het juiste adres.</li>
</ol>
<p>Zonder opdrachtvenster kan het ook: open <code>beheer.html</code> in de map buurtkiosk op de stick.</p>
</html>
`;

function howToGetIn(head: boolean): Response {
  return new Response(head ? null : HOW_TO_GET_IN, {
    status: 401,
    headers: {
      ...COMMON_HEADERS,
      ...NO_STORE,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    },
  });
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...COMMON_HEADERS, ...NO_STORE, 'content-type': 'application/json; charset=utf-8' },
  });
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}
