/**
 * gpu-disabled.json is read before 'ready', synchronously: a FIFO, a link or a huge file in its place
 * must neither hang the start nor count as a flag. It is written as a temp file renamed into place,
 * so whatever stood there (a FIFO too) is replaced and never half written. Runs the real
 * setupGpuFallback against the fake electron module, each case in a child that must finish in time.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-gpu-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const FLAG = { since: '2026-11-27T10:00:00.000Z', appVersion: '0.1.0', reason: '3 GPU-crashes' };

/** Starts the GPU fallback in a child with `userData`, plays `crashes` GPU crashes; what it called. */
function run(userData: string, crashes = 0): { calls: string[]; stderr: string } {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './tests/support/fake-electron/register.mjs',
      '--input-type=module',
      '-e',
      `const { app, record } = await import('electron');
       const { setupGpuFallback } = await import('./main/electron/gpu-fallback.ts');
       setupGpuFallback(${JSON.stringify(userData)});
       for (let i = 0; i < ${crashes}; i++)
         app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
       console.log(JSON.stringify(record.calls));`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, INVOCATION_ID: '', BUURTKIOSK_QUIET: '' },
    },
  );
  assert.equal(child.signal, null, `the start did not hang: ${child.stderr}`);
  assert.equal(child.status, 0, child.stderr);
  return {
    calls: JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as string[],
    stderr: child.stderr,
  };
}

const dataDir = () => mkdtempSync(path.join(tmp, 'data-'));
const flagFile = (dir: string) => path.join(dir, 'gpu-disabled.json');

describe('the GPU flag file', () => {
  it('switches the GPU off with a flag of this version (a small regular file)', () => {
    const dir = dataDir();
    writeFileSync(flagFile(dir), JSON.stringify(FLAG));
    assert.deepEqual(run(dir).calls, ['disableHardwareAcceleration']);
  });

  it('starts at once with the GPU on when a FIFO stands there (reading it used to hang the start)', () => {
    const dir = dataDir();
    execFileSync('mkfifo', [flagFile(dir)]);
    const { calls, stderr } = run(dir);
    assert.deepEqual(calls, []);
    assert.match(stderr, /gpu: not reading gpu-disabled\.json: not a regular file; the GPU is used/);
  });

  it('does not read a file far bigger than a flag, even one that parses', () => {
    const dir = dataDir();
    writeFileSync(flagFile(dir), JSON.stringify(FLAG) + ' '.repeat(100_000));
    const { calls, stderr } = run(dir);
    assert.deepEqual(calls, []);
    assert.match(stderr, /gpu: not reading gpu-disabled\.json: 100\d{3} bytes; the GPU is used/);
  });

  it('does not follow a link to a flag elsewhere', () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'elders.json'), JSON.stringify(FLAG));
    symlinkSync(path.join(dir, 'elders.json'), flagFile(dir));
    assert.deepEqual(run(dir).calls, []);
  });

  it('after three crashes replaces a FIFO standing there by the flag (writing used to hang), then restarts', () => {
    const dir = dataDir();
    execFileSync('mkfifo', [flagFile(dir)]);
    const { calls } = run(dir, 3);
    assert.deepEqual(calls, ['relaunch', 'exit 0']);
    assert.ok(lstatSync(flagFile(dir)).isFile());
    assert.deepEqual(
      { ...(JSON.parse(readFileSync(flagFile(dir), 'utf8')) as object), since: FLAG.since },
      FLAG,
    );
    assert.deepEqual(readdirSync(dir), ['gpu-disabled.json'], 'no temporary file left');
  });
});
