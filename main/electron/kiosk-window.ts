/** The one fullscreen, frameless kiosk window. */
import { BrowserWindow } from 'electron';
import { KIOSK_START_URL } from './kiosk-protocol';

/** Options of the kiosk window: locked down, fullscreen, black until the first paint. */
export function kioskWindowOptions(): Electron.BrowserWindowConstructorOptions {
  return {
    fullscreen: true,
    frame: false,
    kiosk: true,
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

export function setupKioskWindow(): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(KIOSK_START_URL);
  return win;
}
