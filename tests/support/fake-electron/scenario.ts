/**
 * The boot test's entry: loads main/electron.ts as Electron would (its `import 'electron'` resolves
 * to ./electron.ts), plays events at the handlers it registered with the fake, then prints a JSON
 * report.
 */
import { app, FakeWebContents, ready, record, session, type FakeSession } from './electron';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A key event with the fields main's filter reads. */
const key = (k: string, mods: { control?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  type: 'keyDown',
  key: k,
  code: '',
  control: false,
  alt: false,
  shift: false,
  meta: false,
  isAutoRepeat: false,
  ...mods,
});

/** Emits `event` (with `url` on its event object) and says whether a listener called preventDefault(). */
function prevented(
  target: { emit(e: string, ...a: unknown[]): boolean },
  event: string,
  url: string | undefined,
  ...args: unknown[]
) {
  let called = false;
  target.emit(event, { preventDefault: () => (called = true), url }, ...args);
  return called;
}

export async function play(): Promise<void> {
  if (record.exits.length > 0) return report({}); // e.g. a second instance: main already left
  for (let i = 0; i < 100 && record.windows.length === 0; i++) await wait(20);
  const win = record.windows[0]!;
  const contents = win.webContents;
  await wait(50);
  const out: Record<string, unknown> = {};

  const page = await record.protocolHandler!(new Request('kiosk://app/'));
  out.page = { status: page.status, csp: page.headers.get('content-security-policy') };
  const payload = (await (await record.protocolHandler!(new Request('kiosk://app/api/kiosk'))).json()) as {
    config: { location: string | null };
  };
  out.location = payload.config.location;
  out.shown = win.shown;

  const other = new FakeWebContents(); // e.g. a devtools or popup contents: locked down the same way
  app.emit('web-contents-created', {}, other);
  out.contents = { window: contentsDecisions(contents), other: contentsDecisions(other) };
  out.sessions = {
    default: sessionDecisions(session.defaultSession),
    partition: sessionDecisions(session.fromPartition()),
  };
  out.protocol = Object.fromEntries(
    await Promise.all(
      [
        'kiosk://app/',
        'kiosk://evil/',
        'kiosk://app.evil/',
        'kiosk://app:8080/',
        'kiosk://app/%zz',
        'kiosk://app/media/..%2fsecret.png',
      ].map(async (url) => [url, (await record.protocolHandler!(new Request(url))).status]),
    ),
  );

  out.keys = Object.fromEntries(
    [
      ['Ctrl+R', key('r', { control: true })],
      ['F12', key('F12')],
      ['a', key('a')],
    ].map(([name, input]) => [
      name,
      prevented(contents, 'before-input-event', undefined, input) ? 'blocked' : 'passed',
    ]),
  );

  const loadsBefore = contents.loads.length;
  contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
  await wait(1_300); // the first reload waits 1 s
  out.reloadedAfterCrash = contents.loads.length - loadsBefore;

  for (let i = 0; i < 3; i++)
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
  out.afterGpuCrashes = record.calls.filter((c) => c === 'relaunch' || c.startsWith('exit'));

  prevented(contents, 'before-input-event', undefined, key('Q', { control: true, alt: true, shift: true }));
  report(out);
}

/** What a web contents' listeners decide for navigations, windows, webviews and Bluetooth. */
function contentsDecisions(contents: FakeWebContents) {
  const navigation = Object.fromEntries(
    [
      'kiosk://app/index.html',
      'kiosk://app.evil/',
      'kiosk://app@evil/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<h1>x</h1>',
    ].map((url) => [url, prevented(contents, 'will-navigate', url) ? 'denied' : 'allowed']),
  );
  let bluetoothChoice: unknown = 'not called';
  const bluetooth = prevented(
    contents,
    'select-bluetooth-device',
    undefined,
    [{ deviceId: 'b1' }],
    (id: string) => {
      bluetoothChoice = id;
    },
  );
  return {
    navigation,
    frameNavigation: prevented(contents, 'will-frame-navigate', 'https://example.org/')
      ? 'denied'
      : 'allowed',
    redirect: prevented(contents, 'will-redirect', 'https://example.org/') ? 'denied' : 'allowed',
    windowOpen: contents.windowOpenHandler?.({ url: 'kiosk://app/' }).action ?? 'no handler',
    webview: prevented(contents, 'will-attach-webview', undefined, {}, { src: 'kiosk://app/' })
      ? 'denied'
      : 'allowed',
    bluetooth: { prevented: bluetooth, choice: bluetoothChoice },
  };
}

/** What a session's handlers answer: permissions, devices, capture, downloads, requests. */
function sessionDecisions(ses: FakeSession) {
  const permissions = [
    'media',
    'notifications',
    'geolocation',
    'display-capture',
    'clipboard-read',
    'hid',
    'serial',
    'usb',
    'fullscreen',
  ];
  const requested: Record<string, unknown> = {};
  for (const permission of permissions) {
    ses.permissionRequest?.(null, permission, (ok: boolean) => (requested[permission] = ok), {
      requestingUrl: 'kiosk://app/',
    });
  }
  const checked = Object.fromEntries(
    permissions.map((p) => [p, ses.permissionCheck?.(null, p, 'kiosk://app', {}) ?? 'no handler']),
  );
  const answer = (
    set: ((arg: unknown, callback: (...a: unknown[]) => void) => void) | null,
    arg: unknown,
  ) => {
    let given: unknown = 'not called';
    set?.(arg, (...a: unknown[]) => (given = a));
    return given;
  };
  /** Emits a chooser event; says whether it was prevented and what the callback got. */
  const chooser = (event: string, ...args: unknown[]) => {
    let choice: unknown = 'not called';
    const wasPrevented = prevented(ses, event, undefined, ...args, (...a: unknown[]) => (choice = a));
    return { prevented: wasPrevented, choice };
  };
  const requests: Record<string, unknown> = {};
  for (const url of [
    'kiosk://app/app.js',
    'data:,',
    'data:text/html,<h1>x</h1>',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:kiosk://app/5f0c6d2e',
    'https://www.facebook.com/',
    'http://127.0.0.1:8377/',
  ]) {
    ses.beforeRequest?.({ url }, (r) => (requests[url] = r.cancel));
  }
  return {
    permissionRequest: requested,
    permissionCheck: checked,
    devicePermission: ses.devicePermission?.({ deviceType: 'usb', origin: 'kiosk://app' }) ?? 'no handler',
    displayMedia: answer(ses.displayMedia, { frame: null }),
    bluetoothPairing: answer(ses.bluetoothPairing, { deviceId: 'b1', pairingKind: 'confirm' }),
    download: prevented(ses, 'will-download', undefined, { getURL: () => 'https://evil.example/x.exe' }),
    hid: chooser('select-hid-device', { deviceList: [{ deviceId: 'h1' }] }),
    serial: chooser('select-serial-port', [{ portId: 's1' }], null),
    usb: chooser('select-usb-device', { deviceList: [{ deviceId: 'u1' }] }),
    requestCancelled: requests,
  };
}

function report(out: Record<string, unknown>): void {
  const calls = record.calls;
  process.stdout.write(
    `FAKE-ELECTRON-REPORT ${JSON.stringify({ ...out, calls, exits: record.exits, schemes: record.schemes })}\n`,
  );
  process.exit(0);
}

// Main's top-level code registers everything synchronously; `ready` then lets app.whenReady() go on.
await import('../../../main/electron');
ready();
await play();
