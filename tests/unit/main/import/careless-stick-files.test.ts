/**
 * Sticks a careless staff member brings, imported as a USB stick is: a content.json saved as "ANSI"
 * (Windows-1252) by an old Notepad or Excel, one of zero bytes only (the stick pulled out while
 * saving), one where every activity names a photo that is not there (before: a line each in
 * verslag.txt). Each is refused with words that say what to do, and the content on screen stays.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import { MAX_PROBLEMS } from '../../../../core/content/problem-cap';
import type { ImportOutcome } from '../../../../main/import/import-folder';
import { importRig, type ImportRig } from '../../../support/import-rig';
import { sampleStickContent } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let rig: ImportRig;
beforeEach(() => (rig = importRig('buurtkiosk-careless-')));
afterEach(() => rig.remove());

const SAMPLE_TEXT = JSON.stringify(sampleStickContent(), null, 2);
const withContentBytes = (bytes: Uint8Array) => rig.stick({ files: { 'content.json': bytes } });

function said(outcome: ImportOutcome): string[] {
  return outcome.kind === 'refused' ? outcome.problems.map(describeProblem) : [`(${outcome.kind})`];
}

describe('a careless stick', () => {
  it('refuses a content.json saved as "ANSI" with an é in a text, naming its line, and keeps the screen', async () => {
    const shown = rig.state.bundle.content.title;
    // Windows-1252 has é as one byte; the sample's few characters outside ASCII are left out.
    const text = SAMPLE_TEXT.replace(/[^\p{ASCII}]/gu, "'").replace(
      /"title": "[^"]*"/,
      '"title": "Café De Kapel"',
    );
    const line = text.split('\n').findIndex((l) => l.includes('Café De Kapel')) + 1;
    const { outcome, folder } = await withContentBytes(Buffer.from(text, 'latin1'));
    assert.equal(
      outcome.kind,
      'refused',
      `went on screen as ${JSON.stringify(rig.state.bundle.content.title)}`,
    );
    assert.match(
      said(outcome)[0]!,
      new RegExp(
        `^regel ${line}, kolom \\d+, titel: onleesbaar teken � in deze tekst: .*sla het op als UTF-8`,
      ),
    );
    assert.equal(rig.state.bundle.content.title, shown);
    assert.equal(rig.state.notice?.kind, 'import-failed');
    assert.equal(await rig.store.currentVersion(), null);
    assert.match(readFileSync(path.join(folder, 'verslag.txt'), 'utf8'), /niet als UTF-8 opgeslagen/);
  });

  it('takes the same content saved as UTF-8', async () => {
    const text = SAMPLE_TEXT.replace(/"title": "[^"]*"/, '"title": "Café De Kapel"');
    const { outcome } = await withContentBytes(Buffer.from(text, 'utf8'));
    assert.equal(outcome.kind, 'imported', said(outcome).join('\n'));
    assert.equal(rig.state.bundle.content.title, 'Café De Kapel');
  });

  it('says a content.json of zero bytes only is damaged, without sending staff to look for UTF-16', async () => {
    const { outcome } = await withContentBytes(Buffer.alloc(4096));
    assert.deepEqual(said(outcome), [
      'regel 1: het bestand is beschadigd: het begint met nullen in plaats van tekst (bv. omdat de stick tijdens het opslaan uitgetrokken werd); sla het opnieuw op',
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems when each of 1,500 activities names a missing photo`, async () => {
    const content = sampleStickContent();
    const first = content.activities![0]!;
    content.activities = Array.from({ length: 1500 }, (_, i) => ({
      ...first,
      image: `images/foto-${i}.jpg`,
    }));
    const { outcome, folder } = await rig.stick({ content });
    assert.equal(outcome.kind, 'refused');
    const lines = said(outcome);
    assert.equal(lines.length, MAX_PROBLEMS + 1);
    assert.match(lines.at(-1)!, /^… en nog 1\.300 fouten die hier niet apart staan/);
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.ok(report.length < 100_000, `verslag.txt is ${report.length} bytes`);
  });
});
