/** How the kiosk leaves: when its window is gone, and on the one staff key combination. */
import { app } from 'electron';
import { createLogger } from '../log';
import { STAFF_QUIT_EXIT_CODE } from './exit-codes';
import { STAFF_QUIT_COMBINATION } from './shortcut-policy';

const log = createLogger('electron');

/** Quits when the window is closed (systemd then starts a fresh kiosk). */
export function setupQuit(): void {
  app.on('window-all-closed', () => app.quit());
}

/** Staff asked to leave: an exit code systemd does not restart after. */
export function quitForStaff(): void {
  log(`${STAFF_QUIT_COMBINATION}: staff quit to the desktop`);
  app.exit(STAFF_QUIT_EXIT_CODE);
}
