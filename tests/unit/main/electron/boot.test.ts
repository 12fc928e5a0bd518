/**
 * Runs the real main/electron.ts against a recording fake of the `electron` module
 * (tests/support/fake-electron): the wiring between Electron's events and our policies executes, not
 * only type-checks. The fake plays a navigation to kiosk://app.evil/, device and download requests,
 * kiosk:// requests for other hosts, a crash, GPU crashes, keys.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readAfterPaintScript } from '../../../../main/server/after-paint-script';
import { readInlineHashes } from '../../../../main/server/inline-hashes';
import { contentSecurityPolicy, cspHash } from '../../../../main/server/security-headers';
import { rendererDistDir } from '../../../../main/paths';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-boot-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface Report {
  [key: string]: unknown;
  /** What kiosk://app/ answered: its status and Content-Security-Policy. */
  page?: { status: number; csp: string };
  calls: string[];
  exits: number[];
}

/** Starts main/electron.ts with the fake; returns its report and its user data folder. */
async function boot(name: string, prepare: (dir: string) => void, env: Record<string, string> = {}) {
  const data = mkdtempSync(path.join(tmp, `${name}-`));
  prepare(data);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    BUURTKIOSK_DATA: data,
    BUURTKIOSK_QUIET: '1',
    ...env,
  };
  delete childEnv.INVOCATION_ID;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './tests/support/fake-electron/register.mjs',
      'tests/support/fake-electron/scenario.ts',
    ],
    { cwd: root, env: childEnv, timeout: 60_000 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('FAKE-ELECTRON-REPORT '));
  assert.ok(line, stdout);
  return { report: JSON.parse(line.slice('FAKE-ELECTRON-REPORT '.length)) as Report, data };
}

