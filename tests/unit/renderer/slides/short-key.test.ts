import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortKey } from '../../../../renderer/slides/short-key';

const SLIDE = 'kiosk-activities-slide|2.6|1827x793|fonts 2\nVandaag\nKoffieklets\n14:00 – 16:00';

describe('the short key the fit cache keeps instead of a slide’s words', () => {
  it('is the same for the same words, and short whatever their length', () => {
    assert.equal(shortKey(SLIDE), shortKey(`${SLIDE}`));
    const long = SLIDE.repeat(200);
    assert.ok(shortKey(long).length <= 20, shortKey(long));
  });

  it('differs when one letter, the order of two lines or the room changes', () => {
    const variants = [
      SLIDE,
      SLIDE.replace('14:00', '14:30'),
      SLIDE.replace('Vandaag\nKoffieklets', 'Koffieklets\nVandaag'),
      SLIDE.replace('1827x793', '1827x794'),
      SLIDE.replace('fonts 2', 'fonts 3'),
      `${SLIDE} `,
    ];
    assert.equal(new Set(variants.map(shortKey)).size, variants.length);
  });

  it('gives 100,000 slides that differ in one number 100,000 keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(shortKey(`${SLIDE}\nactiviteit ${i}`));
    assert.equal(keys.size, 100_000);
  });
});
