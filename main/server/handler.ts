/**
 * The one request handler: `(Request) => Promise<Response>`. Electron serves it through
 * protocol.handle('kiosk'), `buurtkiosk serve` through node:http; the renderer only uses fetch().
 */
import type { KioskPayload, RenderFirstScreen, StaffStatus } from '../../core/api';
import { intlZoneOffset } from '../../core/time/local-time';
import { computeZoneOffsets, type ZoneOffsets } from '../../core/time/zone-offsets';
import type { KioskState } from '../kiosk-state';
import { createLogger } from '../log';
import { readAfterPaintScript } from './after-paint-script';
import { createIndexPage } from './index-page';
import { readInlineHashes } from './inline-hashes';
import { createLongPoll, LONG_POLL } from './long-poll';
import { pathSegments } from './request-path';
import { badRequest, jsonResponse, methodNotAllowed, textResponse } from './responses';
import { COMMON_HEADERS, CONTENT_SECURITY_POLICY } from './security-headers';
import { fileResponse, openStaticFile, readStaticFile } from './static-files';

export type Handler = (request: Request) => Promise<Response>;

export interface HandlerOptions {
  state: KioskState;
  /** Folder with the built renderer (index.html, app.js, app.css, fonts/). */
  rendererDir: string;
  /** YYYY-MM-DD the app was built. */
  buildDate: string;
  /** How long a long-poll waits before answering "nothing new" (ms). */
  longPollMs?: number;
  /** How many long-polls may wait at once; more get 503. */
  maxLongPolls?: number;
  /** GET /api/status for the staff view (content version, source, last imports). */
  staffStatus?: () => Promise<StaffStatus>;
  /** Draws the first screen into index.html (main/server/first-screen.ts); without, app.js draws it. */
  renderFirstScreen?: RenderFirstScreen | null;
  /** The clock index.html's first screen is drawn at (epoch ms; tests fix it). */
  clock?: () => number;
}

const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.webp'] as const;
const log = createLogger('server');

/**
 * Creates the handler over the given state. A failure inside is a bare 500 (the details go to the
 * log), so neither host ever shows a stack, a path or an error message. Which host names may reach
 * it is for the hosts to check (http-host.ts, kiosk-protocol.ts).
 */
export function createHandler(options: HandlerOptions): Handler {
  const { state, rendererDir, buildDate } = options;
  const longPoll = createLongPoll(state, {
    waitMs: options.longPollMs ?? LONG_POLL.waitMs,
    maxWaiting: options.maxLongPolls ?? LONG_POLL.maxWaiting,
  });
  const clock = options.clock ?? Date.now;
  // index.html inlines app.css and a small script; their hashes come from the build. A drawn page
  // also carries the script that starts the app after its first paint.
  const indexPage = createIndexPage(
    readInlineHashes(rendererDir),
    options.renderFirstScreen ?? null,
    readAfterPaintScript(rendererDir),
  );

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

  async function route(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD');
    const url = new URL(request.url);
    const segments = pathSegments(url.pathname);
    if (!segments) return badRequest();
    const pathname = `/${segments.join('/')}`;

    if (pathname === '/api/kiosk') return jsonResponse(kioskPayload());
    if (pathname === '/api/status' && options.staffStatus) return jsonResponse(await options.staffStatus());
    if (pathname === '/api/events') return longPoll(url, request.signal);
    if (segments[0] === 'media') {
      const file = await openStaticFile(state.bundle.dir, segments.slice(1), IMAGE_TYPES);
      if (!file) return textResponse(404, 'Afbeelding niet gevonden');
      return fileResponse(request, file, { 'cache-control': 'no-cache' });
    }
    if (pathname !== '/' && pathname !== '/index.html') {
      const file = await openStaticFile(rendererDir, segments);
      if (!file) return textResponse(404, 'Niet gevonden');
      const html = file.type.startsWith('text/html');
      return fileResponse(request, file, {
        'cache-control': 'no-cache',
        ...(html ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
      });
    }
    const page = await readStaticFile(rendererDir, ['index.html']);
    if (!page) return textResponse(404, 'Niet gevonden');
    const indexed = indexPage(page.toString('utf8'), kioskPayload(), clock());
    const headers: Record<string, string> = {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': indexed.policy,
    };
    if (request.method === 'HEAD') return new Response(null, { headers });
    // The page carries the payload and, drawn in, its first screen: no second request, no script
    // before the first paint (main/server/index-page.ts).
    return new Response(indexed.html, { headers });
  }

  return async function handle(request: Request): Promise<Response> {
    try {
      const response = await route(request);
      if (request.method !== 'HEAD' || response.body === null) return response;
      await response.body.cancel();
      return new Response(null, { status: response.status, headers: response.headers });
    } catch (err) {
      log(`${request.method} ${request.url} failed: ${(err as Error).stack ?? String(err)}`);
      return textResponse(500, 'Interne fout');
    }
  };
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
