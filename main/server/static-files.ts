/**
 * Serves files from one folder, never outside it, with a content type from an allow-list. Files are
 * opened, not read: a response streams them (a 200 MB photo in a --content folder costs a few chunks
 * of memory, not 200 MB), and only regular files are opened at all, so a FIFO, socket or device
 * named like an image is refused instead of blocking a thread until something writes to it.
 */
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { resolveInside } from '../import/folder-files';
import { parseByteRange } from './byte-range';
import { COMMON_HEADERS } from './security-headers';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** Bytes per read while streaming: large enough to be quick, small enough to stay out of the way. */
const CHUNK_BYTES = 64 * 1024;

/** An opened regular file; whoever receives it closes it (fileResponse does). */
export interface StaticFile {
  handle: FileHandle;
  size: number;
  type: string;
}

/**
 * Opens `segments` (decoded path names, see request-path.ts) inside `root`. Null for anything
 * missing, outside `root` (also through symlinks), not a regular file, or of a type not in `allowed`.
 */
export async function openStaticFile(
  root: string,
  segments: readonly string[],
  allowed: readonly string[] = Object.keys(TYPES),
): Promise<StaticFile | null> {
  const name = segments.at(-1) ?? '';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  const type = TYPES[ext];
  if (!type || !allowed.includes(ext)) return null;
  let handle: FileHandle | null = null;
  try {
    const inside = await resolveInside(await realpath(root), segments.join('/'));
    if (!inside.ok) return null;
    // O_NONBLOCK: a FIFO swapped in after the check opens at once (and is refused below) rather
    // than waiting for a writer; O_NOFOLLOW: nor is a symlink swapped in for the resolved name.
    handle = await open(inside.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a regular file');
    return { handle, size: info.size, type };
  } catch {
    await handle?.close();
    return null;
  }
}

/** A whole (small) file's bytes, e.g. index.html before the payload goes in; null as openStaticFile. */
export async function readStaticFile(root: string, segments: readonly string[]): Promise<Buffer | null> {
  const file = await openStaticFile(root, segments);
  if (!file) return null;
  try {
    return await file.handle.readFile();
  } finally {
    await file.handle.close();
  }
}

/**
 * The response for an opened file: the whole file or one byte range, streamed; headers only for HEAD.
 * The file is closed when the stream ends or is cancelled (the client went away).
 */
export async function fileResponse(
  request: Request,
  file: StaticFile,
  headers: Record<string, string>,
): Promise<Response> {
  const { size } = file;
  const all = { ...COMMON_HEADERS, ...headers, 'content-type': file.type, 'accept-ranges': 'bytes' };
  // We send no validators, so a conditional range (If-Range) can never match: the whole file.
  const range = request.headers.has('if-range') ? null : parseByteRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') {
    await file.handle.close();
    return new Response(null, { status: 416, headers: { ...all, 'content-range': `bytes */${size}` } });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const init = {
    status: range ? 206 : 200,
    headers: {
      ...all,
      'content-length': String(end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    },
  };
  if (request.method === 'HEAD') {
    await file.handle.close();
    return new Response(null, init);
  }
  return new Response(fileStream(file.handle, start, end), init);
}

/** Pulls one chunk at a time, only when the consumer wants more: memory stays at a chunk or two. */
function fileStream(handle: FileHandle, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  const close = () => handle.close().catch(() => {});
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const want = Math.min(CHUNK_BYTES, end + 1 - position);
      if (want <= 0) {
        await close();
        controller.close();
        return;
      }
      try {
        const buffer = new Uint8Array(want);
        const { bytesRead } = await handle.read(buffer, 0, want, position);
        // Shorter than its length said a moment ago: end the response broken, not silently short.
        if (bytesRead === 0) throw new Error('file shrank while being sent');
        position += bytesRead;
        controller.enqueue(buffer.subarray(0, bytesRead));
      } catch (err) {
        await close();
        controller.error(err);
      }
    },
    cancel: close,
  });
}
