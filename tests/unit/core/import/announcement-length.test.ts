import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FITS_WITH_IMAGE,
  FITS_WITHOUT_IMAGE,
  longAnnouncements,
  manyLineAnnouncements,
} from '../../../../core/import/announcement-length';
import { manyLineAnnouncementWarnings } from '../../../../core/import/announcement-lines';
import { contentWith } from '../deck/deck-fixtures';

/** Prose of `n` characters without a line break. */
const prose = (n: number) => 'koffie en een babbel '.repeat(Math.ceil(n / 21)).slice(0, n);

/** `count` short lines: "- punt 1", "- punt 2", … */
const list = (count: number) => Array.from({ length: count }, (_, i) => `- punt ${i + 1}`).join('\n');

const announcement = (text: string, image?: string) => ({
  title: 'Beste buren',
  text,
  ...(image === undefined ? {} : { image }),
});

describe('announcements too long in lines', () => {
  it('judges a text of one paragraph by its characters only, as before', () => {
    const announcements = [
      announcement(prose(FITS_WITHOUT_IMAGE)),
      announcement(prose(FITS_WITH_IMAGE), 'images/koffie.png'),
      announcement(prose(1001)),
    ];
    assert.deepEqual(manyLineAnnouncements({ announcements }), []);
    assert.deepEqual(longAnnouncements({ announcements }), [{ index: 2, length: 1001, fits: 1000 }]);
  });

  it('lets the audit’s letter of ten lines (a greeting, a list, a signature) pass', () => {
    const text =
      'Beste buren,\n\nHet buurtpunt is volgende week gesloten.\n\n- maandag: vergadering\n- dinsdag: opleiding\n\tTot dan!\n\nGroeten,\nKaoutar';
    assert.deepEqual(manyLineAnnouncements({ announcements: [announcement(text)] }), []);
  });

  it('counts a line break as ending a line: 15 short lines are too many at 800×480, 14 are not', () => {
    const announcements = [announcement(list(14)), announcement(list(15)), announcement(list(40))];
    assert.deepEqual(manyLineAnnouncements({ announcements }), [
      { index: 1, lines: 15, fits: 14, beside: false },
      { index: 2, lines: 40, fits: 14, beside: false },
    ]);
    assert.deepEqual(longAnnouncements({ announcements }), []);
  });

  it('beside a photo: 11 short lines fit 800×480, 12 do not; lines wrapping in portrait count twice', () => {
    const photo = 'images/koffie.png';
    const sixty = Array.from({ length: 7 }, () => prose(55)).join('\n');
    const announcements = [
      announcement(list(11), photo),
      announcement(list(12), photo),
      announcement(sixty, photo),
    ];
    assert.deepEqual(manyLineAnnouncements({ announcements }), [
      { index: 1, lines: 12, fits: 11, beside: true },
      { index: 2, lines: 14, fits: 13, beside: true },
    ]);
  });

  it('counts a run of empty lines as one, as the slide shows it', () => {
    const text = `Eerste alinea.${'\n'.repeat(60)}Tweede alinea.`;
    assert.deepEqual(manyLineAnnouncements({ announcements: [announcement(text)] }), []);
  });

  it('tells staff in exact Dutch, counting the lines as the screen shows them', () => {
    const content = contentWith((c) => {
      c.announcements = [
        { title: 'Beste buren', text: list(40) },
        { title: 'Met foto', text: list(12), image: 'images/koffie.png' },
      ];
    });
    assert.deepEqual(manyLineAnnouncementWarnings(content), [
      'Mededeling "Beste buren": de tekst telt 40 regels op het scherm (elke nieuwe regel en witregel telt mee); op een klein scherm passen er ongeveer 14. Wat niet past, valt weg: maak de tekst korter of zet meer op één regel.',
      'Mededeling "Met foto": de tekst telt 12 regels op het scherm (elke nieuwe regel en witregel telt mee); op een klein scherm passen er naast de foto ongeveer 11. Wat niet past, valt weg: maak de tekst korter of zet meer op één regel.',
    ]);
  });
});
