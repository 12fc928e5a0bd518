/**
 * The store lock: one holder at a time across processes, and a lock left by a process that is gone
 * (crashed, killed, a pid now used by another process, an earlier boot) does not block the store.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bundleChildScript } from '../../../support/child-script';
import { currentOwner, StoreBusyError, StoreLock } from '../../../../main/store/store-lock';
import { tempFolder } from '../../../support/usb-stick';

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
