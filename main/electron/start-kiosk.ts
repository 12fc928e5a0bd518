/** The kiosk itself (content, config, state, handler), built as for the browser host. */
import { app } from 'electron';
import { ContentError, createKiosk, type Kiosk } from '../kiosk';
import { createLogger } from '../log';
import { parseElectronFlags } from './flags';

const log = createLogger('electron');

/** After 'ready'. Null when it cannot start (the reason is logged and the app exits with 1). */
export async function setupKiosk(userData: string): Promise<Kiosk | null> {
  log(`buurtkiosk ${app.getVersion()} on Electron ${process.versions.electron}, data in ${userData}`);
  try {
    return await createKiosk({ ...parseElectronFlags(process.argv), userDataDir: userData });
  } catch (err) {
    if (err instanceof ContentError) log(`content in ${err.dir} not usable: ${err.lines.join('; ')}`);
    else log(`cannot start: ${(err as Error).stack ?? String(err)}`);
    app.exit(1);
    return null;
  }
}
