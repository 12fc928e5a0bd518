/**
 * The browser host for the bench, in-process: the real kiosk handler on 127.0.0.1 (port 0), plus a
 * floor page served by the same server with the same headers, so the two start-up figures compare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKiosk, type Kiosk, type KioskOptions } from '../../main/kiosk';
import { sampleContentDir } from '../../main/paths';
import { startHttpHost } from '../../main/server/http-host';
import { COMMON_HEADERS, contentSecurityPolicy, cspHash } from '../../main/server/security-headers';

process.env.BUURTKIOSK_QUIET ??= '1';

/**
 * The least any status screen must do: show the current Brussels time, formatted by ICU, from an
 * inline classic script (it runs while the page is parsed, before the first frame; a module script
 * would be deferred and make the floor slower than it need be).
 */
const FLOOR_SCRIPT = `document.querySelector('[data-slide]').textContent = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  timeStyle: 'short',
}).format(new Date());`;

const FLOOR_HTML = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Vloer</title>
  </head>
  <body>
    <p data-slide="floor"></p>
    <script>${FLOOR_SCRIPT}</script>
  </body>
</html>
`;

export interface BenchHost {
  kiosk: Kiosk;
  /** The kiosk app. */
  url: string;
  /** The floor page. */
  floorUrl: string;
  close(): Promise<void>;
}

/** Starts the kiosk on the sample data unless `contentDir` says otherwise. */
export async function startBenchHost(options: KioskOptions = {}): Promise<BenchHost> {
  // An empty user data folder: a developer's own config.json (durations, location) must not count.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-bench-home-'));
  const kiosk = await createKiosk({
    userDataDir,
    // Explicit, so the bench never shows whatever a developer imported into their own store.
    contentDir: sampleContentDir,
    // Fixed, so the soak's simulated week (December 2026) is never "before the build" on a later run.
    buildDate: '2026-01-01',
    ...options,
  });
  const host = await startHttpHost(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/__bench/floor.html') return floorResponse(FLOOR_HTML, 'text/html; charset=utf-8');
    return kiosk.handler(request);
  }, 0);
  const close = async () => {
    await kiosk.stop();
    await host.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { kiosk, url: host.url, floorUrl: `${host.url}__bench/floor.html`, close };
}

/** The kiosk's own headers and CSP, with the floor's one inline script allowed by its hash. */
function floorResponse(body: string, type: string): Response {
  const policy = contentSecurityPolicy({ scripts: [cspHash(FLOOR_SCRIPT)], styles: [] });
  return new Response(body, {
    headers: {
      ...COMMON_HEADERS,
      'content-type': type,
      'cache-control': 'no-cache',
      'content-security-policy': policy,
    },
  });
}
