import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeOf } from '../../../../core/content/place';
import { sectionOf } from '../../../../core/editor/form-sections';
import { sampleDraft } from '../editor/sample';

describe('where a problem is, in words staff know', () => {
  const draft = sampleDraft();

  it('names an activity by its title: activiteit "…", begin', () => {
    assert.equal(
      placeOf('activities[1].start', draft),
      'activiteit "Voorbeeld: hulp bij je smartphone", begin',
    );
    assert.equal(
      placeOf('activities[1].end', draft),
      'activiteit "Voorbeeld: hulp bij je smartphone", einde',
    );
  });

  it('names a block of opening hours by buurtpunt and weekday: Buurtpunt Hof ten Rode, dinsdag, tot', () => {
    assert.equal(
      placeOf('locations[1].hours.tuesday[0].until', draft),
      'Buurtpunt Hof ten Rode, dinsdag, tot',
    );
  });

  it('numbers the blocks of a day only when it has more than one', () => {
    const twoBlocks = structuredClone(draft);
    (twoBlocks.locations![0]!.hours as Record<string, unknown>).thursday = [
      { from: '09:00', until: '12:00' },
      { from: '13:00', until: '16:00' },
    ];
    assert.equal(
      placeOf('locations[0].hours.thursday[1].from', twoBlocks),
      'Buurtpunt Bijloke, donderdag blok 2, van',
    );
  });

  it('names an exception by its first day and note, and its fields as days', () => {
    assert.equal(
      placeOf('locations[1].exceptions[0].to', draft),
      'Buurtpunt Hof ten Rode, uitzondering van 2026-12-22 (kerstvakantie), laatste dag',
    );
    const withHours = structuredClone(draft);
    withHours.locations![0]!.exceptions = [{ from: '2026-12-05', hours: [{ from: '14:00', until: '1700' }] }];
    assert.equal(
      placeOf('locations[0].exceptions[0].hours[0].until', withHours),
      'Buurtpunt Bijloke, uitzondering van 2026-12-05, uren, tot',
    );
  });

  it('puts "buurtpunt" before a name that does not say it', () => {
    const renamed = structuredClone(draft);
    renamed.locations![0]!.name = 'Den Appel';
    assert.equal(placeOf('locations[0].address.postalCode', renamed), 'buurtpunt Den Appel, postcode');
  });

  it('numbers an item that has no title yet, counting from 1', () => {
    assert.equal(placeOf('activities[9].title', draft), 'activiteit 10, titel');
    assert.equal(placeOf('about.buurten[2]', draft), 'Over ons, buurt 3');
  });

  it('names people without quotes and titles with them', () => {
    assert.equal(placeOf('contacts[1].phone', draft), 'contactpersoon Kim Bauwens, telefoonnummer');
    assert.equal(placeOf('services[0].title', draft), 'aanbod "Een babbel met koffie of thee", titel');
    assert.equal(placeOf('about.aims[0].text', draft), 'Over ons, doelstelling "Brugfiguur zijn", tekst');
    assert.equal(placeOf('organisation.email', draft), 'Sociaal Huis, e-mailadres');
  });

  it('quotes a field the kiosk does not know, also keys like "constructor"', () => {
    assert.equal(placeOf('contacts[1].fax', draft), 'contactpersoon Kim Bauwens, "fax"');
    assert.equal(placeOf('colour', draft), 'veld "colour"');
    assert.equal(placeOf('constructor', draft), 'veld "constructor"');
    assert.equal(
      placeOf('activities[0].toString', draft),
      'activiteit "Voorbeeld: soep en babbel in het buurtpunt", "toString"',
    );
  });

  it('names whole lists and the whole file', () => {
    assert.equal(placeOf('locations', draft), 'buurtpunten');
    assert.equal(placeOf('about.aims', draft), 'Over ons, doelstellingen');
    assert.equal(placeOf('', draft), undefined);
  });

  it('works on content of the wrong shape without throwing', () => {
    assert.equal(placeOf('activities[0].start', { activities: 'geen lijst' }), 'activiteit 1, begin');
    assert.equal(placeOf('locations[0].hours.monday[0].from', null), 'buurtpunt 1, maandag, van');
  });

  it('keeps a long title short', () => {
    const long = structuredClone(draft);
    long.activities![0]!.title = 'x'.repeat(200);
    assert.equal(placeOf('activities[0].end', long), `activiteit "${'x'.repeat(59)}…", einde`);
  });

  it('puts each problem in the tab that shows its field', () => {
    assert.equal(sectionOf('locations[0].exceptions[0].from'), 'locations');
    assert.equal(sectionOf('organisation.email'), 'general');
    assert.equal(sectionOf('colour'), 'general');
    assert.equal(sectionOf(''), 'general');
  });
});
