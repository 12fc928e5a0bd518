/**
 * The editor's folder session without a browser: a broken file opens as text to repair, a repaired
 * one goes to the forms, nothing is written before a valid save, and new items start quiet.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateContentText } from '../../../../core/content/validate';
import { FolderSession } from '../../../../editor/session/folder-session';
import { ImagesController } from '../../../../editor/session/images-controller';
import { ValidationController } from '../../../../editor/session/validation-controller';
import { FakeHost, MemoryFolder } from '../../../support/editor-folder-fakes';

const sample = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');
const png = readFileSync(new URL('../../../../data/images/koffie.png', import.meta.url));
const NOW = Date.parse('2026-11-30T10:00:00Z');

function newSession() {
  const host = new FakeHost();
  const images = new ImagesController(host);
  const validation = new ValidationController(host);
  return { session: new FolderSession(host, images, validation, () => NOW), validation, images };
}

const folderWith = (content: string | null) =>
  new MemoryFolder(content, new Map([['images/koffie.png', png]]));

describe('the editor opening a folder', () => {
  it('opens broken JSON as text with the problem line, fixes curly quotes in one click, then the forms', async () => {
    const { session } = newSession();
    const broken = sample
      .replace('"Kim Bauwens"', '“Kim Bauwens”')
      .replace('"0471 61 21 50",', '"0471 61 21 50"');
    const folder = folderWith(broken);
    await session.open(async () => folder);
    assert.equal(session.draft, null);
    assert.ok(session.repair);
    assert.equal(session.repair.problems.length, 1);
    assert.match(session.repair.problems[0]!.message, /^gekruld aanhalingsteken “/);
    assert.equal(session.repair.quotesToFix, 2);

    session.straightenQuotes();
    assert.match(session.repair.problems[0]!.message, /^er ontbreekt een komma/);
    assert.equal(session.repair.readable, false);
    session.editText(session.repair.text.replace('"0471 61 21 50"', '"0471 61 21 50",'));
    assert.equal(session.repair.readable, true);
    assert.equal(folder.saves.length, 0, 'nothing written while repairing');

    await session.continueToForms();
    assert.equal(session.repair, null);
    assert.ok(session.draft);
    assert.equal(session.dirty, true, 'the file on the stick is still the broken one');
    await session.save();
    assert.equal(folder.saves.length, 1);
    assert.ok(validateContentText(folder.content ?? '').ok);
  });

  it('keeps a file with a field given twice in the text view until one is removed', async () => {
    const { session } = newSession();
    const twice = sample.replace('"name": "Kim Bauwens",', '"name": "Kim Bauwens",\n      "name": "Kim B.",');
    await session.open(async () => folderWith(twice));
    assert.ok(session.repair);
    assert.match(session.repair.problems[0]!.message, /"name" staat twee keer in hetzelfde blok/);
    assert.equal(session.repair.problems[0]!.place, 'contactpersoon Kim Bauwens, naam');
    session.editText(sample);
    assert.equal(session.repair.readable, true);
  });

  it('does not continue or save while the text is unreadable', async () => {
    const { session } = newSession();
    const folder = folderWith('{ "updated": ');
    await session.open(async () => folder);
    await session.continueToForms();
    await session.save();
    assert.ok(session.repair);
    assert.equal(folder.saves.length, 0);
    assert.equal(folder.content, '{ "updated": ');
  });

  it('closing revokes the photos and forgets the draft', async () => {
    const { session, images } = newSession();
    await session.open(async () => folderWith(sample));
    assert.ok(images.url('images/koffie.png'));
    session.close();
    assert.equal(session.draft, null);
    assert.equal(images.images.size, 0);
  });
});

describe('new items start quiet', () => {
  it('shows no problems for a new, empty activity until staff type in it', async () => {
    const { session, validation } = newSession();
    await session.open(async () => folderWith(sample));
    assert.equal(validation.shown.length, 0);
    session.edit(['activities'], [{ title: '', start: '', end: '' }, ...(session.draft?.activities ?? [])]);
    assert.ok(validation.problems.length >= 3, 'the problems are there: saving waits');
    assert.equal(validation.shown.length, 0, 'but none is shown yet');

    session.edit(['activities', 0, 'title'], 'Breicafé voor beginners');
    assert.equal(validation.shown.length, 0);
    session.edit(['activities', 0], { ...session.draft?.activities?.[0], start: 'T', end: 'T' }, [
      'activities[0].start',
    ]);
    assert.deepEqual(
      validation.shown.map((p) => p.path),
      ['activities[0].start'],
      'only the field typed in; its end and place stay quiet',
    );
  });

  it('shows everything once staff try to save, and saves nothing', async () => {
    const { session, validation } = newSession();
    const folder = folderWith(sample);
    await session.open(async () => folder);
    session.edit(['activities'], [{ title: '', start: '', end: '' }, ...(session.draft?.activities ?? [])]);
    await session.save();
    assert.equal(folder.saves.length, 0);
    assert.deepEqual(validation.shown, validation.problems);
    assert.ok(validation.shown.some((p) => p.place === 'activiteit 1, begin'));
  });

  it('shows a problem in an existing item at once, and a new hour block stays quiet', async () => {
    const { session, validation } = newSession();
    await session.open(async () => folderWith(sample));
    session.edit(['contacts', 1, 'phone'], 'bel me');
    assert.deepEqual(
      validation.shown.map((p) => p.place),
      ['contactpersoon Kim Bauwens, telefoonnummer'],
    );
    session.edit(
      ['locations', 0, 'hours', 'thursday'],
      [
        { from: '09:00', until: '12:00' },
        { from: '', until: '' },
      ],
    );
    assert.equal(validation.shown.length, 1);
    session.edit(['locations', 0, 'hours', 'thursday', 1, 'from'], '13:00');
    assert.deepEqual(
      validation.shown.map((p) => p.place),
      ['contactpersoon Kim Bauwens, telefoonnummer'],
    );
    session.edit(['locations', 0, 'hours', 'thursday', 1, 'until'], '1');
    assert.deepEqual(validation.shown.map((p) => p.place).sort(), [
      'Buurtpunt Bijloke, donderdag blok 2, tot',
      'contactpersoon Kim Bauwens, telefoonnummer',
    ]);
  });

  it('starts a new stick quiet as a whole', async () => {
    const { session, validation } = newSession();
    await session.open(async () => folderWith(null));
    assert.ok(validation.problems.length > 0);
    assert.equal(validation.shown.length, 0);
    session.edit(['organisation', 'email'], 'geen adres');
    assert.deepEqual(
      validation.shown.map((p) => p.place),
      ['Sociaal Huis, e-mailadres'],
    );
  });
});

describe('a signed folder (ondertekening.json): saving breaks the signature, and staff are told', () => {
  const signedFolder = (target: 'stick' | 'folder', content: string | null = sample) =>
    new MemoryFolder(content, new Map([['images/koffie.png', png]]), target, true);
  const SIGN_AGAIN = /onderteken de map (dan )?opnieuw met "buurtkiosk sign"/;

  it('says on opening that the content is signed and must be signed again after saving', async () => {
    const { session } = newSession();
    await session.open(async () => signedFolder('folder'));
    assert.equal(session.signed, true);
    assert.match(session.notices[0] ?? '', /^Deze inhoud is ondertekend\./);
    assert.match(session.notices[0] ?? '', SIGN_AGAIN);
    assert.match(session.notices[0] ?? '', /scherm dat alleen ondertekende inhoud aanvaardt/);
    assert.doesNotMatch(session.notices.join(' '), /\b[Uu]w?\b/, 'je, never u');
  });

  it('still saves, and the saved message says the signature no longer matches and to sign again', async () => {
    const { session } = newSession();
    const folder = signedFolder('folder');
    await session.open(async () => folder);
    session.edit(['organisation', 'name'], 'Sociaal Huis Dendermonde');
    await session.save();
    assert.equal(folder.saves.length, 1, 'saving is not blocked');
    assert.match(session.message, /^Opgeslagen om 11:00 in de map buurtkiosk\./);
    assert.match(session.message, /De ondertekening klopt niet meer/);
    assert.match(session.message, SIGN_AGAIN);
    assert.match(session.notices[0] ?? '', /^Deze inhoud is ondertekend/, 'the warning stays in view');
  });

  it('on a stick, asks to sign again instead of saying the stick can go into the screen', async () => {
    const { session } = newSession();
    await session.open(async () => signedFolder('stick'));
    await session.save();
    assert.match(session.message, /^Opgeslagen om 11:00\. De ondertekening klopt niet meer/);
    assert.doesNotMatch(session.message, /steek hem in het scherm/);
  });

  it('saved as downloads: the steps sign the folder again before the stick goes back', async () => {
    const { session } = newSession();
    const folder = signedFolder('stick');
    folder.saveMode = 'download';
    await session.open(async () => folder);
    await session.save();
    assert.match(session.message, /^Gedownload om 11:00\. De ondertekening klopt niet meer/);
    const sign = session.instructions.findIndex((step) => /"buurtkiosk sign"/.test(step));
    const eject = session.instructions.findIndex((step) => /Werp de stick veilig uit/.test(step));
    assert.ok(sign >= 0 && sign === eject - 1, 'sign again, then eject');
  });

  it('keeps the warning when saving fails, in the repair view and after the repair', async () => {
    const { session } = newSession();
    const failing = signedFolder('folder');
    failing.save = () => Promise.reject(new Error('de stick is weg'));
    await session.open(async () => failing);
    await session.save();
    assert.match(session.notices[0] ?? '', /^Opslaan is mislukt: de stick is weg/);
    assert.ok(session.notices.some((n) => /^Deze inhoud is ondertekend/.test(n)));

    const repairing = newSession().session;
    await repairing.open(async () =>
      signedFolder('folder', sample.replace('"Kim Bauwens"', '“Kim Bauwens”')),
    );
    assert.ok(repairing.repair);
    assert.match(repairing.notices[0] ?? '', /^Deze inhoud is ondertekend/);
    repairing.straightenQuotes();
    await repairing.continueToForms();
    assert.ok(repairing.draft);
    assert.ok(repairing.notices.some((n) => /^Deze inhoud is ondertekend/.test(n)));
  });

  it('says nothing about signing for an unsigned folder, nor after opening another one', async () => {
    const { session } = newSession();
    await session.open(async () => signedFolder('stick'));
    session.close();
    assert.equal(session.signed, false);
    await session.open(async () => folderWith(sample));
    await session.save();
    assert.equal(session.signed, false);
    assert.doesNotMatch([...session.notices, session.message].join(' '), /ondertekend|ondertekening/);
    assert.match(session.message, /^Opgeslagen om 11:00 in de map buurtkiosk\.$/);
  });
});
