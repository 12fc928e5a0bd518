/**
 * `buurtkiosk edit`'s request handler: the editor page under its own CSP (hashes of its inline script
 * and styles; the kiosk's strict CSP would block them) and a small API over one folder. Every API call
 * needs the random token from the page's URL; writes also need our own Origin. The Host header is
 * checked by the host (http-host.ts), so a DNS-rebinding page never gets this far.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  FILE_SIZE_HEADER,
  TOKEN_HEADER,
  WRITE_FAILED_STATUS,
  type FolderInfo,
} from '../../core/editor/editor-api';
import type { Problem } from '../../core/content/problem';
import { withPlaces } from '../../core/content/place';
import { validateContentText } from '../../core/content/validate';
import { imageRefs } from '../../core/import/image-refs';
import { parseJsonSafely } from '../../core/content/safe-json';
import { MAX_CONTENT_BYTES } from '../content/load-content';
import { checkImages } from '../import/check-images';
import { DeviceGuard } from '../usb/device-guard';
import { MAX_IMAGE_BYTES } from '../import/limits';
import { writeFailureWords } from '../file-words';
import { createLogger } from '../log';
import type { Handler } from '../server/handler';
import { pathSegments } from '../server/request-path';
import { badRequest, jsonResponse, methodNotAllowed, textResponse } from '../server/responses';
import { COMMON_HEADERS } from '../server/security-headers';
import { ContentUnreadable, type EditorFolder } from './editor-folder';

const NO_STORE = { 'cache-control': 'no-store' };
const log = createLogger('edit');

/** Every method the editor answers somewhere; the host refuses the rest. */
export const EDITOR_METHODS = ['GET', 'HEAD', 'PUT'] as const;

/** The folder, the token and the page the handler serves. */
export interface EditorHandlerOptions {
  folder: EditorFolder;
  token: string;
  html: string;
  csp: string;
}

/** Creates the handler. */
export function createEditorHandler(o: EditorHandlerOptions): Handler {
  const tokenBytes = Buffer.from(o.token);
  const tokenOk = (given: string | null) => {
    const bytes = Buffer.from(given ?? '');
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const segments = pathSegments(url.pathname);
    if (!segments) return badRequest();
    const route = `/${segments.join('/')}`;
    if (route === '/' || route === '/beheer.html') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD');
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
    if (segments[0] !== 'api') return textResponse(404, 'Niet gevonden');
    if (!tokenOk(request.headers.get(TOKEN_HEADER))) return textResponse(403, 'Geen toegang');
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin') return textResponse(403, 'Geen toegang');
    const isWrite = request.method === 'PUT';
    // The host has checked url.host against our own names; the page's Origin must be that host.
    if (isWrite && request.headers.get('origin') !== url.origin) return textResponse(403, 'Geen toegang');
    if (!isWrite && request.method !== 'GET') return methodNotAllowed('GET, PUT');
    const media = segments[1] === 'media' ? segments.slice(2).join('/') : null;
    return isWrite ? write(o.folder, route, media, request) : read(o.folder, route, media);
  };
}

/** `media`: the path after /api/media/ (decoded), or null for other routes. */
async function read(folder: EditorFolder, route: string, media: string | null): Promise<Response> {
  if (route === '/api/folder') {
    const info: FolderInfo = { name: folder.name, onStick: folder.onStick, signed: await folder.isSigned() };
    return jsonResponse(info);
  }
  if (route === '/api/content') {
    const content = await folder.readContent().catch((err: unknown) => {
      if (err instanceof ContentUnreadable) return err;
      throw err;
    });
    if (content instanceof ContentUnreadable) return textResponse(422, content.message);
    return content === null
      ? textResponse(404, 'Nog geen content.json')
      : new Response(content, {
          headers: { ...COMMON_HEADERS, ...NO_STORE, 'content-type': 'application/json; charset=utf-8' },
        });
  }
  if (route === '/api/images') return jsonResponse(await folder.listImages());
  if (media !== null) {
    const image = await folder.readImage(media);
    if (!image) return textResponse(404, 'Afbeelding niet gevonden');
    if ('tooBig' in image) {
      return textResponse(413, 'Afbeelding te groot', { [FILE_SIZE_HEADER]: String(image.tooBig) });
    }
    return new Response(new Uint8Array(image.body), {
      headers: { ...COMMON_HEADERS, ...NO_STORE, 'content-type': image.type },
    });
  }
  return textResponse(404, 'Niet gevonden');
}

async function write(
  folder: EditorFolder,
  route: string,
  media: string | null,
  request: Request,
): Promise<Response> {
  if (route === '/api/content') {
    if (!request.headers.get('content-type')?.startsWith('application/json'))
      return textResponse(415, 'Verwacht JSON');
    const body = await readBody(request, MAX_CONTENT_BYTES);
    if (body === null) return textResponse(413, 'content.json is te groot');
    const contentText = new TextDecoder().decode(body);
    const problems = await contentProblems(folder, contentText);
    if (problems.length > 0) return jsonResponse({ problems }, 422);
    try {
      await folder.writeContent(contentText);
    } catch (err) {
      return writeFailed(folder, 'content.json', err);
    }
    return jsonResponse({ ok: true });
  }
  if (media !== null) {
    if (!request.headers.get('content-type')?.startsWith('image/'))
      return textResponse(415, 'Verwacht een afbeelding');
    const body = await readBody(request, MAX_IMAGE_BYTES);
    if (body === null) return textResponse(413, 'De afbeelding is te groot (hoogstens 10 MB)');
    let refused: string | null;
    try {
      refused = await folder.writeImage(media, body);
    } catch (err) {
      return writeFailed(folder, media, err);
    }
    return refused ? textResponse(400, refused) : jsonResponse({ ok: true });
  }
  return textResponse(404, 'Niet gevonden');
}

/** A file-system error while writing `name`: logged, and answered in words; anything else is a bug. */
function writeFailed(folder: EditorFolder, name: string, err: unknown): Response {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) throw err;
  log(`cannot write ${name} in ${folder.real}: ${(err as Error).message}`);
  return jsonResponse(writeFailureWords(code, folder.onStick ? 'stick' : 'folder'), WRITE_FAILED_STATUS);
}

/** The same checks as an import: the schema, and every image present and real. */
async function contentProblems(folder: EditorFolder, contentText: string): Promise<Problem[]> {
  const result = validateContentText(contentText);
  if (!result.ok) return result.problems;
  const parsed = parseJsonSafely(contentText);
  if (!parsed.ok) return parsed.problems;
  const source = { rootReal: folder.real, guard: new DeviceGuard(), medium: 'folder' as const, signed: null };
  const check = await checkImages(source, contentText, imageRefs(parsed.value), new Set());
  return withPlaces(check.problems, parsed.value);
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
    <code>buurtkiosk edit MAP</code> (bv. <code>buurtkiosk edit E:\\buurtkiosk</code>). Hij opent dan zelf
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
