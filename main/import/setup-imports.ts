/**
 * Everything that changes the shown content after start-up, in one place: the importer, the USB
 * stick watcher and the watcher for imports made by the command line. Returns how to stop them.
 */
import type { KioskState } from '../kiosk-state';
import type { ContentStore } from '../store/content-store';
import { watchStore } from '../store/store-watcher';
import { startUsbImport } from '../usb/usb-import';
import { Importer } from './importer';

export interface ImportSetup {
  state: KioskState;
  store: ContentStore;
  /** Mount roots to watch; empty turns USB import off. */
  usbRoots: readonly string[];
  signingKey: string | null;
  /** Poll interval for sticks (ms). */
  usbIntervalMs?: number;
}

export interface RunningImports {
  importer: Importer;
  stop(): void;
}

/** Starts the watchers. */
export function setupImports(setup: ImportSetup): RunningImports {
  const importer = new Importer({ store: setup.store, state: setup.state, signingKey: setup.signingKey });
  const usb =
    setup.usbRoots.length > 0
      ? startUsbImport({
          roots: setup.usbRoots,
          importer,
          ...(setup.usbIntervalMs !== undefined ? { intervalMs: setup.usbIntervalMs } : {}),
        })
      : null;
  const storeWatcher = watchStore(setup.store, setup.state);
  return {
    importer,
    stop() {
      usb?.stop();
      storeWatcher.stop();
    },
  };
}
