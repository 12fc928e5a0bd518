/** The one fullscreen, frameless kiosk window, kept fullscreen when displays come and go. */
import { BrowserWindow, screen } from 'electron';
import { createLogger } from '../log';
import { displayForWindow, kioskWindowOptions, type Box } from './window-options';

const log = createLogger('window');

/** After 'ready': the window, shown on its first paint, so the screen goes from black to the app. */
export function setupKioskWindow(): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions());
  win.once('ready-to-show', () => win.show());
  watchDisplays(win);
  return win;
}

/** Re-asserts fullscreen on the right display after a screen is plugged, unplugged or changes mode. */
function watchDisplays(win: BrowserWindow): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One change fires several events (added, then metrics): act once, after they settle.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => reassert(win), 500);
  };
  screen.on('display-added', schedule);
  screen.on('display-removed', schedule);
  screen.on('display-metrics-changed', schedule);
  win.on('leave-full-screen', schedule);
  win.once('closed', () => {
    clearTimeout(timer);
    screen.off('display-added', schedule);
    screen.off('display-removed', schedule);
    screen.off('display-metrics-changed', schedule);
  });
}

function reassert(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  const target = displayForWindow(screen.getAllDisplays(), win.getBounds(), screen.getPrimaryDisplay());
  if (!sameBox(win.getBounds(), target.bounds)) {
    log(`moving to display ${target.id} (${target.bounds.width}×${target.bounds.height})`);
    win.setBounds(target.bounds);
  }
  if (!win.isFullScreen()) win.setFullScreen(true);
  if (!win.isKiosk()) win.setKiosk(true);
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
