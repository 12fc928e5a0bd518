import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { expandMountRoots } from '../../../../main/usb/mount-roots';
import { watchSticks, type FoundStick, type StickWatcher } from '../../../../main/usb/stick-watcher';
import { plugStick, tempFolder } from '../../../support/usb-stick';

let tmp: { dir: string; remove(): void };
let found: FoundStick[];
let watcher: StickWatcher | undefined;
const quiet = () => {};

/** A watcher that never polls by itself after its first look: the test drives poll(). */
async function manualWatcher(roots: string[]): Promise<StickWatcher> {
  watcher = watchSticks({
    roots,
    intervalMs: 3_600_000,
    settleMs: 3_600_000,
    log: quiet,
    onStick: async (s) => {
      found.push(s);
    },
  });
  await watcher.poll(); // the first look runs at start; let it finish before the test plugs anything
  return watcher;
}

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-mounts-');
  found = [];
});
afterEach(() => {
  watcher?.stop();
  tmp.remove();
});

describe('mount roots', () => {
  it('expands /media/*/* style patterns with readdir, skipping hidden entries', async () => {
    mkdirSync(path.join(tmp.dir, 'media', 'pi', 'KIOSK'), { recursive: true });
    mkdirSync(path.join(tmp.dir, 'media', 'pi', '.hidden'), { recursive: true });
    mkdirSync(path.join(tmp.dir, 'mnt', 'usb'), { recursive: true });
    const roots = [`${tmp.dir}/media/*/*`, `${tmp.dir}/mnt/*`, `${tmp.dir}/nowhere/*`];
    assert.deepEqual(await expandMountRoots(roots), [
      path.join(tmp.dir, 'media', 'pi', 'KIOSK'),
      path.join(tmp.dir, 'mnt', 'usb'),
    ]);
  });

  it('finds sticks one or two levels under a plain root folder such as /media', async () => {
    mkdirSync(path.join(tmp.dir, 'media', 'pi', 'KIOSK'), { recursive: true });
    mkdirSync(path.join(tmp.dir, 'mnt', 'usb'), { recursive: true });
    const candidates = await expandMountRoots([path.join(tmp.dir, 'media'), path.join(tmp.dir, 'mnt')]);
    assert.ok(candidates.includes(path.join(tmp.dir, 'media', 'pi', 'KIOSK')));
    assert.ok(candidates.includes(path.join(tmp.dir, 'mnt', 'usb')));
  });
});

describe('stick watcher', () => {
  it('hands a stick over once it looked the same on two polls, and only once', async () => {
    const w = await manualWatcher([tmp.dir]);
    plugStick(tmp.dir, 'KIOSK');
    assert.equal(await w.poll(), true, 'first sight: settling');
    assert.equal(found.length, 0);
    await w.poll();
    assert.deepEqual(
      found.map((s) => [s.label, s.folder]),
      [['KIOSK', path.join(tmp.dir, 'KIOSK', 'buurtkiosk')]],
    );
    await w.poll();
    await w.poll();
    assert.equal(found.length, 1);
  });

  it('waits while files on the stick are still changing', async () => {
    const w = await manualWatcher([tmp.dir]);
    const stick = plugStick(tmp.dir, 'BUSY');
    await w.poll();
    writeFileSync(path.join(stick.folder, 'images', 'nieuw.png'), 'half');
    await w.poll();
    assert.equal(found.length, 0, 'changed between polls: not yet');
    await w.poll();
    assert.equal(found.length, 1);
  });

  it('imports again when the stick is pulled out and put back', async () => {
    const w = await manualWatcher([tmp.dir]);
    const stick = plugStick(tmp.dir, 'KIOSK');
    await w.poll();
    await w.poll();
    stick.unplug();
    await w.poll();
    plugStick(tmp.dir, 'KIOSK');
    await w.poll();
    await w.poll();
    assert.equal(found.length, 2);
  });

  it('ignores mounts without buurtkiosk/content.json', async () => {
    const w = await manualWatcher([tmp.dir]);
    mkdirSync(path.join(tmp.dir, 'FOTOS', 'vakantie'), { recursive: true });
    mkdirSync(path.join(tmp.dir, 'LEEG', 'buurtkiosk'), { recursive: true });
    await w.poll();
    await w.poll();
    assert.equal(found.length, 0);
  });

  it('ignores the report it writes itself when checking that the stick is stable', async () => {
    const w = await manualWatcher([tmp.dir]);
    const stick = plugStick(tmp.dir, 'KIOSK');
    await w.poll();
    writeFileSync(path.join(stick.folder, 'verslag.txt'), 'oud verslag');
    await w.poll();
    assert.equal(found.length, 1);
  });

  it('survives a stick vanishing between polls and mid-poll', async () => {
    const w = await manualWatcher([tmp.dir]);
    const stick = plugStick(tmp.dir, 'WEG');
    await w.poll();
    stick.unplug();
    assert.equal(await w.poll(), false);
    assert.equal(found.length, 0);
  });

  it('polls by itself at the settle interval until the stick is handed over', async () => {
    plugStick(tmp.dir, 'AUTO');
    const started = Date.now();
    const keepAlive = setTimeout(() => {}, 5000); // the watcher's own timers do not hold the process
    await new Promise<void>((resolve) => {
      watcher = watchSticks({
        roots: [tmp.dir],
        intervalMs: 1000,
        settleMs: 50,
        log: quiet,
        onStick: async (s) => {
          found.push(s);
          resolve();
        },
      });
    });
    clearTimeout(keepAlive);
    assert.equal(found[0]?.label, 'AUTO');
    assert.ok(Date.now() - started < 1000, 'settling uses the short interval');
  });
});
