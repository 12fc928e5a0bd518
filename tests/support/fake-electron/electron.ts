/**
 * A recording stand-in for the `electron` module, just wide enough for main/electron.ts, so the
 * main process's wiring runs in Node (the real binary cannot be downloaded here). It keeps the
 * handlers main registers; ./scenario.ts (the boot test's entry) loads main, then plays events at
 * them and prints what happened.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;
type Callback = (...args: unknown[]) => void;

/** A session: the handlers main set on it; its events (downloads, device choosers) are emitted. */
export class FakeSession extends EventEmitter {
  permissionRequest: ((...args: unknown[]) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  displayMedia: ((request: unknown, callback: Callback) => void) | null = null;
  bluetoothPairing: ((details: unknown, callback: Callback) => void) | null = null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler(h: (...args: unknown[]) => void): void {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: (...args: unknown[]) => boolean): void {
    this.permissionCheck = h;
  }
  setDevicePermissionHandler(h: (...args: unknown[]) => boolean): void {
    this.devicePermission = h;
  }
  setDisplayMediaRequestHandler(h: (request: unknown, callback: Callback) => void): void {
    this.displayMedia = h;
  }
  setBluetoothPairingHandler(h: (details: unknown, callback: Callback) => void): void {
    this.bluetoothPairing = h;
  }
  readonly webRequest = {
    onBeforeRequest: (h: NonNullable<FakeSession['beforeRequest']>) => (this.beforeRequest = h),
  };
}

/** Everything main registered or called, for the scenario and the test to inspect. */
export const record = {
  calls: [] as string[],
  exits: [] as number[],
  schemes: [] as unknown[],
  protocolHandler: null as ((request: Request) => Promise<Response>) | null,
  windows: [] as FakeBrowserWindow[],
};

const appEvents = new EventEmitter();
/** Fires app's `ready`; ./scenario.ts calls it once main has registered its handlers. */
export let ready: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => (ready = resolve));

export const session = {
  defaultSession: new FakeSession(),
  /** As in Electron: a new session, announced with app's 'session-created'. */
  fromPartition(): FakeSession {
    const created = new FakeSession();
    appEvents.emit('session-created', created);
    return created;
  },
};

export class FakeWebContents extends EventEmitter {
  readonly session = session.defaultSession;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  loads: string[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    record.calls.push(`loadURL ${url}`);
    setTimeout(() => this.emit('did-finish-load'), 0);
  }
  closeDevTools(): void {}
  async setVisualZoomLevelLimits(): Promise<void> {}
  setZoomFactor(): void {}
  forcefullyCrashRenderer(): void {
    record.calls.push('forcefullyCrashRenderer');
  }
}

export const app = {
  setPath: (name: string, value: string) => record.calls.push(`setPath ${name} ${value}`),
  requestSingleInstanceLock: () => process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1',
  on: (event: string, listener: Listener) => appEvents.on(event, listener as (...a: unknown[]) => void),
  emit: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args),
  exit: (code = 0) => {
    record.exits.push(code);
    record.calls.push(`exit ${code}`);
  },
  quit: () => record.calls.push('quit'),
  relaunch: () => record.calls.push('relaunch'),
  whenReady: () => readyPromise,
  enableSandbox: () => record.calls.push('enableSandbox'),
  disableHardwareAcceleration: () => record.calls.push('disableHardwareAcceleration'),
  isHardwareAccelerationEnabled: () => !record.calls.includes('disableHardwareAcceleration'),
  getVersion: () => '0.1.0',
};

export const Menu = {
  setApplicationMenu: (menu: unknown) => record.calls.push(`setApplicationMenu ${String(menu)}`),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
  handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
    (record.protocolHandler = handler),
};

const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
});

export const powerSaveBlocker = {
  start: (type: string) => (record.calls.push(`powerSaveBlocker ${type}`), 1),
  isStarted: () => true,
};

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows = () => [...record.windows];
  readonly webContents = new FakeWebContents();
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record.windows.push(this);
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  show(): void {
    this.shown = true;
  }
  loadURL(url: string): Promise<void> {
    setTimeout(() => this.emit('ready-to-show'), 0);
    return this.webContents.loadURL(url);
  }
  isDestroyed = () => false;
  getBounds = () => ({ ...display.bounds });
  setBounds(): void {}
  isFullScreen = () => true;
  setFullScreen(): void {}
  isKiosk = () => true;
  setKiosk(): void {}
  focus(): void {}
}
export { FakeBrowserWindow as BrowserWindow };

export default { app, Menu, protocol, session, screen, powerSaveBlocker, BrowserWindow: FakeBrowserWindow };
