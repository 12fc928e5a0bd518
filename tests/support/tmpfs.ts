/**
 * A small real file system for the full-disk tests: a tmpfs, where this machine lets the tests mount
 * one (root in CI's container); elsewhere the test is skipped. Unmounting is the caller's, before
 * the folder around it is removed.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import type { TestContext } from 'node:test';

/** Makes `disk` and mounts a tmpfs of `size` ("3m") on it; null, the test skipped, where not allowed. */
export function mountTmpfs(t: TestContext, disk: string, size: string): string | null {
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', disk], { stdio: 'ignore' });
  } catch {
    rmSync(disk, { recursive: true });
    t.skip('no permission to mount a tmpfs here');
    return null;
  }
  return disk;
}

/** Grows `file` until its disk is full, as journald or a crash dump would, then gives `leaveBytes` back. */
export function fillDisk(file: string, leaveBytes = 0): void {
  const fd = openSync(file, 'a');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  if (leaveBytes > 0) execFileSync('truncate', ['-s', `-${leaveBytes}`, file]);
}
