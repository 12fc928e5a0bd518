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
