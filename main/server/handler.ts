/**
 * The one request handler: `(Request) => Promise<Response>`. Electron serves it through
 * protocol.handle('kiosk'), `buurtkiosk serve` through node:http; the renderer only uses fetch().
 */
import type { KioskEvent, KioskPayload, RenderFirstScreen, StaffStatus } from '../../core/api';
import { intlZoneOffset } from '../../core/hours/local-time';
import { computeZoneOffsets, type ZoneOffsets } from '../../core/time/zone-offsets';
import type { KioskState } from '../kiosk-state';
import { createIndexPage } from './index-page';
import { readInlineHashes } from './inline-hashes';
import { COMMON_HEADERS, CONTENT_SECURITY_POLICY } from './security-headers';
import { readStaticFile } from './static-files';

export type Handler = (request: Request) => Promise<Response>;

export interface HandlerOptions {
  state: KioskState;
  /** Folder with the built renderer (index.html, app.js, app.css, fonts/). */
  rendererDir: string;
  /** YYYY-MM-DD the app was built. */
  buildDate: string;
  /** How long a long-poll waits before answering "nothing new" (ms). */
  longPollMs?: number;
  /** GET /api/status for the staff view (content version, source, last imports). */
  staffStatus?: () => Promise<StaffStatus>;
  /** Draws the first screen into index.html (main/server/first-screen.ts); without, app.js draws it. */
  renderFirstScreen?: RenderFirstScreen | null;
  /** The clock index.html's first screen is drawn at (epoch ms; tests fix it). */
  clock?: () => number;
}

const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.webp'] as const;

/** Creates the handler over the given state. */
export function createHandler(options: HandlerOptions): Handler {
  const { state, rendererDir, buildDate } = options;
  const longPollMs = options.longPollMs ?? 25_000;
  const clock = options.clock ?? Date.now;
  // index.html inlines app.css and a small script; their hashes come from the build.
  const indexPage = createIndexPage(readInlineHashes(rendererDir), options.renderFirstScreen ?? null);

  const zoneOffsets = brusselsOffsetsAround(Date.now());
  const kioskPayload = (): KioskPayload => ({
    revision: state.revision,
    boot: state.boot,
    version: state.bundle.version,
    content: state.bundle.content,
    config: state.config,
    buildDate,
    zoneOffsets,
    notice: state.notice,
  });

  return async function handle(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Methode niet toegestaan');
    }
    const url = new URL(request.url);
    const pathname = decodeURIComponent(url.pathname);

    if (pathname === '/api/kiosk') {
      return json(kioskPayload(), { 'cache-control': 'no-store' });
    }
    if (pathname === '/api/status' && options.staffStatus) {
      return json(await options.staffStatus(), { 'cache-control': 'no-store' });
    }
    if (pathname === '/api/events') {
      const since = Number(url.searchParams.get('since') ?? '0');
      const sameBoot = url.searchParams.get('boot') === state.boot;
      if (sameBoot) await state.waitForChange(since, longPollMs, request.signal);
      const event: KioskEvent = { boot: state.boot, revision: state.revision };
      return json(event, { 'cache-control': 'no-store' });
    }
    if (pathname.startsWith('/media/')) {
      const file = await readStaticFile(state.bundle.dir, pathname.slice('/media/'.length), IMAGE_TYPES);
      if (!file) return text(404, 'Afbeelding niet gevonden');
      return new Response(new Uint8Array(file.body), {
        headers: { ...COMMON_HEADERS, 'content-type': file.type, 'cache-control': 'no-cache' },
      });
    }
    const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
    const file = await readStaticFile(rendererDir, relative);
    if (!file) return text(404, 'Niet gevonden');
    const headers: Record<string, string> = {
      ...COMMON_HEADERS,
      'content-type': file.type,
      'cache-control': 'no-cache',
    };
    // The page carries the payload and, drawn in, its first screen: no second request, no script
    // before the first paint (main/server/index-page.ts).
    if (relative === 'index.html') {
      const page = indexPage(file.body.toString('utf8'), kioskPayload(), clock());
      headers['content-security-policy'] = page.policy;
      return new Response(request.method === 'HEAD' ? null : page.html, { headers });
    }
    if (file.type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    if (request.method === 'HEAD') return new Response(null, { headers });
    return new Response(new Uint8Array(file.body), { headers });
  };
}

function json(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    headers: { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Brussels' offsets from two years before `now` to ten years after (a few milliseconds of ICU here,
 * once per process): enough for every date a kiosk shows while this process runs. Beyond that, and
 * for a clock set far wrong, the renderer asks Intl itself.
 */
function brusselsOffsetsAround(now: number): ZoneOffsets {
  const year = new Date(now).getUTCFullYear();
  return computeZoneOffsets(Date.UTC(year - 2, 0, 1), Date.UTC(year + 10, 0, 1), intlZoneOffset);
}
