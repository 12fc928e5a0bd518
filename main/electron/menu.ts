/** No application menu: Electron's default one brings reload, devtools and zoom keys. */
import { Menu } from 'electron';

/** Before 'ready'. */
export function setupMenu(): void {
  Menu.setApplicationMenu(null);
}
