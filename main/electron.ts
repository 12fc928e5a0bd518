/**
 * Electron entry: one setup call per feature, each from its own file in main/electron/ (the way
 * electron/fiddle's main.ts reads). Before 'ready': the data folder and log, the kiosk:// scheme,
 * one instance, no menu, the GPU fallback, the lockdown. After: the kiosk, its window, its protocol
 * and what keeps it running.
 */
import { app } from 'electron';
import { setupGpuFallback } from './electron/gpu-fallback';
import { setupKioskProtocol, setupKioskScheme } from './electron/kiosk-protocol';
import { KIOSK_START_URL } from './electron/kiosk-url';
import { setupKioskWindow } from './electron/kiosk-window';
import { setupLockdown } from './electron/lockdown';
import { setupLogFile, setupRendererLog } from './electron/logging';
import { setupMenu } from './electron/menu';
import { setupPowerSaveBlocker } from './electron/power';
import { setupQuit } from './electron/quit';
import { setupRecovery } from './electron/recovery';
import { setupSessionLockdown } from './electron/session-lockdown';
import { setupSingleInstance } from './electron/single-instance';
import { setupKiosk } from './electron/start-kiosk';
import { setupUserData } from './electron/user-data';

const userData = setupUserData();
setupLogFile(userData);
setupKioskScheme();
if (setupSingleInstance()) {
  setupMenu();
  setupGpuFallback(userData);
  setupLockdown();
  setupSessionLockdown();
  setupQuit();
  void app.whenReady().then(onReady);
}

async function onReady(): Promise<void> {
  const kiosk = await setupKiosk(userData);
  if (!kiosk) return;
  const win = setupKioskWindow();
  const recovery = setupRecovery(win);
  setupRendererLog(win.webContents);
  setupKioskProtocol(kiosk.handler, recovery.onRequest);
  setupPowerSaveBlocker();
  await win.loadURL(KIOSK_START_URL);
}
