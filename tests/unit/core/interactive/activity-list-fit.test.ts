import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ContentInput } from '../../../../core/content/schema';
import { activityEntries } from '../../../../core/interactive/activity-entries';
import { activityListFits, activityListPages } from '../../../../core/interactive/activity-list-fit';
import { ACTIVITY_ENTRIES_PER_PAGE, planSections } from '../../../../core/interactive/sections';
import { activity, brussels, configFor, contentWith } from '../deck/deck-fixtures';

const now = brussels('2026-12-01T10:00');
type Change = (c: ContentInput) => void;
/** The touch screen's activity pages of the sample changed by `change`, as page lengths. */
const pageLengths = (change: Change = () => {}) =>
  planSections(contentWith(change), configFor(), now, true)[2]!.pages.map((p) =>
    p.kind === 'activities' ? p.entries.length : -1,
  );
const entriesOf = (change: Change) => activityEntries(contentWith(change), now, true);

/** An 80-character title, the longest kind staff will plausibly write. */
const LONG_TITLE = 'Grote buurtbabbel met verse soep, koffie en taart voor de buren van Hof ten Rode';
/** The audit's 120-character titles, the schema's longest. */
const longestTitle = (i: number) =>
  `Grote buurtbabbel met verse soep, koffie en taart voor alle buren van Hof ten Rode en Baasrode, met een verrassing voor${i}`;
/** The audit's place: 108 characters. */
const HALL =
  'In de grote zaal van het ontmoetingscentrum De Kapel, ingang via de zijdeur naast de parking en de speeltuin';
/** `count` activities on consecutive days from 4 December, each titled `title(i)`, at `where`. */
const daily =
  (count: number, title: (i: number) => string, where: { location?: string; place?: string }): Change =>
  (c) => {
    c.activities = Array.from({ length: count }, (_, i) => {
      const day = `2026-12-${String(4 + i).padStart(2, '0')}`;
      return { title: title(i), start: `${day}T10:00`, end: `${day}T12:00`, ...where };
    });
  };

