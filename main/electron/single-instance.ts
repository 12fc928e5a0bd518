/** One kiosk per session: a second start (autostart plus systemd, a double click) leaves at once. */
import { app, BrowserWindow } from 'electron';
import { createLogger } from '../log';
import { ALREADY_RUNNING_EXIT_CODE } from './exit-codes';

/** True when this process is the kiosk; otherwise it exits (code 43) and the caller sets up nothing. */
export function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    createLogger('electron')('another kiosk is already running; leaving');
    app.exit(ALREADY_RUNNING_EXIT_CODE);
    return false;
  }
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win && !win.isDestroyed()) win.focus();
  });
  return true;
}
