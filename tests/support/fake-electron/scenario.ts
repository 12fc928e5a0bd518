/**
 * The boot test's entry: loads main/electron.ts as Electron would (its `import 'electron'` resolves
 * to ./electron.ts), plays events at the handlers it registered with the fake, then prints a JSON
 * report.
 */
import { app, ready, record } from './electron';

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

  out.navigation = Object.fromEntries(
    [
      'kiosk://app/index.html',
      'kiosk://app.evil/',
      'kiosk://app@evil/',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ].map((url) => [url, prevented(contents, 'will-navigate', url) ? 'denied' : 'allowed']),
  );
  out.redirect = prevented(contents, 'will-redirect', 'https://example.org/') ? 'denied' : 'allowed';
  out.windowOpen = contents.windowOpenHandler!({ url: 'kiosk://app/' }).action;
  out.webview = prevented(contents, 'will-attach-webview', undefined, {}, { src: 'https://example.org/' })
    ? 'denied'
    : 'allowed';

  let permission: boolean | undefined;
  record.permissionRequest!(contents, 'media', (ok: boolean) => (permission = ok), {
    requestingUrl: 'kiosk://app/',
  });
  out.permissionRequest = permission;
  out.permissionCheck = record.permissionCheck!(contents, 'notifications', 'kiosk://app', {});
  const requests: Record<string, boolean> = {};
  for (const url of ['kiosk://app/app.js', 'https://www.facebook.com/', 'http://127.0.0.1:8377/']) {
    record.beforeRequest!({ url }, (r) => (requests[url] = r.cancel));
  }
  out.requestCancelled = requests;

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
