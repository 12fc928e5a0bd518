import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createLogger, rotatingFileSink, setLogFile } from '../../../main/log';

const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-log-'));
after(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(path.join(root, 'l-'));
const read = (f: string) => readFileSync(f, 'utf8');

describe('log file with size-based rotation', () => {
  it('creates its folder and appends whole lines', () => {
    const file = path.join(fresh(), 'logs', 'buurtkiosk.log');
    const sink = rotatingFileSink(file, { maxBytes: 1000, keep: 2 });
    sink('een\n');
    sink('twee\n');
    assert.equal(read(file), 'een\ntwee\n');
  });

  it('rotates before a line would pass the size limit, newest old file first', () => {
    const dir = fresh();
    const file = path.join(dir, 'k.log');
    const sink = rotatingFileSink(file, { maxBytes: 10, keep: 2 });
    for (const line of ['aaaa\n', 'bbbb\n', 'cccc\n', 'dddd\n', 'eeee\n', 'ffff\n', 'gggg\n']) sink(line);
    assert.equal(read(file), 'gggg\n');
    assert.equal(read(`${file}.1`), 'eeee\nffff\n');
    assert.equal(read(`${file}.2`), 'cccc\ndddd\n');
    // aaaa/bbbb fell off the end: never more than keep + 1 files.
    assert.deepEqual(readdirSync(dir).sort(), ['k.log', 'k.log.1', 'k.log.2']);
  });

  it('counts what an earlier run left in the file', () => {
    const file = path.join(fresh(), 'k.log');
    writeFileSync(file, '123456789\n');
    rotatingFileSink(file, { maxBytes: 12, keep: 1 })('nieuw\n');
    assert.equal(read(file), 'nieuw\n');
    assert.equal(read(`${file}.1`), '123456789\n');
  });

  it('keeps a line longer than the limit whole, in a file of its own', () => {
    const file = path.join(fresh(), 'k.log');
    const sink = rotatingFileSink(file, { maxBytes: 8, keep: 3 });
    sink('kort\n');
    sink('een veel te lange regel\n');
    sink('x\n');
    assert.equal(read(`${file}.2`), 'kort\n');
    assert.equal(read(`${file}.1`), 'een veel te lange regel\n');
    assert.equal(read(file), 'x\n');
  });

  it('never throws when the disk refuses, and resumes when it works again', () => {
    const dir = fresh();
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const file = path.join(blocker, 'k.log');
    const sink = rotatingFileSink(file, { maxBytes: 100, keep: 1 });
    const original = process.stderr.write.bind(process.stderr);
    let complaints = 0;
    process.stderr.write = (() => ++complaints > 0) as typeof process.stderr.write;
    try {
      assert.doesNotThrow(() => sink('a\n'));
      assert.doesNotThrow(() => sink('b\n'));
    } finally {
      process.stderr.write = original;
    }
    assert.equal(complaints, 1);
    rmSync(blocker);
    sink('c\n');
    assert.equal(read(file), 'c\n');
  });

  it('sends every logger line to the log file, also when stderr is quiet', () => {
    const file = path.join(fresh(), 'k.log');
    setLogFile(rotatingFileSink(file));
    try {
      createLogger('usb')('stick removed during read');
    } finally {
      setLogFile(null);
    }
    assert.match(read(file), /^\d{4}-\d\d-\d\dT[\d:.]+Z usb: stick removed during read\n$/);
    createLogger('usb')('not logged to the file any more');
    assert.equal(existsSync(`${file}.1`), false);
    assert.doesNotMatch(read(file), /any more/);
  });
});
