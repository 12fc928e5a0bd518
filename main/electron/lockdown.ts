/**
 * The Electron security checklist applied to every web contents: no navigation, window, webview,
 * request or permission outside kiosk://app, no devtools, no reload/zoom/close keys, no pinch zoom.
 */
import { app, session, type WebContents } from 'electron';
import { createLogger } from '../log';
import {
  navigationDecision,
  requestDecision,
  webviewDecision,
  windowOpenDecision,
} from './navigation-policy';
import { isPermissionAllowed } from './permission-policy';
import { decideShortcut } from './shortcut-policy';

const log = createLogger('lockdown');

/** Call before 'ready'. `onStaffQuit` runs on the one staff key combination. */
export function setupLockdown(onStaffQuit: () => void): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDown(contents, onStaffQuit));
  void app.whenReady().then(lockDownSession);
}

function lockDown(contents: WebContents, onStaffQuit: () => void): void {
  const guard = (what: string) => (event: { url: string; preventDefault(): void }) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
    log(`${what} to ${event.url} refused`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'allow') return { action: 'allow' };
    log(`new window for ${url} refused`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event, _prefs, params) => {
    if (webviewDecision(params.src ?? '') === 'allow') return;
    event.preventDefault();
    log(`webview for ${params.src} refused`);
  });
  contents.on('before-input-event', (event, input) => {
    const decision = decideShortcut(input);
    if (decision === 'pass') return;
    event.preventDefault();
    if (decision === 'staff-quit') onStaffQuit();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
  // Pinch and Ctrl+wheel zoom: a visitor must not leave the screen magnified for the next one.
  contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1));
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl);
    if (!allowed) log(`permission ${permission} refused`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, origin) => isPermissionAllowed(permission, origin));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = requestDecision(details.url) === 'deny';
    if (cancel) log(`request to ${details.url} refused`);
    callback({ cancel });
  });
}
