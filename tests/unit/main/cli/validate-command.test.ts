import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UNCHECKED_SIGNATURE, validateCommand } from '../../../../main/cli/validate-command';

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

/** What validate prints for the sample when the clock says `iso`; it must exit 0 (valid). */
async function validateSampleAt(iso: string): Promise<string[]> {
  const lines: string[] = [];
  const code = await validateCommand(path.join(root, 'data/content.json'), (l) => lines.push(l), {
    userDataDir: path.join(tmp, 'data'),
    now: () => new Date(iso),
  });
  assert.equal(code, 0, lines.join('\n'));
  return lines;
}

describe('buurtkiosk validate', () => {
  it('exits 0 with the summary first for the sample data, and says last that no signature was checked', () => {
    const { code, lines } = validate(path.join(root, 'data/content.json'));
    assert.equal(code, 0);
    // The real clock: how much of the sample is over depends on the day the tests run.
    assert.match(lines[0]!, /^In orde: 2 buurtpunten, 4 activiteiten\b/);
    assert.equal(lines.at(-1), UNCHECKED_SIGNATURE);
  });

  it('says a fault in buurtkiosk in Dutch, not a bare English message, and exits 2', async () => {
    const lines: string[] = [];
    const code = await validateCommand(path.join(root, 'data/content.json'), (l) => lines.push(l), {
      userDataDir: path.join(tmp, 'data'),
      now: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    assert.equal(code, 2);
    assert.deepEqual(lines, [
      'Kan niet lezen: onverwachte fout in buurtkiosk (RangeError: Maximum call stack size exceeded). Probeer opnieuw; lukt het niet, meld de fout aan wie de kiosk beheert.',
    ]);
  });

  it('says "In orde" with the plain counts before the sample starts', async () => {
    assert.deepEqual(await validateSampleAt('2026-12-01T09:00:00Z'), [
      'In orde: 2 buurtpunten, 4 activiteiten, 2 mededelingen, 3 contactpersonen.',
      UNCHECKED_SIGNATURE,
    ]);
  });

  it('names what the screen will not show once part of the sample is over', async () => {
    assert.deepEqual(await validateSampleAt('2027-01-05T09:00:00Z'), [
      'In orde: 2 buurtpunten, 4 activiteiten (3 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen.',
      UNCHECKED_SIGNATURE,
    ]);
  });

  it('still exits 0 when every activity is over, with a "Let op" line after "In orde"', async () => {
    assert.deepEqual(await validateSampleAt('2027-02-01T09:00:00Z'), [
      'In orde: 2 buurtpunten, 4 activiteiten (4 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen.',
      'Let op: Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).',
      UNCHECKED_SIGNATURE,
    ]);
  });

  it('on a kiosk whose config.json names a buurtpunt the content lacks, says so with a "Let op" line', async () => {
    const data = path.join(tmp, 'kiosk-data');
    mkdirSync(data, { recursive: true });
    writeFileSync(path.join(data, 'config.json'), JSON.stringify({ location: 'bijlok' }));
    const lines: string[] = [];
    const code = await validateCommand(path.join(root, 'data/content.json'), (l) => lines.push(l), {
      userDataDir: data,
      now: () => new Date('2026-12-01T09:00:00Z'),
    });
    assert.equal(code, 0);
    assert.deepEqual(lines.slice(0, 2), [
      'In orde: 2 buurtpunten, 4 activiteiten, 2 mededelingen, 3 contactpersonen.',
      'Let op: Dit scherm hoort bij buurtpunt "bijlok" (config.json), maar dat staat niet in content.json (daar staan "bijloke", "hof-ten-rode"): het eigen buurtpunt komt dan niet eerst en het grootst. Kijk de "id" na.',
    ]);
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
      /^ {2}regel \d+, activiteit "Voorbeeld: soep en babbel in het buurtpunt", begin: geen geldige datum, verwacht bv\. 2026-12-03T14:00 {2}\[activities\[0\]\.start\]$/,
    );
    assert.match(
      lines[2]!,
      /^ {2}regel \d+, contactpersoon Kaoutar Aarras, "telefoon": onbekend veld "telefoon" .* {2}\[contacts\[0\]\.telefoon\]$/,
    );
  });

  it('exits 2 when the file cannot be read', () => {
    const { code, lines } = validate(path.join(tmp, 'nope'));
    assert.equal(code, 2);
    assert.match(lines[0]!, /^Kan niet lezen: geen content\.json gevonden in .*nope/);
  });
});
