/** Assembles the kiosk for either host: content, device config, state and the request handler. */
import { describeProblem } from '../core/content/problem';
import type { DeviceConfig, DeviceConfigInput } from '../core/config/device-config';
import { rendererConfigOf, resolveDeviceConfig } from '../core/config/device-config';
import { readBuildInfo } from './build-info';
import { deviceConfigFile, loadDeviceConfig } from './config/load-device-config';
import { loadContent, type ContentBundle } from './content/load-content';
import { setupImports } from './import/setup-imports';
import { readStaffStatus } from './import/staff-status';
import { KioskState } from './kiosk-state';
import { createLogger } from './log';
import { firstScreenModule, rendererDistDir, sampleContentDir, userDataDir } from './paths';
import { loadFirstScreen } from './server/first-screen';
import { createHandler, type Handler } from './server/handler';
import { ContentStore } from './store/content-store';
import {
  setupNetworkUpdates,
  type NetworkSetup,
  type RunningNetworkUpdates,
} from './update/setup-network-updates';

const log = createLogger('kiosk');

export interface KioskOptions {
  /** A content folder to show instead of the store / sample data. */
  contentDir?: string;
  /** This screen's own location id. */
  location?: string;
  /** More settings that win over config.json (besides `location`). */
  config?: DeviceConfigInput;
  /** The per-user data folder holding config.json (default: userDataDir()). */
  userDataDir?: string;
  rendererDir?: string;
  /** The built first-screen render (dist/ssr/first-screen.js); a missing file means app.js draws it. */
  firstScreenModule?: string;
  buildDate?: string;
  longPollMs?: number;
  /** The clock the first screen is drawn at (tests fix it); Date.now by default. */
  clock?: () => number;
  /** Test seams of the network updater (jitter, clock, time limits). */
  networkTuning?: NetworkSetup['tuning'];
}

export interface Kiosk {
  state: KioskState;
  handler: Handler;
  /** The resolved device config (config.json overridden by flags). */
  device: DeviceConfig;
  /** The network updater and its status. */
  network: RunningNetworkUpdates;
  /**
   * Stops the USB, store and network watchers, and resolves once the imports and checks under way have
   * ended: nothing the kiosk started still writes to its folder or a stick (the host stops serving by
   * itself).
   */
  stop(): Promise<void>;
}

/** Thrown when an explicitly named content folder is unusable: the caller reports and exits. */
export class ContentError extends Error {
  constructor(
    readonly dir: string,
    readonly lines: string[],
  ) {
    super(`content in ${dir} is not usable`);
  }
}

/** Loads the bundled sample content, which is checked by the tests and must always be valid. */
export async function loadSampleContent(): Promise<ContentBundle> {
  const result = await loadContent(sampleContentDir, 'voorbeeldinhoud');
  if (!result.ok) throw new Error(`bundled sample content is invalid: ${JSON.stringify(result.problems)}`);
  return result.bundle;
}

/**
 * Builds state and handler. Without `contentDir` the store's current content is shown (the sample
 * until the first import) and USB sticks are watched for.
 */
export async function createKiosk(options: KioskOptions = {}): Promise<Kiosk> {
  let bundle: ContentBundle;
  let store: ContentStore | null = null;
  if (options.contentDir) {
    const result = await loadContent(options.contentDir, `map ${options.contentDir}`);
    if (!result.ok) {
      throw new ContentError(options.contentDir, result.problems.map(describeProblem));
    }
    bundle = result.bundle;
  } else {
    store = ContentStore.inUserData(options.userDataDir ?? userDataDir());
    bundle = (await store.loadCurrent())?.bundle ?? (await loadSampleContent());
  }
  const file = await loadDeviceConfig(
    deviceConfigFile(options.userDataDir ?? userDataDir()),
    createLogger('config'),
  );
  const device = resolveDeviceConfig(
    file.layer,
    options.config ?? {},
    options.location ? { location: options.location } : {},
  );
  const state = new KioskState(bundle, rendererConfigOf(device));
  log(`showing ${bundle.source} (${bundle.version})`);
  const imports = store
    ? setupImports({ state, store, usbRoots: device.usbRoots, signing: device.signing })
    : null;
  const network = setupNetworkUpdates({
    updateUrl: device.updateUrl,
    updateUrlProblem: file.updateUrlProblem,
    intervalSeconds: device.updateIntervalSeconds,
    signing: device.signing,
    state,
    store,
    ...(options.networkTuning ? { tuning: options.networkTuning } : {}),
  });
  const handler = createHandler({
    state,
    staffStatus: () =>
      readStaffStatus({
        state,
        store,
        signing: device.signing,
        configProblems: file.problems,
        usbRoots: store ? device.usbRoots : [],
        quarantined: imports?.quarantined() ?? [],
        network: network.status(),
      }),
    rendererDir: options.rendererDir ?? rendererDistDir,
    renderFirstScreen: await loadFirstScreen(
      options.firstScreenModule ?? firstScreenModule,
      createLogger('first screen'),
    ),
    buildDate: options.buildDate ?? readBuildInfo().buildDate,
    ...(options.longPollMs !== undefined ? { longPollMs: options.longPollMs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    state,
    handler,
    device,
    network,
    stop: async () => {
      await Promise.all([imports?.stop(), network.stop()]);
    },
  };
}
