import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMountInfo, readMountTable } from '../../../../main/usb/mount-table';
import { expandMountRoots } from '../../../../main/usb/mount-roots';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { tempFolder } from '../../../support/usb-stick';

const MOUNTINFO = [
  '22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw',
  '97 22 8:17 / /media/pi/MIJN\\040STICK rw,nosuid,nodev shared:52 - vfat /dev/sdb1 rw,uid=1000',
  '98 22 0:45 / /mnt/usb rw - exfat /dev/sdc1 rw',
  '',
].join('\n');

describe('the mount table', () => {
  it('maps mount points (spaces decoded) to their mount ids', () => {
    const table = parseMountInfo(MOUNTINFO);
    assert.equal(table.get('/media/pi/MIJN STICK'), 97);
    assert.equal(table.get('/mnt/usb'), 98);
    assert.equal(table.get('/'), 22);
    assert.equal(table.size, 3);
  });

  it('reads this machine’s table, or null where there is none', async () => {
    const table = await readMountTable();
    assert.ok(table === null || table.has('/'));
    assert.equal(await readMountTable('/nergens/mountinfo'), null);
  });

  it('never lists inside a mount point below a root: that is a stick', async () => {
    const tmp = tempFolder('buurtkiosk-mounttable-');
    try {
      const stick = path.join(tmp.dir, 'media', 'STICK');
      mkdirSync(path.join(stick, 'vakantie'), { recursive: true });
      mkdirSync(path.join(tmp.dir, 'media', 'pi', 'KIOSK'), { recursive: true });
      const table = new Map([[stick, 97]]);
      assert.deepEqual(
        await expandMountRoots([path.join(tmp.dir, 'media')], table),
        [
          path.join(tmp.dir, 'media', 'STICK'),
          path.join(tmp.dir, 'media', 'pi'),
          path.join(tmp.dir, 'media', 'pi', 'KIOSK'),
        ].sort(),
      );
    } finally {
      tmp.remove();
    }
  });
});
