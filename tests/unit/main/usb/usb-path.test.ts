/**
 * The whole USB path of a running kiosk (stick watcher → importer → screen) against sticks holding
 * special files where the kiosk reads and writes. One FIFO on a stick used to stop every later USB
 * import until the process was killed with -9: here each bad stick stays plugged in, and the next
 * good stick must still reach the screen. And signing, once set, stays on in a running kiosk: a
 * mistake elsewhere in config.json, or a stick linking its report to config.json, used to turn it off.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createKiosk, type Kiosk } from '../../../../main/kiosk';
import { plugStick, sampleStickContent, tempFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let kiosk: Kiosk | undefined;
const servers: net.Server[] = [];
const mounts = () => path.join(tmp.dir, 'media');

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-usbpath-');
  mkdirSync(mounts());
  mkdirSync(path.join(tmp.dir, 'home'));
});
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  servers.splice(0).forEach((server) => server.close());
  tmp.remove();
});

/** Waits for kiosk state changes until `done()`; the deadline only turns a hang into a failure. */
async function until(k: Kiosk, what: string, done: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`waited ${ms} ms for ${what}`);
    await k.state.waitForChange(k.state.revision, left);
  }
}

/** A kiosk on the sample content, watching the temporary mount root. */
async function startKiosk(): Promise<Kiosk> {
  kiosk = await createKiosk({
    userDataDir: path.join(tmp.dir, 'home'),
    config: { usbRoots: [mounts()] },
  });
  return kiosk;
}

/** Replaces `file` with a FIFO or a listening Unix socket. */
async function special(kind: 'fifo' | 'socket', file: string): Promise<void> {
  rmSync(file, { recursive: true, force: true });
  if (kind === 'fifo') {
    execFileSync('mkfifo', [file]);
    return;
  }
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  servers.push(server); // closing it would remove the socket file
}

/** Plugs in a stick titled `title`, after `prepare` turned some of its files into special files. */
async function plug(label: string, title: string, prepare: (folder: string) => Promise<void> | void) {
  const content = sampleStickContent();
  content.title = title;
  // Built outside the mount root and renamed in, so the watcher never sees it half made.
  const stick = plugStick(tmp.dir, `bouw-${label}`, { content });
  await prepare(stick.folder);
  const mount = path.join(mounts(), label);
  renameSync(stick.mount, mount);
  return { folder: path.join(mount, 'buurtkiosk'), mount };
}

/** Plugs in a stick and waits until the kiosk told the outcome on screen: its notice is a new one. */
async function plugAndWait(k: Kiosk, label: string, prepare: (folder: string) => Promise<void> | void) {
  const before = k.state.notice;
  const stick = await plug(label, `Stick ${label}`, prepare);
  await until(k, `the notice for stick ${label}`, () => k.state.notice !== before);
  return { ...stick, notice: k.state.notice };
}

/** The notice's lines, for matching. */
const said = (notice: Kiosk['state']['notice']) => `${notice?.kind}: ${notice?.details.join(' | ')}`;

