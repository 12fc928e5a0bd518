/**
 * Keeps the page alive: reloads with back-off when the renderer crashes, hangs, fails to load or its
 * heartbeat (the long-poll, see heartbeat-policy.ts) stops. The outer supervisor is systemd.
 */
import type { BrowserWindow } from 'electron';
import { createLogger } from '../log';
import { recordFailure, UNRESPONSIVE_GRACE_MS } from './crash-backoff';
import { HEARTBEAT, isHeartbeatRequest, isHeartbeatStale } from './heartbeat-policy';
import { KIOSK_START_URL } from './kiosk-url';

const log = createLogger('recovery');
/** net::ERR_ABORTED: a navigation replaced by another (our own reload), not a failure. */
const ERR_ABORTED = -3;

export interface Recovery {
  /** Feed every kiosk:// request URL here: heartbeat requests keep the page counted as alive. */
  onRequest(url: string): void;
}

/** Watches `win` and reloads its page when needed. */
export function setupRecovery(win: BrowserWindow): Recovery {
  const contents = win.webContents;
  let failures: number[] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;
  let hung: ReturnType<typeof setTimeout> | undefined;
  let lastBeatAt = Date.now();

  const reload = (reason: string) => {
    if (pending !== undefined || win.isDestroyed()) return;
    const step = recordFailure(failures, Date.now());
    failures = step.failures;
    log(`${reason}; reloading in ${step.delayMs / 1000} s`);
    pending = setTimeout(() => {
      pending = undefined;
      lastBeatAt = Date.now();
      if (!win.isDestroyed())
        contents.loadURL(KIOSK_START_URL).catch((err: Error) => log(`reload: ${err.message}`));
    }, step.delayMs);
  };

  contents.on('render-process-gone', (_event, details) =>
    reload(`renderer gone (${details.reason}, exit code ${details.exitCode})`),
  );
  contents.on('unresponsive', () => {
    hung ??= setTimeout(() => {
      hung = undefined;
      if (win.isDestroyed()) return;
      contents.forcefullyCrashRenderer();
      reload(`renderer unresponsive for ${UNRESPONSIVE_GRACE_MS / 1000} s`);
    }, UNRESPONSIVE_GRACE_MS);
  });
  contents.on('responsive', () => {
    clearTimeout(hung);
    hung = undefined;
  });
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame && code !== ERR_ABORTED) reload(`loading ${url} failed: ${description} (${code})`);
  });
  contents.on('did-finish-load', () => (lastBeatAt = Date.now()));

  const watchdog = setInterval(() => {
    if (pending === undefined && isHeartbeatStale(lastBeatAt, Date.now())) {
      reload(`no heartbeat for ${HEARTBEAT.staleAfterMs / 1000} s`);
    }
  }, HEARTBEAT.checkEveryMs);
  win.once('closed', () => {
    clearInterval(watchdog);
    clearTimeout(pending);
    clearTimeout(hung);
  });

  return {
    onRequest(url) {
      if (isHeartbeatRequest(url)) lastBeatAt = Date.now();
    },
  };
}
