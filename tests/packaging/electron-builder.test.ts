/**
 * The packaging config, checked offline: electron-builder's own schema validation, the targets and
 * fuses we promise, the files the .deb adds, and a real `electron-builder --dir` run against a
 * placeholder Electron (no download) whose fuse wire we then read back.
 *
 * Run directly (`node --import tsx file`), not under `node --test`: electron-builder logs to stdout
 * in-process, and Node 20's runner reads a test file's stdout as its binary report stream, so a log
 * line can break it ("Unable to deserialize cloned data"), as it did on CI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// electron-builder 26.17.0 pins these exact versions of its own libraries; they hold the validator.
import { extractFile, listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { PNG } from 'pngjs';
import { ALREADY_RUNNING_EXIT_CODE, STAFF_QUIT_EXIT_CODE } from '../../main/electron/exit-codes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-packaging-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const loadConfig = (dir: string, file = 'electron-builder.yml') => getConfig(dir, file, null);
const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

interface LinuxTarget {
  target: string;
  arch: string[];
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  before(async () => {
    config = await loadConfig(root);
  });

  it("passes electron-builder's own schema validation", async () => {
    await validate(config);
  });

  it('is refused by that validation when an option is misspelled or of the wrong type', async () => {
    const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    const dir = mkdtempSync(path.join(tmp, 'bad-'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'buurtkiosk', version: '0.1.0' }));
    writeFileSync(path.join(dir, 'typo.yml'), text.replace('  category: Utility', '  categroy: Utility'));
    writeFileSync(path.join(dir, 'type.yml'), text.replace('asar: true', 'asar: [ja]'));
    for (const file of ['typo.yml', 'type.yml']) {
      const bad = await loadConfig(dir, file);
      await assert.rejects(validate(bad), /Invalid configuration object/, file);
    }
  });

  it('builds AppImage and deb, each for x64 and arm64 (no armv7l: Electron 44+ has none)', () => {
    const targets = config.linux?.target as LinuxTarget[];
    assert.deepEqual(
      targets.map((t) => [t.target, [...t.arch].sort()]),
      [
        ['AppImage', ['arm64', 'x64']],
        ['deb', ['arm64', 'x64']],
      ],
    );
  });

  it('names the product, executable, icon, category and maintainer', () => {
    assert.equal(config.productName, 'Buurtkiosk');
    assert.match(config.appId ?? '', /^[a-z]+(\.[a-z]+)+$/);
    assert.equal(config.linux?.executableName, 'buurtkiosk');
    assert.equal(config.linux?.category, 'Utility');
    assert.match(config.linux?.maintainer ?? '', /^.+ <[^@\s]+@[^@\s]+>$/);
    const icon = PNG.sync.read(readFileSync(path.join(root, config.linux?.icon ?? '')));
    assert.deepEqual([icon.width, icon.height], [512, 512]);
  });

  it('flips the fuses that make the binary useless as a general Node.js', () => {
    assert.deepEqual(config.electronFuses, {
      runAsNode: false,
      enableCookieEncryption: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only dist/, data/ and package.json', () => {
    // getConfig normalises the list into one file set.
    const [set] = config.files as { filter: string[] }[];
    const include = set!.filter.filter((f) => !f.startsWith('!'));
    assert.deepEqual(include, ['package.json', 'dist/**/*', 'data/**/*']);
    assert.ok(set!.filter.includes('!**/node_modules/**'));
  });

  it('lets the deb bring fonts for emoji and non-Latin names, which the bundled fonts lack', () => {
    assert.deepEqual(config.deb?.recommends, ['fonts-noto-color-emoji', 'fonts-noto-core', 'fonts-noto-cjk']);
  });

  it('lets the deb install an autostart entry that starts the systemd user unit', () => {
    const fpm = config.deb?.fpm ?? [];
    const mapped = Object.fromEntries(fpm.map((a) => a.split('=')).map(([from, to]) => [to, from]));
    const autostart = mapped['/etc/xdg/autostart/buurtkiosk.desktop'];
    const unit = mapped['/usr/lib/systemd/user/buurtkiosk.service'];
    assert.ok(autostart && unit, JSON.stringify(fpm));
    const desktop = readFileSync(path.join(root, autostart), 'utf8');
    assert.match(desktop, /^Exec=.*systemctl --user import-environment WAYLAND_DISPLAY\b/m);
    assert.match(desktop, /^Exec=.*systemctl --user start buurtkiosk\.service"$/m);
    const service = readFileSync(path.join(root, unit), 'utf8');
    const installed = `/opt/${config.productName}/${config.linux?.executableName}`;
    assert.match(service, new RegExp(`^ExecStart=${installed} `, 'm'));
    assert.match(service, /^Restart=always$/m);
    // Staff quitting, or a second instance, must not be restarted by systemd.
    assert.match(
      service,
      new RegExp(`^RestartPreventExitStatus=${STAFF_QUIT_EXIT_CODE} ${ALREADY_RUNNING_EXIT_CODE}$`, 'm'),
    );
  });
});

