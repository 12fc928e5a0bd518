/** Keeps the display awake while the kiosk runs (compositor idle daemons are handled in the docs). */
import { powerSaveBlocker } from 'electron';
import { createLogger } from '../log';

/** After 'ready'. This asks the session not to blank; swayidle on labwc must still be removed. */
export function setupPowerSaveBlocker(): void {
  const id = powerSaveBlocker.start('prevent-display-sleep');
  createLogger('power')(
    `display sleep blocked (${powerSaveBlocker.isStarted(id) ? 'active' : 'not active'})`,
  );
}
