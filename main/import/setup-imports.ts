/**
 * Everything that changes the shown content after start-up, in one place: the importer, the USB
 * stick watcher and the watcher for imports made by the command line. Returns how to stop them.
 */
import type { SigningSetting } from '../../core/config/device-config';
import type { KioskState } from '../kiosk-state';
import type { ContentStore } from '../store/content-store';
import { watchStore } from '../store/store-watcher';
import { watchSticks } from '../usb/stick-watcher';
import { Importer } from './importer';

export interface ImportSetup {
  state: KioskState;
  store: ContentStore;
  /** Mount roots to watch; empty turns USB import off. */
  usbRoots: readonly string[];
  signing: SigningSetting;
  /** Poll interval for sticks (ms). */
  usbIntervalMs?: number;
}

export interface RunningImports {
  importer: Importer;
  /** Mount points of sticks that stopped answering (for the staff view). */
  quarantined(): string[];
  /** Stops watching; resolves once nothing started here still writes (store, stick, import log). */
  stop(): Promise<void>;
}

/** Starts the watchers. */
export function setupImports(setup: ImportSetup): RunningImports {
  const importer = new Importer({ store: setup.store, state: setup.state, signing: setup.signing });
  const usb =
    setup.usbRoots.length > 0
      ? watchSticks({
          roots: setup.usbRoots,
          ...(setup.usbIntervalMs !== undefined ? { intervalMs: setup.usbIntervalMs } : {}),
          onStick: async (stick) => {
            await importer.run({
              folder: stick.folder,
              source: `USB-stick ${stick.label}`,
              medium: 'stick',
              within: stick.mount,
              guard: stick.guard,
            });
          },
          onStalled: (stick) => void importer.noteStalled(`USB-stick ${stick.label}`),
          onFailed: (stick) => void importer.noteFailed(`USB-stick ${stick.label}`),
        })
      : null;
  const storeWatcher = watchStore(setup.store, setup.state);
  return {
    importer,
    quarantined: () => usb?.quarantined() ?? [],
    async stop() {
      storeWatcher.stop();
      await usb?.stop();
      await importer.settled();
    },
  };
}
