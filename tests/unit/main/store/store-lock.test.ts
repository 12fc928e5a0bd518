/**
 * The store lock: one holder at a time across processes, and a lock left by a process that is gone
 * (crashed, killed, a pid now used by another process, an earlier boot) does not block the store. On
 * a completely full disk it gives up its reserve file to be written, and still lets one holder in.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bundleChildScript } from '../../../support/child-script';
import { currentOwner, RESERVE_BYTES, StoreBusyError, StoreLock } from '../../../../main/store/store-lock';
import { fillDisk, mountTmpfs } from '../../../support/tmpfs';
import { tempFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let holder: string;
let lockFile: string;
let n = 0;

before(async () => {
  tmp = tempFolder('buurtkiosk-lock-');
  // A child that takes the lock, says "locked", and holds it until stdin closes (or it is killed).
  writeFileSync(
    path.join(tmp.dir, 'holder.ts'),
    `import { StoreLock } from ${JSON.stringify(path.resolve('main/store/store-lock.ts'))};
     const lock = new StoreLock(process.argv[2]);
     await lock.withLock(async () => {
       process.stdout.write('locked\\n');
       await new Promise((resolve) => process.stdin.on('end', resolve).resume());
     });`,
  );
  holder = await bundleChildScript(path.join(tmp.dir, 'holder.ts'), tmp.dir);
});
after(() => tmp.remove());
beforeEach(() => (lockFile = path.join(tmp.dir, `lock-${++n}`)));

/** A child process holding the lock; resolves once it has it. */
async function childHolding(file: string) {
  const child = spawn(process.execPath, [holder, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return child;
}

describe('the store lock', () => {
  it('lets one holder in at a time within a process', async () => {
    const lock = new StoreLock(lockFile);
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        lock.withLock(async () => {
          most = Math.max(most, ++inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside--;
        }),
      ),
    );
    assert.equal(most, 1);
    assert.equal(existsSync(lockFile), false, 'released');
  });

  it('waits for another process holding it, and gets it once that one lets go', async () => {
    const child = await childHolding(lockFile);
    let got = false;
    const waiting = new StoreLock(lockFile, { pollMs: 10 }).withLock(async () => {
      got = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(got, false, 'not while the other process holds it');
    child.stdin.end();
    await waiting;
    assert.equal(got, true);
  });

  it('gives up with StoreBusyError when a live holder keeps it too long', async () => {
    const child = await childHolding(lockFile);
    try {
      await assert.rejects(
        new StoreLock(lockFile, { waitMs: 100, pollMs: 10 }).withLock(async () => {}),
        StoreBusyError,
      );
    } finally {
      child.stdin.end();
    }
  });

  it('takes over at once from a process that was killed while holding it', async () => {
    const child = await childHolding(lockFile);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    assert.ok(existsSync(lockFile), 'the killed process left its lock behind');
    let got = false;
    await new StoreLock(lockFile, { waitMs: 2000 }).withLock(async () => {
      got = true;
    });
    assert.equal(got, true);
  });

  it('treats a lock as stale when its pid is gone, reused by another process, or from an earlier boot', async () => {
    const me = await currentOwner();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    for (const owner of [
      { ...me, pid: gone },
      { ...me, start: (me.start ?? 0) + 12345 }, // this very pid, but a process started at another time
      { ...me, boot: '00000000-0000-0000-0000-000000000000' },
    ]) {
      const file = path.join(tmp.dir, `stale-${++n}`);
      writeFileSync(file, JSON.stringify(owner));
      let got = false;
      await new StoreLock(file, { waitMs: 500 }).withLock(async () => {
        got = true;
      });
      assert.equal(got, true, JSON.stringify(owner));
    }
  });

  it('waits on a lock it cannot read until it is old, then breaks it', async () => {
    writeFileSync(lockFile, '\0\0garbage');
    await assert.rejects(
      new StoreLock(lockFile, { waitMs: 100, pollMs: 10, unreadableStaleMs: 60_000 }).withLock(
        async () => {},
      ),
      StoreBusyError,
    );
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFile, old, old);
    let got = false;
    await new StoreLock(lockFile, { waitMs: 500, unreadableStaleMs: 60_000 }).withLock(async () => {
      got = true;
    });
    assert.equal(got, true);
  });

  it('clears a breaker left by a process that died while breaking a stale lock', async () => {
    const me = await currentOwner();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockFile, JSON.stringify({ ...me, pid: gone }));
    writeFileSync(`${lockFile}.break`, JSON.stringify({ ...me, pid: gone }));
    let got = false;
    await new StoreLock(lockFile, { waitMs: 2000, pollMs: 10 }).withLock(async () => {
      got = true;
    });
    assert.equal(got, true);
  });

  it('never removes a lock that is not its own when it lets go', async () => {
    const lock = new StoreLock(lockFile);
    await lock.withLock(async () => {
      writeFileSync(lockFile, 'iemand anders'); // as if broken as stale and taken by another process
    });
    assert.equal(readFileSync(lockFile, 'utf8'), 'iemand anders');
  });
});

const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
/** Files beside the lock other than the lock itself and the reserve: temporary files left behind. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => /^lock-\d+\.(\d+|break)/.test(name));

describe('the store lock on a full disk', () => {
  it('leaves no temporary file behind when the lock cannot be written', async () => {
    const dir = path.dirname(lockFile);
    // The file is created, then writing its bytes fails, as on a disk with no free block.
    const lock = new StoreLock(lockFile, {
      beforeWrite: (file) => {
        writeFileSync(file, '');
        throw diskFull();
      },
    });
    let ran = false;
    await assert.rejects(
      lock.withLock(async () => void (ran = true)),
      (err: NodeJS.ErrnoException) => err.code === 'ENOSPC',
    );
    assert.equal(ran, false, 'nothing runs without the lock');
    assert.deepEqual(leftovers(dir), []);
    assert.equal(existsSync(lockFile), false);
  });

  it('gives up its reserve to take the lock, and makes it again once there is room', async () => {
    const reserve = `${lockFile}.reserve`;
    let free = 10 * 1024 * 1024;
    const lock = new StoreLock(lockFile, {
      reserve,
      freeBytes: async () => free,
      beforeWrite: () => void (free === 0 && existsSync(reserve) && throwIt(diskFull())),
    });
    await lock.keepReserve();
    assert.equal(statSync(reserve).size, RESERVE_BYTES);
    free = 0; // something else filled the disk
    let inside: { locked: boolean; reserve: boolean } | null = null;
    await lock.withLock(async () => {
      inside = { locked: existsSync(lockFile), reserve: existsSync(reserve) };
    });
    assert.deepEqual(inside, { locked: true, reserve: false });
    assert.equal(existsSync(reserve), false, 'not made again while the disk is full');
    free = 10 * 1024 * 1024;
    await lock.withLock(async () => {});
    assert.equal(statSync(reserve).size, RESERVE_BYTES, 'made again once there is room');
    assert.deepEqual(leftovers(path.dirname(lockFile)), []);
  });

  it('does not make the reserve when it would take the last megabyte', async () => {
    const reserve = `${lockFile}.reserve`;
    const lock = new StoreLock(lockFile, { reserve, freeBytes: async () => RESERVE_BYTES + 512 * 1024 });
    await lock.withLock(async () => {});
    assert.equal(existsSync(reserve), false);
  });

  it('still waits for another process holding the lock when it takes it with the reserve', async (t) => {
    const reserve = `${lockFile}.reserve`;
    const lock = new StoreLock(lockFile, {
      reserve,
      pollMs: 10,
      freeBytes: async () => 0,
      beforeWrite: () => void (existsSync(reserve) && throwIt(diskFull())),
    });
    writeFileSync(reserve, Buffer.alloc(RESERVE_BYTES));
    const child = await childHolding(lockFile);
    t.after(() => child.stdin.end()); // also when an assertion fails first
    let got = false;
    const waiting = lock.withLock(async () => void (got = true));
    for (let waited = 0; existsSync(reserve) && waited < 10_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(existsSync(reserve), false, 'the reserve was given up');
    assert.equal(got, false, 'not while the other process holds it');
    child.stdin.end();
    await waiting;
    assert.equal(got, true);
  });

  it('takes the lock on a real, completely full file system (a 1 MB tmpfs) with its reserve', async (t) => {
    const disk = mountTmpfs(t, path.join(tmp.dir, `klein-${++n}`), '1m');
    if (disk === null) return;
    t.after(() => execFileSync('umount', [disk])); // before the suite's folder goes, also after a failure
    const file = path.join(disk, 'lock');
    const reserve = path.join(disk, 'reserve');
    // A 1 MB disk never has the megabyte beside the reserve that the lock waits for: say it has.
    let roomy = true;
    const lock = new StoreLock(file, { reserve, freeBytes: async () => (roomy ? Infinity : 0) });
    await lock.keepReserve();
    assert.equal(statSync(reserve).size, RESERVE_BYTES);
    roomy = false;
    fillDisk(path.join(disk, 'iets-anders'));
    // Without a reserve, the lock cannot be written: ENOSPC, and no empty temporary file stays.
    const bare = new StoreLock(path.join(disk, 'lock2'));
    await assert.rejects(
      bare.withLock(async () => {}),
      (err: NodeJS.ErrnoException) => err.code === 'ENOSPC',
    );
    assert.deepEqual(readdirSync(disk).sort(), ['iets-anders', 'reserve']);
    let ran = false;
    await lock.withLock(async () => void (ran = existsSync(file)));
    assert.equal(ran, true, 'ran holding the lock');
    assert.deepEqual(readdirSync(disk), ['iets-anders'], 'the reserve was used; nothing left behind');
  });
});

describe('start-up', () => {
  it('removes temporary lock files of processes that are gone and empty ones an earlier release left on a full disk', async () => {
    const me = await currentOwner();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const dir = path.join(tmp.dir, `leftovers-${++n}`);
    mkdirSync(dir);
    const file = (name: string, text = '') => {
      writeFileSync(path.join(dir, name), text);
      return name;
    };
    const old = new Date(Date.now() - 3600_000);
    const emptyOld = file(`lock.${gone}.0123abcd`);
    utimesSync(path.join(dir, emptyOld), old, old);
    file(`lock.${gone}.89abcdef`, JSON.stringify({ ...me, pid: gone }));
    file(`lock.1.0a0b0c0d`, JSON.stringify({ ...me, pid: 1, boot: '00000000-0000-0000-0000-000000000000' }));
    file(`lock.break.${gone}.11112222`, JSON.stringify({ ...me, pid: gone }));
    file(`.reserve.${gone}.33334444.tmp`, 'x'.repeat(1000));
    // Kept: a live process waiting for the lock, one being written right now, the lock and the reserve.
    const live = file(
      `lock.${process.ppid}.55556666`,
      JSON.stringify({ ...me, pid: process.ppid, start: null }),
    );
    const fresh = file(`lock.${process.ppid}.77778888`);
    const kept = [live, fresh, file('lock', JSON.stringify(me)), file('reserve', 'x')];
    await new StoreLock(path.join(dir, 'lock'), { reserve: path.join(dir, 'reserve') }).clearLeftovers();
    assert.deepEqual(readdirSync(dir).sort(), kept.sort());
  });
});

function throwIt(err: Error): never {
  throw err;
}
