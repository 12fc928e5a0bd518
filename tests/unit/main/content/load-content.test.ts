import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContent, readCapped } from '../../../../main/content/load-content';

const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-read-capped-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: number): string {
  const full = path.join(dir, name);
  writeFileSync(full, Buffer.alloc(bytes, 0x61));
  return full;
}

describe('readCapped', () => {
  it('reads a small file whole under a large cap', async () => {
    const bytes = await readCapped(file('small.json', 1234), 10 * 1024 * 1024);
    assert.ok(bytes !== 'too-big');
    assert.equal(bytes.length, 1234);
    // Sized to the file, not to the 10 MB cap.
    assert.ok(bytes.buffer.byteLength < 64 * 1024);
  });

  it('reads an empty file and a file exactly at the cap', async () => {
    assert.deepEqual(await readCapped(file('empty.json', 0), 100), Buffer.alloc(0));
    const atCap = await readCapped(file('cap.json', 100), 100);
    assert.ok(atCap !== 'too-big');
    assert.equal(atCap.length, 100);
  });

  it('refuses a file one byte over the cap', async () => {
    assert.equal(await readCapped(file('big.json', 101), 100), 'too-big');
  });

  it('reads a file that stat says is empty but has content, like /proc files', async () => {
    const status = await readCapped('/proc/self/status', 1024 * 1024);
    assert.ok(status !== 'too-big');
    assert.match(status.toString('utf8'), /^Name:/);
    assert.equal(await readCapped('/proc/self/status', 10), 'too-big');
  });

  it('refuses a FIFO or a device at once instead of waiting for a writer', { timeout: 10_000 }, async () => {
    const fifo = path.join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    for (const special of [fifo, '/dev/zero']) {
      await assert.rejects(readCapped(special, 1024), { code: 'EINVAL' }, special);
    }
  });
});

describe('loadContent', () => {
  it(
    'says so when content.json in a --content folder is a FIFO, and does not hang',
    { timeout: 10_000 },
    async () => {
      const folder = path.join(dir, 'fifo-folder');
      mkdirSync(folder);
      execFileSync('mkfifo', [path.join(folder, 'content.json')]);
      const result = await loadContent(folder, 'map');
      assert.deepEqual(result, {
        ok: false,
        problems: [{ path: '', message: 'content.json is geen gewoon bestand' }],
        unreadable: true,
      });
    },
  );
});
