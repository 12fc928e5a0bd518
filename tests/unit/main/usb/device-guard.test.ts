/**
 * What a hung stick costs. A real FIFO opened without O_NONBLOCK blocks one of libuv's pool threads
 * exactly as a read on a hung device does; the guard must give up on it, refuse everything else on
 * that stick, keep the rest of the kiosk's file access working, and cap the stuck threads in all.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openSync, closeSync, writeFileSync } from 'node:fs';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  DeviceGuard,
  MAX_STUCK_OPERATIONS,
  StickQuarantinedError,
  StickTimeoutError,
  stuckOperationCount,
} from '../../../../main/usb/device-guard';
import { tempFolder } from '../../../support/usb-stick';

let tmp: { dir: string; remove(): void };
const released: (() => void)[] = [];

beforeEach(() => (tmp = tempFolder('buurtkiosk-guard-')));
afterEach(async () => {
  for (const release of released.splice(0)) release();
  // Let the released pool threads come back, so the next test starts with none stuck.
  while (stuckOperationCount() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  tmp.remove();
});

/** A FIFO whose blocking open hangs a pool thread until `release` opens its other end. */
function hangingFifo(name: string): { file: string; release(): void } {
  const file = path.join(tmp.dir, name);
  execFileSync('mkfifo', [file]);
  let done = false;
  const release = () => {
    if (done) return;
    done = true;
    closeSync(openSync(file, 'w')); // the blocked reader is there, so this returns at once
  };
  released.push(release);
  return { file, release };
}

describe('a guard over one stick', () => {
  it('runs one operation at a time, in order', async () => {
    const guard = new DeviceGuard({ deadlineMs: 5000 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [3, 1, 2].map((n) =>
        guard.run(`op ${n}`, async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, n));
          order.push(n);
          running--;
        }),
      ),
    );
    assert.equal(most, 1);
    assert.deepEqual(order, [3, 1, 2]);
  });

  it('gives up on a read that hangs in the kernel, quarantines the stick, and the kiosk still reads files', async () => {
    const fifo = hangingFifo('hangt');
    const guard = new DeviceGuard({ deadlineMs: 100 });
    const late: FileHandle[] = [];
    await assert.rejects(
      guard.run(
        'open',
        () => open(fifo.file, 'r'),
        (handle) => void late.push(handle),
      ),
      StickTimeoutError,
    );
    assert.equal(guard.quarantinedBy, 'open');
    assert.equal(stuckOperationCount(), 1);
    let started = false;
    await assert.rejects(
      guard.run('readdir', async () => {
        started = true;
      }),
      (err: unknown) => err instanceof StickQuarantinedError && err.reason === 'this-stick',
    );
    assert.equal(started, false, 'nothing more is started on a quarantined stick');
    // The rest of the kiosk: the web host reading a file is not held up.
    writeFileSync(path.join(tmp.dir, 'index.html'), 'hallo');
    assert.equal(await readFile(path.join(tmp.dir, 'index.html'), 'utf8'), 'hallo');
    fifo.release();
    while (stuckOperationCount() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(late.length, 1, 'the late handle was handed over to be closed');
    for (const handle of late) await handle.close();
  });

  it(`lets no more than ${MAX_STUCK_OPERATIONS} operations stay stuck in all: a further stick is not touched`, async () => {
    const guards = Array.from({ length: MAX_STUCK_OPERATIONS }, () => new DeviceGuard({ deadlineMs: 100 }));
    for (const [i, guard] of guards.entries()) {
      const fifo = hangingFifo(`hangt-${i}`);
      await assert.rejects(
        guard.run(
          'open',
          () => open(fifo.file, 'r'),
          (late) => void late.close(),
        ),
        StickTimeoutError,
      );
    }
    assert.equal(stuckOperationCount(), MAX_STUCK_OPERATIONS);
    const another = new DeviceGuard({ deadlineMs: 100 });
    let started = false;
    await assert.rejects(
      another.run('lstat', async () => {
        started = true;
      }),
      (err: unknown) => err instanceof StickQuarantinedError && err.reason === 'too-many-stuck',
    );
    assert.equal(started, false);
    assert.equal(another.quarantinedBy, null, 'not that stick’s fault: it may be tried again later');
    writeFileSync(path.join(tmp.dir, 'app.js'), 'x');
    assert.equal(await readFile(path.join(tmp.dir, 'app.js'), 'utf8'), 'x');
  });

  it('passes errors of a stick that answers through unchanged (ENOENT is not a hang)', async () => {
    const guard = new DeviceGuard({ deadlineMs: 1000 });
    await assert.rejects(
      guard.run('open', () => open(path.join(tmp.dir, 'weg'), 'r')),
      (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT',
    );
    assert.equal(guard.quarantinedBy, null);
  });
});
