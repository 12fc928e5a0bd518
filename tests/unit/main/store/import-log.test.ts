/**
 * store/imports.json when imports finish together: two sticks side by side, a stick and the network
 * updater, the kiosk and `buurtkiosk import`. Every attempt is kept; none overwrites another's line.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ImportLogEntry } from '../../../../core/api';
import { ContentStore } from '../../../../main/store/content-store';
import { appendImportLog, IMPORT_LOG_LENGTH, readImportLog } from '../../../../main/store/import-log';
import { bundleChildScript } from '../../../support/child-script';
import { tempFolder } from '../../../support/usb-stick';

let tmp: { dir: string; remove(): void };
let appender: string;
let file: string;
let n = 0;

before(async () => {
  tmp = tempFolder('buurtkiosk-importlog-');
  // A child that says "ready", waits for a line, then appends COUNT entries named "<tag> <i>".
  writeFileSync(
    path.join(tmp.dir, 'appender.ts'),
    `import { appendImportLog } from ${JSON.stringify(path.resolve('main/store/import-log.ts'))};
     const [file, tag, count] = process.argv.slice(2);
     process.stdout.write('ready\\n');
     await new Promise((resolve) => process.stdin.once('data', resolve));
     for (let i = 0; i < Number(count); i++) {
       await appendImportLog(file, { at: new Date().toISOString(), source: tag + ' ' + i, result: 'imported', summary: 's', problems: [] });
     }
     process.exit(0);`,
  );
  appender = await bundleChildScript(path.join(tmp.dir, 'appender.ts'), tmp.dir);
});
after(() => tmp.remove());
beforeEach(() => (file = path.join(tmp.dir, `store-${++n}`, 'imports.json')));

const entry = (source: string): ImportLogEntry => ({
  at: '2026-11-27T10:00:00.000Z',
  source,
  result: 'imported',
  summary: 'Nieuwe inhoud geladen',
  problems: [],
});
const sources = async () => (await readImportLog(file)).map((e) => e.source);

describe('the import log', () => {
  it('keeps all three attempts that finish at once in one process, newest first', async () => {
    await Promise.all(
      ['USB-stick A', 'USB-stick B', 'publicatie'].map((s) => appendImportLog(file, entry(s))),
    );
    assert.deepEqual(await sources(), ['publicatie', 'USB-stick B', 'USB-stick A']);
    assert.deepEqual(readdirSync(path.dirname(file)), ['imports.json'], 'no lock or temporary file left');
  });

  it('keeps every attempt of two processes appending at once (the kiosk and `buurtkiosk import`)', async () => {
    const per = IMPORT_LOG_LENGTH / 2;
    const children = ['kiosk', 'cli'].map((tag) =>
      spawn(process.execPath, [appender, file, tag, String(per)], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    await Promise.all(children.map((c) => new Promise((resolve) => c.stdout.once('data', resolve))));
    const done = children.map((c) => new Promise((resolve) => c.once('close', resolve)));
    for (const c of children) c.stdin.write('go\n');
    await Promise.all(done);
    const logged = await sources();
    assert.equal(logged.length, IMPORT_LOG_LENGTH, logged.join(', '));
    for (const tag of ['kiosk', 'cli']) {
      const own = logged.filter((s) => s.startsWith(`${tag} `));
      assert.deepEqual(
        own,
        Array.from({ length: per }, (_, i) => `${tag} ${per - 1 - i}`),
        'in its order',
      );
    }
  });

  it('can be written while the store lock is held (no deadlock with a caller inside a commit)', async () => {
    const store = new ContentStore(path.dirname(file));
    await store.lock.withLock(() => appendImportLog(store.importLogFile, entry('USB-stick A')));
    assert.deepEqual(await sources(), ['USB-stick A']);
    assert.equal(existsSync(`${file}.lock`), false);
  });

  it('still keeps at most the last 20', async () => {
    for (let i = 0; i < IMPORT_LOG_LENGTH + 3; i++) await appendImportLog(file, entry(`stick ${i}`));
    const logged = await sources();
    assert.equal(logged.length, IMPORT_LOG_LENGTH);
    assert.equal(logged[0], `stick ${IMPORT_LOG_LENGTH + 2}`);
  });
});
