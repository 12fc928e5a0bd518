/**
 * The Electron security checklist applied to every web contents, the kiosk window's and any other
 * one Electron creates: no navigation outside kiosk://app, no new window, webview or Bluetooth
 * device, no devtools, no reload/zoom/close keys, no pinch zoom.
 */
import { app, type WebContents } from 'electron';
import { createLogger } from '../log';
import { navigationDecision } from './navigation-policy';
import { quitForStaff } from './quit';
import { decideShortcut } from './shortcut-policy';

const log = createLogger('lockdown');

/** Before 'ready': sandboxes every renderer and locks down each web contents as it is created. */
export function setupLockdown(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

function lockDown(contents: WebContents): void {
  const guard = (what: string) => (event: { url: string; preventDefault(): void }) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
    log(`${what} to ${event.url} refused`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  // A kiosk has one window: even its own pages do not open another.
  contents.setWindowOpenHandler(({ url }) => {
    log(`new window for ${url} refused`);
    return { action: 'deny' };
  });
  // No <webview>: it would be a second, less locked-down browser.
  contents.on('will-attach-webview', (event, _prefs, params) => {
    event.preventDefault();
    log(`webview for ${params.src} refused`);
  });
  // Without preventDefault Electron would pick the first device it finds.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
    log('bluetooth device request refused');
  });
  contents.on('before-input-event', (event, input) => {
    const decision = decideShortcut(input);
    if (decision === 'pass') return;
    event.preventDefault();
    if (decision === 'staff-quit') quitForStaff();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
  // Pinch and Ctrl+wheel zoom: a visitor must not leave the screen magnified for the next one.
  contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1));
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}