describe('special files on a stick in a running kiosk', () => {
  for (const kind of ['fifo', 'socket'] as const) {
    it(
      `refuses a ${kind} named content.json or images/koffie.png, replaces one named beheer.html or verslag.txt, and takes every next stick`,
      { timeout: 90_000 },
      async () => {
        const k = await startKiosk();

        const shown = k.state.bundle.version;
        const a = await plugAndWait(k, 'A', (f) => special(kind, path.join(f, 'content.json')));
        assert.match(said(a.notice), /^import-failed: .*content\.json is geen gewoon bestand/);
        assert.match(readFileSync(path.join(a.folder, 'verslag.txt'), 'utf8'), /geen gewoon bestand/);

        const b = await plugAndWait(k, 'B', (f) => special(kind, path.join(f, 'images', 'koffie.png')));
        assert.match(said(b.notice), /^import-failed: .*"images\/koffie\.png" is geen gewoon bestand/);
        assert.ok(lstatSync(path.join(b.folder, 'verslag.txt')).isFile());
        assert.equal(k.state.bundle.version, shown, 'nothing of a refused stick is shown');

        const c = await plugAndWait(k, 'C', async (f) => {
          await special(kind, path.join(f, 'beheer.html'));
          await special(kind, path.join(f, 'verslag.txt'));
        });
        assert.match(said(c.notice), /^import-ok/);
        assert.equal(k.state.bundle.content.title, 'Stick C');
        // beheer.html is written only where the editor is built; stick-attacks.test.ts checks it.
        assert.ok(lstatSync(path.join(c.folder, 'verslag.txt')).isFile(), 'verslag.txt is a file again');
        assert.match(readFileSync(path.join(c.folder, 'verslag.txt'), 'utf8'), /GELUKT/);

        const d = await plugAndWait(k, 'D', () => {});
        assert.match(said(d.notice), /^import-ok/);
        assert.equal(k.state.bundle.content.title, 'Stick D');
        assert.equal(k.state.bundle.source, 'USB-stick D');
      },
    );
  }

  it(
    'ignores a buurtkiosk that is a FIFO or a file, refuses an images folder that is a FIFO, and takes the next stick',
    { timeout: 90_000 },
    async () => {
      const k = await startKiosk();
      const shown = k.state.bundle.version;
      const fifoFolder = path.join(mounts(), 'FIFOMAP');
      mkdirSync(fifoFolder);
      execFileSync('mkfifo', [path.join(fifoFolder, 'buurtkiosk')]);
      mkdirSync(path.join(mounts(), 'BESTAND'));
      writeFileSync(path.join(mounts(), 'BESTAND', 'buurtkiosk'), '{}');

      const e = await plugAndWait(k, 'E', (f) => special('fifo', path.join(f, 'images')));
      assert.match(said(e.notice), /^import-failed: .*"images\/koffie\.png"/);
      assert.equal(k.state.bundle.version, shown, 'nothing of a refused stick is shown');

      const f = await plugAndWait(k, 'F', () => {});
      assert.match(said(f.notice), /^import-ok/);
      assert.equal(k.state.bundle.content.title, 'Stick F');
    },
  );
});

describe('signing in a running kiosk whose config.json has mistakes', () => {
  const KEY = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const configs: [string, string | Buffer, RegExp][] = [
    [
      'an unknown field',
      JSON.stringify({ signingKey: KEY, kleur: 'rood' }),
      /ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
    ],
    [
      'a trailing comma',
      `{ "signingKey": "${KEY}", }`,
      /ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
    ],
    [
      'idleTimeoutSeconds 5',
      JSON.stringify({ signingKey: KEY, idleTimeoutSeconds: 5 }),
      /ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
    ],
    [
      'UTF-16',
      utf16(JSON.stringify({ signingKey: KEY })),
      /ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
    ],
    ['an unreadable key', JSON.stringify({ signingKey: 'kapot' }), /aanvaardt nu geen enkele stick/],
    ['a missing comma', `{ "signingKey": "${KEY}" "location": "bijloke" }`, /aanvaardt nu geen enkele stick/],
  ];
  for (const [name, config, refusal] of configs) {
    it(`refuses an unsigned stick when config.json has ${name}`, { timeout: 60_000 }, async () => {
      writeFileSync(path.join(tmp.dir, 'home', 'config.json'), config);
      const k = await startKiosk();
      const shown = k.state.bundle.version;
      const stick = await plugAndWait(k, 'ONGETEKEND', () => {});
      assert.match(said(stick.notice), /^import-failed: /);
      assert.match(said(stick.notice), refusal);
      assert.equal(k.state.bundle.version, shown);
    });
  }

  it(
    'cannot be turned off by a stick whose report names link to config.json',
    { timeout: 60_000 },
    async () => {
      const config = path.join(tmp.dir, 'home', 'config.json');
      const text = JSON.stringify({ signingKey: KEY });
      writeFileSync(config, text);
      const k = await startKiosk();
      const names = ['verslag.txt.tmp', 'verslag.txt', 'beheer.html', 'beheer.html.tmp'];
      const attack = await plugAndWait(k, 'AANVAL', (f) =>
        names.forEach((n) => symlinkSync(config, path.join(f, n))),
      );
      assert.match(
        said(attack.notice),
        /^import-failed: .*ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
      );
      assert.equal(readFileSync(config, 'utf8'), text, 'config.json untouched');
      await kiosk?.stop();
      // Unplugged first: the restarted kiosk would read it again, and its refusal would pass for the next.
      rmSync(attack.mount, { recursive: true, force: true });
      const restarted = await startKiosk(); // the kiosk reads config.json again
      const next = await plugAndWait(restarted, 'ONGETEKEND', () => {});
      assert.match(
        said(next.notice),
        /^import-failed: .*ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
      );
    },
  );
});
