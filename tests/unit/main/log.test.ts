import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLogger, rotatingFileSink, setLogFile } from '../../../main/log';

const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-log-'));
after(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(path.join(root, 'l-'));
const read = (f: string) => readFileSync(f, 'utf8');
const logModule = fileURLToPath(new URL('../../../main/log.ts', import.meta.url));

/** Runs `body` with stderr caught; returns what was written to it. */
function stderrOf(body: () => void): string[] {
  const original = process.stderr.write.bind(process.stderr);
  const lines: string[] = [];
  process.stderr.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    body();
  } finally {
    process.stderr.write = original;
  }
  return lines;
}

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

describe('log file: only a regular file is written', () => {
  it('returns at once when a FIFO without a reader stands at the path (it used to freeze the process)', () => {
    const file = path.join(fresh(), 'logs', 'buurtkiosk.log');
    mkdirSync(path.dirname(file));
    execFileSync('mkfifo', [file]);
    // In a child process: before the fix the write blocked forever, and this test with it.
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { createLogger, rotatingFileSink, setLogFile } = await import(${JSON.stringify(logModule)});
         setLogFile(rotatingFileSink(${JSON.stringify(file)}));
         createLogger('usb')('stick removed during read');
         createLogger('usb')('and another line');
         console.log('returned');`,
      ],
      { encoding: 'utf8', timeout: 20_000, env: { ...process.env, BUURTKIOSK_QUIET: '1' } },
    );
    assert.equal(child.signal, null, 'the log call returned');
    assert.equal(child.stdout, 'returned\n');
    assert.equal(
      child.stderr,
      `log: not writing ${file}: a FIFO or socket stands there, not a regular file (lines go to stderr only)\n`,
    );
    assert.ok(lstatSync(file).isFIFO(), 'the FIFO is left alone');
  });

  it('writes nothing into a FIFO that has a reader', () => {
    const file = path.join(fresh(), 'k.log');
    execFileSync('mkfifo', [file]);
    const reader = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const complaints = stderrOf(() => rotatingFileSink(file)('geheim\n'));
      assert.deepEqual(complaints, [
        `log: not writing ${file}: a FIFO stands there, not a regular file (lines go to stderr only)\n`,
      ]);
      const buf = Buffer.alloc(64);
      let got = 0;
      try {
        got = readSync(reader, buf);
      } catch (err) {
        assert.equal((err as NodeJS.ErrnoException).code, 'EAGAIN');
      }
      assert.equal(got, 0, 'nothing reached the reader');
    } finally {
      closeSync(reader);
    }
  });

  it('does not follow a symbolic link at the path', () => {
    const dir = fresh();
    const target = path.join(dir, 'elders.txt');
    writeFileSync(target, 'van iemand anders\n');
    const file = path.join(dir, 'k.log');
    symlinkSync(target, file);
    const complaints = stderrOf(() => rotatingFileSink(file)('regel\n'));
    assert.deepEqual(complaints, [
      `log: not writing ${file}: a symbolic link stands there, not a regular file (lines go to stderr only)\n`,
    ]);
    assert.equal(read(target), 'van iemand anders\n');
  });

  it("says once that a folder stands at the path, and tries again after a rotation's worth of lines", () => {
    const file = path.join(fresh(), 'k.log');
    mkdirSync(file);
    const sink = rotatingFileSink(file, { maxBytes: 20, keep: 1 });
    const complaints = stderrOf(() => {
      for (let i = 0; i < 10; i++) sink(`regel ${i}\n`); // 8 bytes each: tried again every third line
    });
    assert.deepEqual(complaints, [
      `log: not writing ${file}: a directory stands there, not a regular file (lines go to stderr only)\n`,
    ]);
    rmSync(file, { recursive: true });
    sink('a\n');
    sink('b\n');
    assert.equal(existsSync(file), false, 'not tried at every line');
    for (let i = 0; i < 3; i++) sink(`later ${i}\n`);
    assert.ok(lstatSync(file).isFile(), "back to the file once a rotation's worth was skipped");
    assert.match(read(file), /later 2\n$/);
  });
});
