/**
 * `buurtkiosk start` says "Electron wordt gedownload (eenmalig)" only when it really starts a
 * download, and an offline machine does not try (and say it) again on every start.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DOWNLOAD_RETRY_MS, findElectronBinary } from '../../../../main/cli/electron-binary';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-electron-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** A fake node_modules/electron (without its binary unless `installed`), and an empty data folder. */
function setup(installed = false) {
  const dir = path.join(tmp, `case-${++count}`);
  const electronDir = path.join(dir, 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ version: '45.5.0' }));
  const install = () => {
    mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  };
  if (installed) install();
  const said: string[] = [];
  let attempts = 0;
  return {
    said,
    attempts: () => attempts,
    install,
    base: {
      electronDir,
      dataDir: path.join(dir, 'data'),
      env: { XDG_CACHE_HOME: path.join(dir, 'cache') },
      say: (line: string) => said.push(line),
    },
    failing: () => {
      attempts++;
    },
    working: () => {
      attempts++;
      install();
    },
  };
}

describe('finding Electron for buurtkiosk start', () => {
  it('uses an installed binary without a word', () => {
    const s = setup(true);
    assert.match(findElectronBinary({ ...s.base, runInstaller: s.failing }) ?? '', /dist\/electron$/);
    assert.deepEqual(s.said, []);
    assert.equal(s.attempts(), 0);
  });

  it('says "gedownload (eenmalig)" when it downloads, and nothing more when that works', () => {
    const s = setup();
    assert.ok(findElectronBinary({ ...s.base, runInstaller: s.working }));
    assert.deepEqual(s.said, ['Electron wordt gedownload (eenmalig)…']);
  });

  it('says "uitgepakt" when the download is already in the cache', () => {
    const s = setup();
    const cached = path.join(s.base.env.XDG_CACHE_HOME, 'electron', 'abc123');
    mkdirSync(cached, { recursive: true });
    writeFileSync(path.join(cached, `electron-v45.5.0-${process.platform}-${process.arch}.zip`), '');
    findElectronBinary({ ...s.base, runInstaller: s.working });
    assert.deepEqual(s.said, ['Electron wordt uitgepakt…']);
  });

  it('after a failed download, does not try (or say it tries) again for a day', () => {
    const s = setup();
    let now = Date.parse('2026-12-01T10:00:00Z');
    const find = () => findElectronBinary({ ...s.base, runInstaller: s.failing, now: () => now });
    assert.equal(find(), null);
    assert.deepEqual(s.said, [
      'Electron wordt gedownload (eenmalig)…',
      'Electron downloaden lukte niet (geen internet?); buurtkiosk probeert het morgen opnieuw.',
    ]);
    assert.ok(existsSync(path.join(s.base.dataDir, 'electron-download.json')));
    now += DOWNLOAD_RETRY_MS - 60_000;
    assert.equal(find(), null);
    assert.equal(s.attempts(), 1);
    assert.equal(s.said.length, 2);
    now += 120_000;
    find();
    assert.equal(s.attempts(), 2);
  });

  it('never downloads with ELECTRON_SKIP_BINARY_DOWNLOAD, or without the electron package', () => {
    const s = setup();
    assert.equal(
      findElectronBinary({ ...s.base, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, runInstaller: s.working }),
      null,
    );
    assert.equal(findElectronBinary({ ...s.base, electronDir: null, runInstaller: s.working }), null);
    assert.equal(s.attempts(), 0);
    assert.deepEqual(s.said, []);
  });
});
