/** USB import: the stick watcher feeding the importer. Roots come from the device settings. */
import type { Importer } from '../import/importer';
import { watchSticks, type StickWatcher } from './stick-watcher';

export interface UsbImportOptions {
  /** Mount-root patterns (DEFAULT_MOUNT_ROOTS unless the device settings say otherwise). */
  roots: readonly string[];
  importer: Importer;
  intervalMs?: number;
  settleMs?: number;
}

/** Starts watching `roots`; each stick is imported once per appearance. */
export function startUsbImport(options: UsbImportOptions): StickWatcher {
  return watchSticks({
    roots: options.roots,
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
    ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
    onStick: async (stick) => {
      await options.importer.run(stick.folder, `USB-stick ${stick.label}`, 'stick', stick.mount);
    },
  });
}
