import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-validate-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real CLI (from source through tsx) and returns exit code and output lines. */
function validate(target: string): { code: number | null; lines: string[] } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'main/cli.ts'), 'validate', target],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BUURTKIOSK_QUIET: '1', BUURTKIOSK_DATA: path.join(tmp, 'data') },
    },
  );
  return { code: run.status, lines: (run.stdout + run.stderr).trim().split('\n') };
}

describe('buurtkiosk validate', () => {
  it('exits 0 with a one-line summary for the sample data', () => {
    const { code, lines } = validate(path.join(root, 'data/content.json'));
    assert.equal(code, 0);
    assert.deepEqual(lines, ['In orde: 2 buurtpunten, 4 activiteiten, 2 mededelingen, 3 contactpersonen.']);
  });

  it('accepts a folder holding content.json', () => {
    assert.equal(validate(path.join(root, 'data')).code, 0);
  });

  it('exits 1 and names every problem with its line and place', () => {
    const content = JSON.parse(readFileSync(path.join(root, 'data/content.json'), 'utf8'));
    content.activities[0].start = '3 december';
    content.contacts[0].telefoon = '0473';
    const file = path.join(tmp, 'content.json');
    writeFileSync(file, JSON.stringify(content, null, 2));
    cpSync(path.join(root, 'data/images'), path.join(tmp, 'images'), { recursive: true });
    const { code, lines } = validate(file);
    assert.equal(code, 1);
    assert.equal(lines[0], `Niet in orde: 2 fouten in ${file}`);
    assert.match(
      lines[1]!,
      /^ {2}regel \d+, activities\[0\]\.start: geen geldige datum, verwacht bv\. 2026-12-03T14:00$/,
    );
    assert.match(lines[2]!, /^ {2}regel \d+, contacts\[0\]\.telefoon: onbekend veld "telefoon"/);
  });

  it('exits 2 when the file cannot be read', () => {
    const { code, lines } = validate(path.join(tmp, 'nope'));
    assert.equal(code, 2);
    assert.match(lines[0]!, /^Kan niet lezen: geen content\.json gevonden in .*nope/);
  });
});
