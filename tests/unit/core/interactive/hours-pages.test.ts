import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenName } from '../../../../core/deck/status-slides';
import { hoursOverview, hoursPages } from '../../../../core/interactive/hours-overview';
import {
  HOURS_PAGE_SCREENS,
  fitsHoursPage,
  hoursRoomLeft,
} from '../../../../core/interactive/hours-page-room';
import { blockPages, moreOnNextPage } from '../../../../core/interactive/hours-pages';
import type { LocationBlock } from '../../../../core/hours/location-block';
import { LONG_CHANGES_SHOWN, LONG_NOTES_AT, withSixLongChanges } from '../../../support/hours-long-notes';
import { NAME_120, STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { configFor, contentWith } from '../deck/deck-fixtures';

const HEADER = 'Buurtpunt Hof ten Rode';
const config = configFor('hof-ten-rode');

/** What a page shows, in short. */
const shown = (b: LocationBlock) => ({
  id: b.id,
  address: b.address,
  headline: b.headline,
  rows: b.week.length,
  upcoming: b.upcoming,
});

describe('a buurtpunt over more pages of the touch screen’s hours', () => {
  it('says how many changes follow on the next page', () => {
    assert.equal(moreOnNextPage(4, true), '… en nog 4 wijzigingen op de volgende pagina');
    assert.equal(moreOnNextPage(1, true), '… en nog 1 wijziging op de volgende pagina');
    assert.equal(moreOnNextPage(2, false), '2 wijzigingen op de volgende pagina');
  });

  it('gives every buurtpunt of the sample one page, its block whole', () => {
    const now = Date.parse(STATUS_AT);
    const content = contentWith();
    assert.deepEqual(hoursPages(content, config, now, true), hoursOverview(content, config, now, true));
  });

  it('goes on over a second page with six changes of 120 characters, soonest first, each whole', () => {
    const now = Date.parse(LONG_NOTES_AT);
    const pages = hoursPages(contentWith(withSixLongChanges), config, now, true);
    assert.deepEqual(pages.map(shown), [
      {
        id: 'hof-ten-rode',
        address: 'Hof ten Rode 78, 9200 Baasrode',
        headline: 'Gesloten · opent dinsdag 8 december om 10:00',
        rows: 7,
        upcoming: LONG_CHANGES_SHOWN[0],
      },
      // The next page names the buurtpunt and its state (the badge), above the rest of the changes.
      { id: 'hof-ten-rode', address: '', headline: null, rows: 0, upcoming: LONG_CHANGES_SHOWN[1] },
      {
        id: 'bijloke',
        address: 'Vlotgraslaan 16, 9200 Dendermonde',
        headline: 'Gesloten · opent donderdag 10 december om 9:00',
        rows: 7,
        upcoming: ['24 december – 3 januari: gesloten (kerstvakantie)'],
      },
    ]);
    assert.equal(pages[1]!.label, 'Gesloten');
    assert.equal(pages[1]!.detail, null);
    for (const page of pages) assert.equal(fitsHoursPage(page, HEADER), true);
  });

  it('moves the week table to the next page when it does not fit under a long sentence (the audit’s notes)', () => {
    const now = Date.parse(STATUS_AT);
    const content = contentWith((c) =>
      statusContent(c, STATUS_CASES['120-character notes']!, 2, 'hof-ten-rode'),
    );
    const [hof] = hoursOverview(content, config, now, true);
    const pages = blockPages(hof!, HEADER);
    assert.deepEqual(pages.map(shown), [
      {
        id: 'hof-ten-rode',
        address: 'Hof ten Rode 78, 9200 Baasrode',
        headline:
          'Gesloten · opent donderdag 10 december om 13:00 (Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!)',
        rows: 0,
        upcoming: [],
      },
      {
        id: 'hof-ten-rode',
        address: '',
        headline: null,
        rows: 7,
        upcoming: [
          'Dinsdag 8 december: gesloten (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.)',
          'Donderdag 10 december: open 13:00 – 16:00 (Extra opening: kerstmarkt met de buren van Hof ten Rode en Baasrode, met soep, glühwein en een verrassing voor kinderen!)',
        ],
      },
    ]);
  });

  it('shows every change exactly once, in order, and every page fits every screen', () => {
    const now = Date.parse(STATUS_AT);
    for (const [name, change] of Object.entries(STATUS_CASES)) {
      if (name === 'everything at its longest') continue;
      const content = contentWith((c) => statusContent(c, change, 3));
      const header = screenName(content, 'hof-ten-rode');
      for (const block of hoursOverview(content, config, now, true)) {
        const pages = blockPages(block, header);
        const listed = pages.flatMap((p) => p.upcoming.filter((line) => !line.includes('volgende pagina')));
        assert.deepEqual(listed, block.upcoming, name);
        assert.equal(pages.filter((p) => p.week.length > 0).length, 1, name);
        for (const page of pages) assert.equal(fitsHoursPage(page, header), true, name);
      }
    }
  });

  it('cannot fit a status that is too tall alone: everything at its longest, 34 px over at 800×480', () => {
    const now = Date.parse(STATUS_AT);
    const content = contentWith((c) =>
      statusContent(c, STATUS_CASES['everything at its longest']!, 2, 'hof-ten-rode'),
    );
    const [hof] = hoursOverview(content, config, now, true);
    // Its name is the screen's, two lines in the header at 800×480.
    const [first, ...rest] = blockPages(hof!, NAME_120);
    // Its name, address, sentence and detail, nothing else, and the rest on the pages after it.
    assert.deepEqual([first!.week, first!.upcoming], [[], []]);
    assert.deepEqual(
      HOURS_PAGE_SCREENS.map((s) => Math.round(Math.min(0, hoursRoomLeft(s, first!, NAME_120)))),
      [-34, 0, 0, 0],
    );
    for (const page of rest) assert.equal(fitsHoursPage(page, NAME_120), true);
    assert.deepEqual(
      rest.flatMap((p) => p.upcoming.filter((line) => !line.includes('volgende pagina'))),
      hof!.upcoming,
    );
  });

  it('gives a change too tall for any page a page of its own, and goes on after it', () => {
    const now = Date.parse(STATUS_AT);
    const [hof] = hoursOverview(contentWith(), config, now, true);
    const huge = 'Gesloten '.repeat(400).trim();
    const pages = blockPages({ ...hof!, upcoming: [huge, 'Dinsdag 8 december: gesloten'] }, HEADER);
    assert.deepEqual(
      pages.map((p) => [p.week.length, p.upcoming.map((line) => line.slice(0, 28))]),
      [
        [7, ['2 wijzigingen op de volgende']],
        [0, ['Gesloten Gesloten Gesloten G']],
        [0, ['Dinsdag 8 december: gesloten']],
      ],
    );
  });
});
