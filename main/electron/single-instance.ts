/** One kiosk per session: a second start (autostart plus systemd, a double click) leaves at once. */
import { app, type BrowserWindow } from 'electron';

/** True when this process is the kiosk; a second one should exit. `window` is focused on a retry. */
export function claimSingleInstance(window: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = window();
    if (win && !win.isDestroyed()) win.focus();
  });
  return true;
}