describe('the touch screen’s activity list: as many to a page as fit every screen', () => {
  it('keeps the sample’s four activities on one page', () => {
    assert.deepEqual(pageLengths(), [4]);
  });

  it('pages nine activities with titles up to 80 characters 3 + 3 + 3, as before', () => {
    // The rotation tests' activities (tests/support/rotation-content.ts): the e2e tests count on them.
    const at = (days: number, time: string) => `2026-12-${String(1 + days).padStart(2, '0')}T${time}`;
    const hof = { location: 'hof-ten-rode' };
    const nine: Change = (c) => {
      c.locations[1]!.name = 'Buurtpunt Hof ten Rode – Baasrode';
      c.activities = [
        { ...activity(LONG_TITLE, at(0, '14:00'), at(0, '16:00'), hof), image: 'images/koffie.png' },
        activity('Soep en babbel', at(1, '09:30'), at(1, '11:30')),
        activity(
          'Hulp bij je smartphone, je tablet en het aanmelden bij de bank of de mutualiteit',
          at(2, '10:00'),
          at(2, '12:00'),
          { place: 'in het kleine zaaltje achteraan, naast de keuken' },
        ),
        {
          title: 'Buurtwandeling langs de Schelde',
          start: at(5, '14:00'),
          end: at(5, '16:00'),
          place: 'Vertrek aan de kerk van Baasrode',
        },
        activity('Nieuwjaarsdrink met de buren', at(6, '10:00'), at(6, '12:00'), hof),
        activity('Samen koken', at(8, '17:00'), at(8, '20:00')),
        activity(LONG_TITLE, at(9, '09:00'), at(9, '12:00'), hof),
        activity('Repair café', at(13, '13:00'), at(13, '17:00')),
        {
          title: 'Kerstmarkt in de buurt',
          start: at(20, '16:00'),
          end: at(21, '01:00'),
          place: 'Pleintje aan de Vlotgraslaan',
        },
      ];
    };
    assert.deepEqual(pageLengths(nine), [3, 3, 3]);
  });

  it('puts eight activities with 120-character titles and a 108-character place two to a page', () => {
    // The audit's list: four to a page cut the fourth card at 1080×1920 and the last row at 1280×800.
    assert.equal(longestTitle(0).length, 120);
    assert.equal(HALL.length, 108);
    const eight = daily(8, longestTitle, { place: HALL });
    assert.deepEqual(pageLengths(eight), [2, 2, 2, 2]);
    assert.equal(activityListFits(entriesOf(eight).slice(0, 4)), false);
    assert.equal(activityListFits(entriesOf(eight).slice(0, 2)), true);
  });

  it('keeps four activities with 80-character titles on one page, where no pager takes room', () => {
    const four = daily(4, () => LONG_TITLE, { place: 'In de grote zaal van ontmoetingscentrum De Kapel' });
    assert.deepEqual(pageLengths(four), [4]);
    assert.deepEqual(pageLengths(daily(8, () => LONG_TITLE, { location: 'bijloke' })), [4, 4]);
  });

  it('fits one activity with a 120-character title, the longest time and a 360-character place on a page of its own', () => {
    const text = (n: number) => `${'Kerkstraat '.repeat(40).slice(0, n - 1)}x`;
    const entries = entriesOf((c) => {
      c.locations[0]!.name = text(120);
      c.locations[0]!.address = { street: text(117), postalCode: '9200', city: text(114) };
      c.activities = [activity(text(120), '2027-09-22T20:00', '2027-09-23T02:00')];
    });
    assert.equal(entries[0]!.place.length, 360);
    assert.equal(entries[0]!.when, 'woensdag 22 september 2027 20:00 – donderdag 23 september 2027 2:00');
    assert.ok(activityListFits(entries));
  });

  it('fits four activities of the longest place (a buurtpunt of 360 characters and 120 more) two a page: the list shows three lines of it', () => {
    const text = (n: number) => `${'Kerkstraat '.repeat(60).slice(0, n - 1)}x`;
    const entries = entriesOf((c) => {
      c.locations[0]!.name = text(120);
      c.locations[0]!.address = { street: text(117), postalCode: '9200', city: text(114) };
      c.activities = Array.from({ length: 4 }, (_, i) => ({
        ...activity(longestTitle(i), `2026-12-0${4 + i}T20:00`, `2026-12-0${4 + i}T22:00`),
        location: c.locations[0]!.id,
        place: text(120),
      }));
    });
    assert.ok(entries.every((e) => e.place.length > 480));
    assert.ok(activityListFits(entries.slice(0, 2)));
    assert.deepEqual(
      activityListPages(entries, ACTIVITY_ENTRIES_PER_PAGE).map((p) => p.length),
      [2, 2],
    );
  });

  it('has no pages for no activities (the section says there are none)', () => {
    assert.deepEqual(activityListPages([], ACTIVITY_ENTRIES_PER_PAGE), []);
    assert.deepEqual(
      pageLengths((c) => (c.activities = [])),
      [0],
    );
  });

  it('never drops or reorders an activity, and every page of two or more fits (property)', () => {
    const words = 'Soep babbel met de buren van Hof ten Rode en Baasrode ontmoetingscentrum koffie'.split(
      ' ',
    );
    const text = (seed: number, length: number) => {
      let out = '';
      for (let i = seed; out.length < length; i++) out += `${words[i % words.length]} `;
      return out.slice(0, length).trim() || 'x';
    };
    const spec = fc.record({
      title: fc.integer({ min: 1, max: 120 }),
      place: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
      seed: fc.nat(50),
      nights: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 14 }), (specs) => {
        const entries = entriesOf((c) => {
          c.activities = specs.map((s, i) => {
            const day = (d: number) => `2026-12-${String(2 + i + d).padStart(2, '0')}`;
            const fields: Record<string, string> =
              s.place === undefined ? {} : { place: text(s.seed, s.place) };
            return activity(text(s.seed + i, s.title), `${day(0)}T20:00`, `${day(s.nights)}T23:00`, fields);
          });
        });
        const pages = activityListPages(entries, ACTIVITY_ENTRIES_PER_PAGE);
        assert.deepEqual(pages.flat(), entries);
        for (const page of pages) {
          assert.ok(page.length >= 1 && page.length <= ACTIVITY_ENTRIES_PER_PAGE);
          if (page.length > 1) assert.ok(activityListFits(page, pages.length === 1));
        }
      }),
      { numRuns: 200 },
    );
  });
});
