/**
 * A photo name with a character the kiosk does not take: "images/koffie (2).png", as Windows names a
 * second copy, or "images/café.png". Staff read which character, where, and a name that would do;
 * before, they read "verwacht een afbeelding in de map" and could not see what was wrong. Which names
 * are taken stays as it was: the same rule guards the kiosk's /media paths and its store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import { validateContentText } from '../../../../core/content/validate';
import { lineWith, withLine } from './broken-sample';

const IMAGE_LINE = lineWith('"image": "images/koffie.png"');
const PLACE = `regel ${IMAGE_LINE}, activiteit "Voorbeeld: soep en babbel in het buurtpunt", foto`;

/** What staff read when the sample's first photo is named `image` (as JSON writes it); [] when taken. */
function saidOf(image: string): string[] {
  const text = withLine(IMAGE_LINE, (l) => l.replace('"images/koffie.png"', JSON.stringify(image)));
  const result = validateContentText(text);
  return result.ok ? [] : result.problems.map(describeProblem);
}

const GENERAL = 'verwacht een afbeelding in de map, bv. "images/koffie.jpg" (png, jpg of webp, geen ..)';
const ONLY = 'gebruik alleen letters zonder accent, cijfers, spaties, punten, - en _';

describe('a photo name with a character that is not allowed', () => {
  it('names the "(" of a second copy as Windows names it, with a name that would do', () => {
    assert.deepEqual(saidOf('images/koffie (2).png'), [
      `${PLACE}: "images/koffie (2).png": het teken "(" mag niet in de naam van een afbeelding; ${ONLY} (bv. "images/koffie-2.png"; hernoem de foto ook zo)`,
    ]);
  });

  it('names a letter with an accent, also when the accent was saved as a character of its own', () => {
    const rest = `mag niet in de naam van een afbeelding; ${ONLY} (bv. "images/cafe.png"; hernoem de foto ook zo)`;
    assert.deepEqual(saidOf('images/caf\u00e9.png'), [
      `${PLACE}: "images/caf\u00e9.png": het teken "\u00e9" ${rest}`,
    ]);
    // As macOS may save it: an e, then the accent; named as the one letter staff see.
    assert.deepEqual(saidOf('images/cafe\u0301.png'), [
      `${PLACE}: "images/cafe\u0301.png": het teken "\u00e9" ${rest}`,
    ]);
  });

  it('names a character staff cannot see in words, and shows where it is', () => {
    assert.deepEqual(saidOf('images/koffie\u00a0kopje.png'), [
      `${PLACE}: "images/koffie[U+00A0]kopje.png": een harde spatie (U+00A0) mag niet in de naam van een afbeelding; ${ONLY} (bv. "images/koffie-kopje.png"; hernoem de foto ook zo)`,
    ]);
    assert.deepEqual(saidOf('images/koffie.png\u200b'), [
      `${PLACE}: "images/koffie.png[U+200B]": een nulbreedte-spatie (U+200B) mag niet in de naam van een afbeelding; ${ONLY} (bv. "images/koffie.png"; hernoem de foto ook zo)`,
    ]);
    assert.deepEqual(saidOf('images/koffie\tkopje.png'), [
      `${PLACE}: "images/koffie[U+0009]kopje.png": een tab mag niet in de naam van een afbeelding; ${ONLY} (bv. "images/koffie-kopje.png"; hernoem de foto ook zo)`,
    ]);
  });

  it("says when the character is in a folder's name", () => {
    assert.deepEqual(saidOf("foto's/koffie.png"), [
      `${PLACE}: "foto's/koffie.png": het teken "'" mag niet in de naam van een map; ${ONLY} (bv. "foto-s/koffie.png"; hernoem de map ook zo)`,
    ]);
  });

  it('asks for a / where a Windows path has a \\', () => {
    assert.deepEqual(saidOf('images\\koffie.png'), [
      `${PLACE}: "images\\koffie.png": het teken "\\" mag niet in de naam van een afbeelding; zet een / tussen een map en de naam (bv. "images/koffie.png")`,
    ]);
  });

  it('keeps the general message when more than a character is wrong', () => {
    for (const image of [
      '../café.png',
      'images/koffie (2).gif',
      'C:\\Gebruikers\\Kim\\koffie.png',
      'C:/koffie.png',
      '/images/koffie.png',
      'images/../koffie (2).png',
      'images//koffie.png',
    ]) {
      assert.deepEqual(saidOf(image), [`${PLACE}: ${GENERAL}`], image);
    }
  });

  it('takes and refuses the same names as before', () => {
    const taken = [
      'images/koffie.png',
      'koffie.png',
      'images/Koffie Kopje_2.v1.JPEG',
      'a/b/c/d.webp',
      'images/-.jpg',
      'images/...png',
      '.verborgen/koffie.png',
    ];
    for (const image of taken) assert.deepEqual(saidOf(image), [], image);
    const refused = [
      'images/koffie (2).png',
      'images/café.png',
      'images/koffie.png ',
      'images/koffie.gif',
      'images/./koffie.png',
      '../koffie.png',
      'images/',
      '.png',
      'images/koffie+thee.png',
      'images/koffie.png/',
    ];
    for (const image of refused) assert.equal(saidOf(image).length, 1, image);
  });
});
