/** Where the Electron host keeps its data: the CLI's folder, whatever name the packaged app carries. */
import { app } from 'electron';
import { userDataDir } from '../paths';

/** Before 'ready': points Electron's userData at ~/.config/buurtkiosk (or BUURTKIOSK_DATA); returns it. */
export function setupUserData(): string {
  const userData = userDataDir();
  app.setPath('userData', userData);
  return userData;
}
