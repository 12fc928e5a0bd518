/** Electron entry: a list of setup calls; each lives in main/electron/. */
import { app, Menu } from 'electron';
import { createKiosk } from './kiosk';
import { registerKioskScheme, setupKioskProtocol } from './electron/kiosk-protocol';
import { setupKioskWindow } from './electron/kiosk-window';

registerKioskScheme();
if (!app.requestSingleInstanceLock()) app.quit();
Menu.setApplicationMenu(null);

void app.whenReady().then(async () => {
  const location = app.commandLine.getSwitchValue('location');
  const contentDir = app.commandLine.getSwitchValue('content');
  const kiosk = await createKiosk({
    ...(location ? { location } : {}),
    ...(contentDir ? { contentDir } : {}),
  });
  setupKioskProtocol(kiosk.handler);
  setupKioskWindow();
});

app.on('window-all-closed', () => app.quit());
