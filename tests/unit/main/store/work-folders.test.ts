/**
 * Work folders (store/staging/<name>/) at start-up: one left by a process that is gone goes, even when
 * its pid now belongs to another process (a pid reused after a power cut and a reboot); one that a live
 * process (`buurtkiosk import` beside the kiosk) is filling stays. Names from earlier releases hold only
 * the pid: such a folder goes when that pid is dead or when the folder is older than this boot.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bundleChildScript } from '../../../support/child-script';
import { ContentStore } from '../../../../main/store/content-store';
import { currentOwner, type LockOwner } from '../../../../main/store/store-lock';
import { workFolderName, workFolderOwner } from '../../../../main/store/work-folders';
import { tempFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let stager: string;
let store: ContentStore;
let n = 0;

before(async () => {
  tmp = tempFolder('buurtkiosk-work-');
  // A child that makes a staging folder as an import does, prints its path, and stays until stdin closes.
  writeFileSync(
    path.join(tmp.dir, 'stager.ts'),
    `import { ContentStore } from ${JSON.stringify(path.resolve('main/store/content-store.ts'))};
     const dir = await new ContentStore(process.argv[2]).createStaging();
     process.stdout.write(dir + '\\n');
     await new Promise((resolve) => process.stdin.on('end', resolve).resume());`,
  );
  stager = await bundleChildScript(path.join(tmp.dir, 'stager.ts'), tmp.dir);
});
after(() => tmp.remove());
beforeEach(() => (store = new ContentStore(path.join(tmp.dir, `store-${++n}`))));

/** A staging folder named `name` holding a half-copied photo, as a power cut leaves it. */
function leftBehind(name: string): string {
  const dir = path.join(store.stagingDir, name);
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'images', 'foto.jpg.part'), Buffer.alloc(64 * 1024));
  return dir;
}

/** Sets a folder's times to a day before this boot. */
function beforeThisBoot(dir: string): void {
  const earlier = new Date(Date.now() - uptime() * 1000 - 24 * 3600_000);
  utimesSync(dir, earlier, earlier);
}

const OTHER_BOOT = '00000000-0000-0000-0000-000000000000';

describe('work folders at start-up', () => {
  it('names a work folder after its process: pid, start time and boot', async () => {
    const me = await currentOwner();
    const name = path.basename(await store.createStaging());
    assert.deepEqual(workFolderOwner(name), me);
    assert.match(name, new RegExp(`^${process.pid}-`));
  });

  it('removes a folder of an earlier boot whose pid is alive again (pid 1, the parent), and one whose pid was reused', async () => {
    const me = await currentOwner();
    const parent: LockOwner = { ...me, pid: process.ppid };
    const gone = [
      leftBehind(workFolderName({ ...me, pid: 1, boot: OTHER_BOOT })),
      leftBehind(workFolderName({ ...parent, boot: OTHER_BOOT })),
      leftBehind(workFolderName({ ...me, start: (me.start ?? 0) + 12345 })), // this pid, another process
      leftBehind(workFolderName({ ...me, pid: 999_999_999 })),
    ];
    await store.loadCurrent();
    for (const dir of gone) assert.equal(existsSync(dir), false, path.basename(dir));
    assert.deepEqual(readdirSync(store.stagingDir), []);
  });

  it('keeps the folder of a live `buurtkiosk import` beside the kiosk, and removes it once that process is gone', async (t) => {
    const child = spawn(process.execPath, [stager, store.root], { stdio: ['pipe', 'pipe', 'inherit'] });
    t.after(() => child.stdin.end()); // also when an assertion fails first
    const dir = await new Promise<string>((resolve) =>
      child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())),
    );
    writeFileSync(path.join(dir, 'content.json'), '{');
    await store.loadCurrent();
    assert.equal(existsSync(dir), true, 'kept while its process runs');
    child.stdin.end();
    await new Promise((resolve) => child.once('close', resolve));
    await store.loadCurrent();
    assert.equal(existsSync(dir), false, 'removed once it is gone');
  });

  it('keeps a folder this very process is filling', async () => {
    const dir = await store.createStaging();
    await store.loadCurrent();
    assert.equal(existsSync(dir), true);
  });

  it('removes a folder named the earlier way (<pid>-<random>) when its pid is dead or it is older than this boot', async () => {
    const dead = leftBehind('999999999-0123456789ab');
    const mine = leftBehind(`${process.pid}-0123456789ab`); // this process names its folders the new way
    const oldBoot = leftBehind('1-0123456789ab');
    beforeThisBoot(oldBoot);
    const live = leftBehind(`${process.ppid}-0123456789ab`); // perhaps an earlier release's import, running now
    await store.loadCurrent();
    assert.equal(existsSync(dead), false);
    assert.equal(existsSync(mine), false);
    assert.equal(existsSync(oldBoot), false);
    assert.equal(existsSync(live), true, 'changed in this boot by a live pid: kept');
  });
});
