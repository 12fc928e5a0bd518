/**
 * A recording stand-in for the `electron` module, just wide enough for main/electron.ts, so the
 * main process's wiring runs in Node (the real binary cannot be downloaded here). It keeps the
 * handlers main registers; ./scenario.ts (the boot test's entry) loads main, then plays events at
 * them and prints what happened.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

/** Everything main registered or called, for the scenario and the test to inspect. */
export const record = {
  calls: [] as string[],
  exits: [] as number[],
  schemes: [] as unknown[],
  protocolHandler: null as ((request: Request) => Promise<Response>) | null,
  permissionRequest: null as ((...args: unknown[]) => void) | null,
  permissionCheck: null as ((...args: unknown[]) => boolean) | null,
  beforeRequest: null as ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null,
  windows: [] as FakeBrowserWindow[],
};

class FakeWebContents extends EventEmitter {
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

const appEvents = new EventEmitter();
/** Fires app's `ready`; ./scenario.ts calls it once main has registered its handlers. */
export let ready: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => (ready = resolve));

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

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (record.permissionRequest = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (record.permissionCheck = h),
    setDevicePermissionHandler: () => record.calls.push('setDevicePermissionHandler'),
    webRequest: {
      onBeforeRequest: (h: NonNullable<typeof record.beforeRequest>) => (record.beforeRequest = h),
    },
  },
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
