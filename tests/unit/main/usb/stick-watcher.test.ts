import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { Importer } from '../../../../main/import/importer';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { expandMountRoots } from '../../../../main/usb/mount-roots';
import { watchSticks, type FoundStick, type StickWatcher } from '../../../../main/usb/stick-watcher';
import { plugStick, sampleStickContent, tempFolder } from '../../../support/usb-stick';

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
afterEach(async () => {
  await watcher?.stop();
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

  it('turns an import that throws into a failed notice on screen, and leaves the stick handled', async () => {
    const data = tempFolder('buurtkiosk-watcher-data-'); // not under the mount root: no stick of its own
    try {
      const placeholder = {
        content: sampleStickContent() as never,
        version: 'none',
        dir: data.dir,
        source: 'test',
      };
      const state = new KioskState(placeholder, resolveRendererConfig());
      const store = new ContentStore(path.join(data.dir, 'store'));
      const importer = new Importer({ store, state, now: () => new Date('2026-11-27T10:00:00Z') });
      const logged: string[] = [];
      let attempts = 0;
      let told: Promise<void> | undefined;
      watcher = watchSticks({
        roots: [tmp.dir],
        intervalMs: 3_600_000,
        settleMs: 3_600_000,
        log: (line) => logged.push(line),
        onStick: () => {
          attempts++;
          return Promise.reject(new RangeError('Maximum call stack size exceeded'));
        },
        onFailed: (stick) => (told = importer.noteFailed(`USB-stick ${stick.label}`)),
      });
      await watcher.poll();
      plugStick(tmp.dir, 'KAPOT');
      await watcher.poll();
      await watcher.poll();
      await told;
      assert.equal(state.notice?.kind, 'import-failed');
      assert.deepEqual(state.notice?.details, [
        'de USB-stick kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Trek de stick uit en steek hem opnieuw in',
      ]);
      assert.equal(state.bundle.version, 'none', 'the content on screen stays');
      assert.ok(
        logged.some((l) =>
          /^import from .*KAPOT failed unexpectedly: RangeError: Maximum call stack/.test(l),
        ),
        logged.join('\n'),
      );
      await watcher.poll();
      assert.equal(attempts, 1, 'read again only once it is put back, as the notice says');
    } finally {
      data.remove();
    }
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

  it('hands over a buurtkiosk/ that is a link (the import refuses it) without walking through it', async () => {
    const elsewhere = path.join(tmp.dir, 'ELDERS');
    mkdirSync(path.join(elsewhere, 'buurtkiosk', 'images'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'buurtkiosk', 'content.json'), '{}');
    const operations: string[] = [];
    const roots = path.join(tmp.dir, 'media');
    mkdirSync(path.join(roots, 'LINK'), { recursive: true });
    symlinkSync(path.join(elsewhere, 'buurtkiosk'), path.join(roots, 'LINK', 'buurtkiosk'));
    watcher = watchSticks({
      roots: [roots],
      intervalMs: 3_600_000,
      settleMs: 3_600_000,
      log: quiet,
      guard: () => ({ delay: (op) => void operations.push(op) }),
      onStick: async (st) => void found.push(st),
    });
    await watcher.poll();
    await watcher.poll();
    assert.deepEqual(
      found.map((st) => st.label),
      ['LINK'],
    );
    assert.ok(!operations.includes('readdir'), operations.join(', '));
  });

  it('hands over a stick whose content.json is a FIFO (the import refuses it), never opening it', async () => {
    const w = await manualWatcher([tmp.dir]);
    const stick = plugStick(tmp.dir, 'FIFO');
    rmSync(path.join(stick.folder, 'content.json'));
    execFileSync('mkfifo', [path.join(stick.folder, 'content.json')]);
    await w.poll();
    await w.poll();
    assert.equal(found.length, 1);
  });

  // Polls a minute apart: the stick is handed over (well within the test's time limit) only when
  // settling polls at the short interval by itself. No clock readings, so a busy machine cannot fail it.
  it(
    'polls by itself at the settle interval until the stick is handed over',
    { timeout: 30_000 },
    async () => {
      plugStick(tmp.dir, 'AUTO');
      const keepAlive = setInterval(() => {}, 1000); // the watcher's own timers do not hold the process
      await new Promise<void>((resolve) => {
        watcher = watchSticks({
          roots: [tmp.dir],
          intervalMs: 60_000,
          settleMs: 50,
          log: quiet,
          onStick: async (s) => {
            found.push(s);
            resolve();
          },
        });
      });
      clearInterval(keepAlive);
      assert.equal(found[0]?.label, 'AUTO');
    },
  );
});

describe('a stick that stops answering', () => {
  /** Operations on the stick named HANG never return until `wake()`. */
  const hanging: (() => void)[] = [];
  let hangs = true;
  let hungCalls = 0;
  const wake = () => hanging.splice(0).forEach((resolve) => resolve());
  const guard = (mount: string) =>
    path.basename(mount) === 'HANG'
      ? {
          deadlineMs: 100,
          delay: () => {
            hungCalls++;
            return hangs ? new Promise<void>((resolve) => hanging.push(resolve)) : undefined;
          },
        }
      : { deadlineMs: 5000 };
  let stalled: string[];

  beforeEach(() => {
    hangs = true;
    hungCalls = 0;
    stalled = [];
  });
  afterEach(wake);

  function hangWatcher(roots: string[], readMounts?: () => Promise<Map<string, number>>): StickWatcher {
    watcher = watchSticks({
      roots,
      intervalMs: 3_600_000,
      settleMs: 3_600_000,
      log: quiet,
      guard,
      ...(readMounts ? { readMounts } : {}),
      onStick: async (st) => void found.push(st),
      onStalled: (st) => void stalled.push(st.label),
    });
    return watcher;
  }

  it('does not hold up another stick, and is not touched again until it is pulled out', async () => {
    const w = hangWatcher([tmp.dir]);
    const bad = plugStick(tmp.dir, 'HANG');
    plugStick(tmp.dir, 'GOED');
    await w.poll();
    await w.poll();
    assert.deepEqual(
      found.map((st) => st.label),
      ['GOED'],
    );
    assert.deepEqual(stalled, ['HANG']);
    assert.deepEqual(w.quarantined(), [path.join(tmp.dir, 'HANG')]);
    const calls = hungCalls;
    await w.poll();
    await w.poll();
    assert.equal(hungCalls, calls, 'a quarantined stick is left alone');
    bad.unplug();
    await w.poll();
    assert.deepEqual(w.quarantined(), []);
    hangs = false;
    plugStick(tmp.dir, 'HANG');
    await w.poll();
    await w.poll();
    assert.deepEqual(
      found.map((st) => st.label),
      ['GOED', 'HANG'],
    );
  });

  it('sees a quarantined stick leave through the mount table, which never touches it', async () => {
    const mounts = new Map([[path.join(tmp.dir, 'HANG'), 17]]);
    const w = hangWatcher([tmp.dir], async () => mounts);
    plugStick(tmp.dir, 'HANG');
    await w.poll();
    assert.deepEqual(w.quarantined(), [path.join(tmp.dir, 'HANG')]);
    await w.poll();
    assert.deepEqual(w.quarantined(), [path.join(tmp.dir, 'HANG')], 'still mounted as 17');
    mounts.set(path.join(tmp.dir, 'HANG'), 18); // pulled out and put back: a new mount
    hangs = false;
    await w.poll();
    assert.deepEqual(w.quarantined(), []);
    await w.poll();
    await w.poll();
    assert.deepEqual(
      found.map((st) => st.label),
      ['HANG'],
    );
  });

  it('hands over a good stick while the other one is still hanging, with the watcher polling by itself', async () => {
    plugStick(tmp.dir, 'HANG');
    plugStick(tmp.dir, 'GOED');
    let hangOver = false;
    const keepAlive = setTimeout(() => {}, 10_000);
    await new Promise<void>((resolve) => {
      watcher = watchSticks({
        roots: [tmp.dir],
        intervalMs: 20,
        settleMs: 20,
        log: quiet,
        guard: (mount) =>
          path.basename(mount) === 'HANG'
            ? {
                deadlineMs: 5000,
                delay: () =>
                  new Promise<void>((r) =>
                    hanging.push(() => {
                      hangOver = true;
                      r();
                    }),
                  ),
              }
            : {},
        onStick: async (st) => {
          found.push(st);
          resolve();
        },
      });
    });
    clearTimeout(keepAlive);
    assert.deepEqual(
      found.map((st) => st.label),
      ['GOED'],
    );
    assert.equal(hangOver, false, 'the hanging stick had not answered yet');
  });
});

describe('stopping the watcher', () => {
  let keepAlive: ReturnType<typeof setInterval>;
  beforeEach(() => (keepAlive = setInterval(() => {}, 1000))); // the watcher's own timers do not hold the process
  afterEach(() => clearInterval(keepAlive));

  it('resolves only once the import it handed a stick to has ended', async () => {
    let entered!: () => void;
    const handedOver = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const importing = new Promise<void>((resolve) => (finish = resolve));
    watcher = watchSticks({
      roots: [tmp.dir],
      intervalMs: 20,
      settleMs: 20,
      log: quiet,
      onStick: async () => {
        entered();
        await importing; // the import is still copying, writing its report and its log line
      },
    });
    plugStick(tmp.dir, 'KIOSK');
    await handedOver;
    let stopped = false;
    const stopping = watcher.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(stopped, false, 'not while the import is under way');
    finish();
    await stopping;
    assert.equal(stopped, true);
  });

  it('starts no look after it was stopped, even while a poll was reading the mount table', async () => {
    mkdirSync(path.join(tmp.dir, 'HANGT', 'buurtkiosk'), { recursive: true });
    writeFileSync(path.join(tmp.dir, 'HANGT', 'buurtkiosk', 'content.json'), '{}');
    let readTable!: () => void;
    const tableRead = new Promise<void>((resolve) => (readTable = resolve));
    const events: string[] = [];
    watcher = watchSticks({
      roots: [tmp.dir],
      log: quiet,
      onStick: async () => void events.push('import'),
      // A hung stick: a look would stall it, and the importer would write the stall to the import log.
      onStalled: () => void events.push('stalled'),
      guard: () => ({ deadlineMs: 100, delay: () => new Promise<void>(() => {}) }),
      readMounts: async () => {
        await tableRead; // the first poll is reading the mount table when stop() comes
        return null;
      },
    });
    await watcher.stop();
    events.push('stopped');
    readTable();
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(events, ['stopped']);
  });
});