describe('main process boot (against a fake electron module)', () => {
  let main: Awaited<ReturnType<typeof boot>>;
  let gpuOff: Awaited<ReturnType<typeof boot>>;
  let second: Awaited<ReturnType<typeof boot>>;
  before(async () => {
    const flag = { since: '2026-11-27T10:00:00.000Z', appVersion: '0.1.0', reason: 'test' };
    [main, gpuOff, second] = await Promise.all([
      boot('main', (d) => writeFileSync(path.join(d, 'config.json'), '{ "location": "hof-ten-rode" }')),
      boot('gpu-off', (d) => writeFileSync(path.join(d, 'gpu-disabled.json'), JSON.stringify(flag))),
      boot('second', () => {}, { FAKE_ELECTRON_SECOND_INSTANCE: '1' }),
    ]);
  });

  it('serves kiosk://app/ through the shared handler, with the CSP, and shows the window', () => {
    // The built page's policy: 'self' plus the hashes of its inline script and style, and, for the
    // page drawn on the server, the hashes of the drawn elements' styles and of the script that
    // starts the app after the first paint (main/server/index-page.ts).
    const built = contentSecurityPolicy(readInlineHashes(rendererDistDir));
    assert.match(built, /script-src 'self' 'sha256-/);
    assert.equal(main.report.page?.status, 200);
    const served = main.report.page?.csp ?? '';
    const styles = /style-src ([^;]*)/.exec(served)?.[1]?.split(' ') ?? [];
    const drawn = styles.filter((token) => !built.includes(token));
    assert.ok(drawn.length > 0, 'the first screen is drawn in Electron too');
    for (const token of drawn) assert.match(token, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    const afterPaint = cspHash(readAfterPaintScript(rendererDistDir) ?? '');
    assert.ok(served.includes(`${built.split('; ')[1]} ${afterPaint};`), 'the after-paint script is allowed');
    const withoutDrawn = served
      .replace(/style-src [^;]*/, (list: string) =>
        list
          .split(' ')
          .filter((token) => !drawn.includes(token))
          .join(' '),
      )
      .replace(` ${afterPaint}`, '');
    assert.equal(withoutDrawn, built);
    assert.equal(main.report.shown, true);
    assert.ok(main.report.calls.includes('loadURL kiosk://app/'));
    assert.deepEqual(main.report.schemes, [
      {
        scheme: 'kiosk',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
      },
    ]);
  });

  it('uses the user data folder for config.json and the log', () => {
    assert.ok(main.report.calls.includes(`setPath userData ${main.data}`));
    assert.equal(main.report.location, 'hof-ten-rode');
    const log = readFileSync(path.join(main.data, 'logs', 'buurtkiosk.log'), 'utf8');
    assert.match(log, /lockdown: navigation to kiosk:\/\/app\.evil\/ refused/);
  });

  it('removes the menu, sandboxes every renderer and keeps the display awake', () => {
    for (const call of [
      'setApplicationMenu null',
      'enableSandbox',
      'powerSaveBlocker prevent-display-sleep',
    ]) {
      assert.ok(main.report.calls.includes(call), call);
    }
  });

  it('locks down the window and any other web contents: navigation, windows, webviews, Bluetooth', () => {
    const contents = main.report.contents as Record<string, unknown>;
    for (const which of ['window', 'other']) {
      assert.deepEqual(
        contents[which],
        {
          navigation: {
            'kiosk://app/index.html': 'allowed',
            'kiosk://app.evil/': 'denied',
            'kiosk://app@evil/': 'denied',
            'javascript:alert(1)': 'denied',
            'file:///etc/passwd': 'denied',
            'data:text/html,<h1>x</h1>': 'denied',
          },
          frameNavigation: 'denied',
          redirect: 'denied',
          windowOpen: 'deny',
          webview: 'denied',
          bluetooth: { prevented: true, choice: '' },
        },
        which,
      );
    }
  });

  it('refuses permissions, device choosers, screen capture and downloads in every session', () => {
    const sessions = main.report.sessions as Record<string, Record<string, unknown>>;
    for (const which of ['default', 'partition']) {
      const decided = sessions[which];
      assert.ok(decided, which);
      const { permissionRequest, permissionCheck, requestCancelled: _, ...rest } = decided;
      for (const answers of [permissionRequest, permissionCheck]) {
        const values = Object.values(answers as Record<string, unknown>);
        assert.equal(values.length, 9, which);
        assert.ok(
          values.every((v) => v === false),
          `${which}: ${JSON.stringify(answers)}`,
        );
      }
      assert.deepEqual(
        rest,
        {
          devicePermission: false,
          displayMedia: [null],
          bluetoothPairing: [{ confirmed: false }],
          download: true,
          hid: { prevented: true, choice: [] },
          serial: { prevented: true, choice: [''] },
          usb: { prevented: true, choice: [] },
        },
        which,
      );
    }
  });

  it("lets requests reach only kiosk://app and the page's empty icon, in every session", () => {
    const sessions = main.report.sessions as Record<string, Record<string, unknown>>;
    for (const which of ['default', 'partition']) {
      assert.deepEqual(
        sessions[which]?.requestCancelled,
        {
          'kiosk://app/app.js': false,
          'data:,': false,
          'data:text/html,<h1>x</h1>': true,
          'data:image/png;base64,iVBORw0KGgo=': true,
          'blob:kiosk://app/5f0c6d2e': true,
          'https://www.facebook.com/': true,
          'http://127.0.0.1:8377/': true,
        },
        which,
      );
    }
  });

  it('answers only the app host on kiosk://, and checks the path as the browser host does', () => {
    assert.deepEqual(main.report.protocol, {
      'kiosk://app/': 200,
      'kiosk://evil/': 421,
      'kiosk://app.evil/': 421,
      'kiosk://app:8080/': 421,
      'kiosk://app/%zz': 400,
      'kiosk://app/media/..%2fsecret.png': 400,
    });
  });

  it('filters keys and quits with the staff code on Ctrl+Alt+Shift+Q', () => {
    assert.deepEqual(main.report.keys, { 'Ctrl+R': 'blocked', F12: 'blocked', a: 'passed' });
    assert.equal(main.report.exits.at(-1), 42);
  });

  it('reloads after a renderer crash, and restarts without the GPU after three GPU crashes', () => {
    assert.equal(main.report.reloadedAfterCrash, 1);
    assert.deepEqual(main.report.afterGpuCrashes, ['relaunch', 'exit 0']);
    const flag = JSON.parse(readFileSync(path.join(main.data, 'gpu-disabled.json'), 'utf8')) as {
      appVersion: string;
    };
    assert.equal(flag.appVersion, '0.1.0');
  });

  it('starts without hardware acceleration when an earlier run switched it off', () => {
    assert.ok(gpuOff.report.calls.includes('disableHardwareAcceleration'));
    assert.ok(!main.report.calls.slice(0, 5).includes('disableHardwareAcceleration'));
  });

  it('leaves at once with code 43 when another kiosk already runs', () => {
    assert.deepEqual(second.report.exits, [43]);
    assert.ok(!second.report.calls.some((c) => c.startsWith('loadURL')));
  });
});
