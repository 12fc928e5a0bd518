import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { editCommand } from '../../../../main/cli/edit-command';
import { launchHtml } from '../../../../main/cli/launch-page';
import { browserCommand, openInBrowser, type Spawn } from '../../../../main/cli/open-browser';
import { PortTakenError } from '../../../../main/cli/port-taken';

const dataDir = new URL('../../../../data/', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const editor = { html: '<!doctype html><title>beheer</title>', csp: "default-src 'none'" };

/** Waits until `lines` has `n` lines. */
async function lineCount(lines: string[], n: number): Promise<void> {
  while (lines.length < n) await new Promise((r) => setTimeout(r, 10));
}

describe('buurtkiosk edit', () => {
  it('prints its address at once, then opens the browser, and stops on Ctrl-C', async () => {
    const folder = path.join(tmp, 'map');
    cpSync(dataDir, folder, { recursive: true });
    const lines: string[] = [];
    const opened: string[] = [];
    const done = editCommand(
      folder,
      { port: 0, openBrowser: true, editor },
      (l) => lines.push(l),
      async (url) => {
        opened.push(url);
        assert.equal(lines.length, 2, 'the address is printed before the browser is asked');
        return true;
      },
    );
    await lineCount(lines, 3);
    assert.equal(lines[0], `De editor bewerkt ${folder}`);
    assert.match(lines[1]!, /^Open in je browser: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{24}$/);
    const address = lines[1]!.slice('Open in je browser: '.length);
    assert.equal(lines[2], 'Je browser opent de editor. (Ctrl-C stopt)');
    // The browser is given a page only this account can read, never the token itself: a browser's
    // command line can be read by every account on the computer.
    assert.equal(opened.length, 1);
    assert.doesNotMatch(opened[0]!, /token/);
    const launch = fileURLToPath(opened[0]!);
    assert.equal(statSync(launch).mode & 0o777, 0o600);
    assert.equal(statSync(path.dirname(launch)).mode & 0o777, 0o700);
    assert.ok(
      readFileSync(launch, 'utf8').includes(`<meta http-equiv="refresh" content="0;url=${address}" />`),
    );
    const page = await fetch(address);
    assert.equal(page.status, 200);
    process.emit('SIGINT');
    assert.equal(await done, 0);
    assert.ok(!existsSync(path.dirname(launch)), 'the launch page goes when the editor stops');
  });

  it('says to copy the address when no browser opens, or with --no-open', async () => {
    for (const openBrowser of [true, false]) {
      const lines: string[] = [];
      const done = editCommand(
        dataDir,
        { port: 0, openBrowser, editor },
        (l) => lines.push(l),
        async () => false,
      );
      await lineCount(lines, 3);
      assert.equal(lines[2], 'Kopieer dat adres naar je browser. (Ctrl-C stopt)');
      process.emit('SIGINT');
      await done;
    }
  });

  it('says in Dutch that a port is taken and how to pick another', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      await assert.rejects(
        editCommand(dataDir, { port, openBrowser: false, editor }, () => {}),
        (err: unknown) =>
          err instanceof PortTakenError &&
          err.message.startsWith(`Poort ${port} is al in gebruik`) &&
          err.message.includes(`--port ${port + 1}`),
      );
    } finally {
      blocker.close();
    }
  });
});

describe('opening the browser', () => {
  it('uses xdg-open, open or start, and nothing on a Linux without a display', () => {
    const url = 'http://127.0.0.1:1/?token=x';
    assert.deepEqual(browserCommand(url, 'linux', { DISPLAY: ':0' }), { command: 'xdg-open', args: [url] });
    assert.deepEqual(browserCommand(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command, 'xdg-open');
    assert.equal(browserCommand(url, 'linux', {}), null);
    assert.deepEqual(browserCommand(url, 'darwin', {}), { command: 'open', args: [url] });
    assert.deepEqual(browserCommand(url, 'win32', {}), { command: 'cmd', args: ['/c', 'start', '""', url] });
  });

  it('fails quietly when the opener does not exist', async () => {
    const missing: Spawn = (_command, args, options) => spawn('buurtkiosk-geen-browser-hier', args, options);
    assert.equal(await openInBrowser('http://127.0.0.1:1/', missing, 'linux', { DISPLAY: ':0' }), false);
    const throwing: Spawn = () => {
      throw new Error('EPERM');
    };
    assert.equal(await openInBrowser('http://127.0.0.1:1/', throwing, 'darwin', {}), false);
  });

  it('reports success once the opener has started', async () => {
    const fine: Spawn = (_command, _args, options) => spawn(process.execPath, ['-e', ''], options);
    assert.equal(await openInBrowser('http://127.0.0.1:1/', fine, 'darwin', {}), true);
  });
});

describe('the launch page of buurtkiosk edit', () => {
  it('leads to the address as given, with every character that could end the attribute escaped', () => {
    const html = launchHtml('http://127.0.0.1:5000/?token=a"b<c>&d');
    assert.ok(html.includes('content="0;url=http://127.0.0.1:5000/?token=a&quot;b&lt;c&gt;&amp;d"'));
    assert.ok(
      html.includes('<a href="http://127.0.0.1:5000/?token=a&quot;b&lt;c&gt;&amp;d">Open de editor</a>'),
    );
  });
});
