/**
 * Every session the kiosk's pages run in (the default one, and any other Electron creates) refuses
 * what a kiosk page never needs: permissions, device choosers (HID, serial, USB, Bluetooth pairing),
 * screen capture and downloads; and it cancels every request but kiosk://app (navigation-policy.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, session, type Session } from 'electron';
import { createLogger } from '../log';
import { rendererDistDir } from '../paths';
import { dataUrlsNamedIn, requestDecision } from './navigation-policy';

const log = createLogger('lockdown');

/** Before 'ready': locks down the default session once ready, and each session created later. */
export function setupSessionLockdown(): void {
  const done = new WeakSet<Session>();
  const once = (ses: Session) => {
    if (done.has(ses)) return;
    done.add(ses);
    lockDownSession(ses);
  };
  app.on('session-created', once);
  void app.whenReady().then(() => once(session.defaultSession));
}

function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission ${permission} refused`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => {
    log('screen capture refused');
    callback(null);
  });
  ses.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  // The choosers: preventDefault keeps Electron from choosing itself; the callback cancels.
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
    log('HID device request refused');
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
    log('serial port request refused');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
    log('USB device request refused');
  });
  ses.on('will-download', (event, item) => {
    event.preventDefault();
    log(`download of ${item.getURL()} refused`);
  });
  const pageDataUrls = builtPageDataUrls();
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = requestDecision(details.url, pageDataUrls) === 'deny';
    if (cancel) log(`request to ${details.url} refused`);
    callback({ cancel });
  });
}

/** The data: URLs the built index.html names; only the empty icon if it cannot be read. */
function builtPageDataUrls(): ReadonlySet<string> {
  try {
    return dataUrlsNamedIn(readFileSync(path.join(rendererDistDir, 'index.html'), 'utf8'));
  } catch (err) {
    log(`index.html unreadable for the request policy (${String(err)}); fonts come as files`);
    return new Set(['data:,']);
  }
}
