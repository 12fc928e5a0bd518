import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textWidth, wrappedLines } from '../../../../core/deck/text-width';

describe('text width in the screen font', () => {
  it('sums the font’s own advances, as Chromium measured the whole text (within kerning)', () => {
    // Chromium's canvas, 1000 px: 10405 and 11148 for the whole texts, kerning included.
    assert.ok(Math.abs(textWidth('Buurtpunt Hof ten Rode', 400) - 10.405) < 0.02);
    assert.ok(Math.abs(textWidth('Buurtpunt Hof ten Rode', 700) - 11.148) < 0.02);
  });

  it('takes an accented letter as wide as its letter, and one it does not know wider than any fallback', () => {
    assert.equal(textWidth('café', 400), textWidth('cafe', 400));
    assert.equal(textWidth('Ž', 700), textWidth('Z', 700));
    // Chromium's fallback fonts: "Ж" 1.08 em regular and 1.22 em bold, "😀" 1.04 em.
    assert.equal(textWidth('Ж', 700), 1.25);
    assert.equal(textWidth('😀', 400), 1.25);
  });
});

describe('lines of a wrapped text', () => {
  const w = (text: string) => textWidth(text, 400);

  it('puts words on one line while they fit, a space between them', () => {
    assert.equal(wrappedLines('open 9:00 – 12:00', w('open 9:00 – 12:00'), 400), 1);
    assert.equal(wrappedLines('open 9:00 – 12:00', w('open 9:00 – 12:0'), 400), 2);
    assert.equal(wrappedLines('', 3, 400), 1);
  });

  it('moves a word that does not fit the rest of a line to the next', () => {
    // "aa bbbb" in a box as wide as "aa bbb": "bbbb" goes whole to line two.
    assert.equal(wrappedLines('aa bbbb', w('aa bbb'), 400), 2);
    assert.equal(wrappedLines('aa bb cc dd', w('aa bb'), 400), 2);
  });

  it('breaks after a hyphen, not before a digit', () => {
    // "aa Keur-" and "Blauwe"; at the hyphen, not "aa" and "Keur-Blauwe" broken where the box ends.
    assert.equal(wrappedLines('aa Keur-Blauwe', w('aa Keur-B'), 400), 2);
    assert.equal(wrappedLines('aa Sint-Gillis-bij-Dendermonde', w('aa Sint-Gillis-b'), 400), 3);
    // "aa", then "9200-9300" broken where the box ends: three lines.
    assert.equal(wrappedLines('aa 9200-9300', w('aa 9200-9'), 400), 3);
  });

  it('breaks a word wider than the box where the box ends', () => {
    const compound = 'Buurtopbouwwerkersvergaderingsverslagencommissievoorzitters';
    assert.equal(wrappedLines(compound, textWidth(compound, 400) / 3 + 0.01, 400), 4);
    assert.equal(wrappedLines(`Info ${compound}`, textWidth(compound, 400) + 0.5, 400), 2);
  });

  it('counts runs of white space as one space and keeps words joined by a hard space', () => {
    assert.equal(wrappedLines('aa \n  bb', w('aa bb'), 400), 1);
    assert.equal(wrappedLines('aa\u00a0bb', w('aa b'), 400), 2);
    assert.equal(wrappedLines('aa\u00a0bb cc', w('aa bb'), 400), 2);
  });
});
