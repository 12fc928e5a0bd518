import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContent } from '../../../../core/content/validate';
import { UNREADABLE_TEXT_MESSAGE } from '../../../../core/content/json-syntax-messages';
import { plainMessage } from '../../../../core/editor/plain-message';
import { sampleDraft } from './sample';

describe('plain messages for form fields', () => {
  it('speaks of the form rather than of JSON keys', () => {
    const draft = sampleDraft();
    const activity = draft.activities![0] as Record<string, unknown>;
    delete activity.location;
    const exception = draft.locations[0]!.exceptions![0] as Record<string, unknown>;
    delete exception.closed;
    const result = validateContent(draft);
    assert.ok(!result.ok);
    const messages = result.problems.map((p) => plainMessage(p.message));
    assert.ok(messages.includes('kies een buurtpunt, of vul een andere plaats in'), messages.join('\n'));
    assert.ok(messages.includes('kies "gesloten", of geef de openingsuren van die dag(en)'));
    assert.ok(messages.every((m) => !m.includes('"closed"') && !m.includes('"place"')));
  });

  it('asks to choose a photo again when its name has a character the kiosk does not take, or its folder a name of the kiosk’s own', () => {
    const draft = sampleDraft();
    (draft.activities![0] as Record<string, unknown>).image = 'images/koffie (2).png';
    const result = validateContent(draft);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => plainMessage(p.message)),
      ['het teken "(" mag niet in de naam van de foto "images/koffie (2).png": kies de foto opnieuw'],
    );
    assert.equal(
      plainMessage(
        '"manifest.json/koffie.png": een map mag niet "manifest.json" heten, want zo heet een bestand van de kiosk zelf (net als content.json, ondertekening.json, ondertekening.sig, verslag.txt en beheer.html); zet de foto in een andere map, bv. "images/koffie.png" (ook in content.json)',
      ),
      'de foto "manifest.json/koffie.png" staat in een map "manifest.json", zo heet een bestand van de kiosk zelf: kies de foto opnieuw',
    );
  });

  it('tells staff to fill in an empty required field', () => {
    assert.equal(plainMessage('mag niet leeg zijn'), 'vul dit in (verplicht)');
    assert.equal(plainMessage('ontbreekt (dit veld is verplicht)'), 'vul dit in (verplicht)');
    assert.equal(
      plainMessage('ontbreekt (voeg "end" toe, bv. "end": "2026-12-03T16:00")'),
      'vul dit in (verplicht)',
    );
  });

  it('asks for the letter itself where a text has an unreadable one: saving writes UTF-8 already', () => {
    assert.equal(
      plainMessage(UNREADABLE_TEXT_MESSAGE),
      'onleesbaar teken �: typ hier de juiste letter (bv. é) in de plaats',
    );
  });

  it('shows an end before the start as a time, not as a JSON date-time', () => {
    assert.equal(
      plainMessage('moet na het begin (2026-12-03T09:30) liggen'),
      'moet na het begin (09:30) liggen',
    );
  });

  it('speaks of an hour in an hour field, with an example', () => {
    assert.equal(plainMessage('geen geldig uur, verwacht bv. 09:00'), 'geen geldig uur, schrijf bv. 09:00');
    assert.equal(
      plainMessage('geen geldig uur, verwacht bv. 12:00 (of 24:00 voor middernacht)'),
      'geen geldig uur, schrijf bv. 12:00',
    );
    assert.equal(plainMessage('geen geldig uur, schrijf bv. 14:00'), 'geen geldig uur, schrijf bv. 14:00');
  });

  it('speaks of "zichtbaar vanaf" for an announcement that would never show, not of JSON dates', () => {
    assert.equal(plainMessage('ligt vóór "visibleFrom" (2026-12-10T18:00)'), 'ligt vóór "zichtbaar vanaf"');
    assert.equal(
      plainMessage(
        'valt samen met "visibleFrom" (2026-12-10T09:00): de mededeling zou geen moment zichtbaar zijn',
      ),
      'valt samen met "zichtbaar vanaf": de mededeling zou geen moment zichtbaar zijn',
    );
    assert.equal(
      plainMessage(
        'valt samen met "visibleFrom" (2026-12-10): de mededeling zou geen moment zichtbaar zijn; schrijf "2026-12-10" om ze die hele dag te tonen',
      ),
      'valt samen met "zichtbaar vanaf": de mededeling zou geen moment zichtbaar zijn (om 00:00 begint die dag)',
    );
    assert.equal(
      plainMessage(
        'valt samen met "visibleFrom" (2027-03-28T02:15): die nacht gaat de klok van 2:00 naar 3:00, dus beide worden 3:00 en de mededeling zou geen moment zichtbaar zijn',
      ),
      'valt samen met "zichtbaar vanaf": die nacht gaat de klok van 2:00 naar 3:00, dus beide worden 3:00 en de mededeling zou geen moment zichtbaar zijn',
    );
  });

  it('asks to choose a missing photo again', () => {
    assert.equal(
      plainMessage('afbeelding "images/koffie.png" niet gevonden in de map'),
      'de foto "images/koffie.png" staat niet in de map: kies de foto opnieuw',
    );
  });

  it('passes other messages through unchanged', () => {
    assert.equal(plainMessage('te lang: hoogstens 120 tekens'), 'te lang: hoogstens 120 tekens');
  });
});