/** Electron's fuse wire as shipped: a sentinel, version 1, length, then one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED_FUSES = '10110001'; // RunAsNode, cookie enc., NODE_OPTIONS, inspect, integrity, asar only, snapshot, file://

describe('electron-builder --dir against a placeholder Electron (offline)', () => {
  const project = path.join(tmp, 'project');
  const electronDist = path.join(tmp, 'electron-dist');
  const out = path.join(tmp, 'release');
  let run: ReturnType<typeof spawnSync>;

  before(() => {
    // A private copy of what gets packed, so a concurrent `npm run build` cannot change it mid-way.
    if (!existsSync(path.join(root, 'dist', 'main', 'electron.js'))) {
      const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
      assert.equal(build.status, 0, String(build.stderr));
    }
    for (const p of ['electron-builder.yml', 'dist', 'data', 'assets', 'packaging']) {
      cpSync(path.join(root, p), path.join(project, p), { recursive: true });
    }
    // The main process is one bundle (checked below), so the packaged app needs no node_modules and
    // the copy declares no dependencies: electron-builder then skips a slow `npm list` of ours.
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ ...pkg, dependencies: {} }, null, 2));
    mkdirSync(electronDist);
    const binary = path.join(electronDist, 'electron');
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.from('#!/bin/sh\n# placeholder\n'),
        Buffer.from(SENTINEL),
        Buffer.from([1, 8]),
        Buffer.from(SHIPPED_FUSES),
      ]),
    );
    chmodSync(binary, 0o755);
    const electronVersion = (
      JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--projectDir',
        project,
        '--config',
        'electron-builder.yml',
        '--dir',
        '--linux',
        '--x64',
        '--arm64',
        `-c.electronDist=${electronDist}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: project, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1' } },
    );
  });

  it('packs a main process that imports nothing but Electron and Node built-ins', () => {
    const bundle = readFileSync(path.join(project, 'dist', 'main', 'electron.js'), 'utf8');
    const imports = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    assert.ok(imports.includes('electron'));
    assert.deepEqual(
      imports.filter((i) => i !== 'electron' && !i.startsWith('node:')),
      [],
    );
    assert.doesNotMatch(bundle, /\brequire\(/);
  });

  it('packs without a download', () => {
    assert.equal(run.status, 0, `${String(run.stdout)}\n${String(run.stderr)}`);
  });

  for (const [arch, dir] of [
    ['x64', 'linux-unpacked'],
    ['arm64', 'linux-arm64-unpacked'],
  ] as const) {
    it(`produces ${dir}/buurtkiosk with our app.asar (${arch})`, () => {
      const exe = path.join(out, dir, 'buurtkiosk');
      assert.ok(statSync(exe).mode & 0o111, 'executable');
      const asar = path.join(out, dir, 'resources', 'app.asar');
      const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll(path.sep, '/'));
      for (const f of [
        '/package.json',
        '/dist/main/electron.js',
        '/dist/renderer/index.html',
        '/dist/renderer/app.js',
        '/data/content.json',
      ]) {
        assert.ok(files.includes(f), `${f} in app.asar`);
      }
      assert.deepEqual(
        files.filter((f) => f.includes('node_modules') || f === '/dist/cli.js' || f.startsWith('/tests')),
        [],
      );
      const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string };
      assert.equal(pkg.main, 'dist/main/electron.js');
    });

    it(`flips the fuses in the binary (${arch})`, () => {
      const bytes = readFileSync(path.join(out, dir, 'buurtkiosk'));
      const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
      assert.equal(bytes[at], 1, 'fuse wire version');
      const wire = bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
      // RunAsNode off, cookie enc. off, NODE_OPTIONS off, inspect off, integrity on, asar only on,
      // snapshot untouched, file:// privileges off.
      assert.equal(wire, '00001100');
    });
  }
});
