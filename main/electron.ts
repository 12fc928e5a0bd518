/** Electron entry: a list of setup calls; each lives in main/electron/. */
import { app, Menu, type BrowserWindow } from 'electron';
import { ContentError, createKiosk } from './kiosk';
import { createLogger } from './log';
import { userDataDir } from './paths';
import { ALREADY_RUNNING_EXIT_CODE, STAFF_QUIT_EXIT_CODE } from './electron/exit-codes';
import { parseElectronFlags } from './electron/flags';
import { applyGpuFallback, watchGpuCrashes } from './electron/gpu-fallback';
import { registerKioskScheme, setupKioskProtocol } from './electron/kiosk-protocol';
import { KIOSK_START_URL } from './electron/kiosk-url';
import { createKioskWindow } from './electron/kiosk-window';
import { setupLockdown } from './electron/lockdown';
import { logRendererConsole, setupLogFile } from './electron/logging';
import { setupPowerSaveBlocker } from './electron/power';
import { setupRecovery } from './electron/recovery';
import { claimSingleInstance } from './electron/single-instance';
import { STAFF_QUIT_COMBINATION } from './electron/shortcut-policy';

const log = createLogger('electron');
let win: BrowserWindow | null = null;

// The same folder as the CLI's (~/.config/buurtkiosk), whatever name the packaged app carries.
const userData = userDataDir();
app.setPath('userData', userData);
setupLogFile(userData);
registerKioskScheme();

if (!claimSingleInstance(() => win)) {
  log('another kiosk is already running; leaving');
  app.exit(ALREADY_RUNNING_EXIT_CODE);
} else {
  Menu.setApplicationMenu(null); // its default adds reload, devtools and zoom keys
  applyGpuFallback(userData);
  watchGpuCrashes(userData);
  setupLockdown(() => {
    log(`${STAFF_QUIT_COMBINATION}: staff quit to the desktop`);
    app.exit(STAFF_QUIT_EXIT_CODE);
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  log(`buurtkiosk ${app.getVersion()} on Electron ${process.versions.electron}, data in ${userData}`);
  let kiosk;
  try {
    kiosk = await createKiosk({ ...parseElectronFlags(process.argv), userDataDir: userData });
  } catch (err) {
    if (err instanceof ContentError) log(`content in ${err.dir} not usable: ${err.lines.join('; ')}`);
    else log(`cannot start: ${(err as Error).stack ?? String(err)}`);
    app.exit(1);
    return;
  }
  win = createKioskWindow();
  const recovery = setupRecovery(win);
  logRendererConsole(win.webContents);
  setupKioskProtocol(kiosk.handler, recovery.onRequest);
  setupPowerSaveBlocker();
  await win.loadURL(KIOSK_START_URL);
}
