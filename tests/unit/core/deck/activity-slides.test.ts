import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ACTIVITIES_PER_PAGE,
  UPCOMING_LIMIT,
  activitiesFit,
  buildActivitySlides,
  type ActivitiesSlide,
} from '../../../../core/deck/activity-slides';
import { activity, brussels, configFor, contentWith } from './deck-fixtures';

const slidesAt = (content: ReturnType<typeof contentWith>, now: string) =>
  buildActivitySlides(content, configFor(), brussels(now), true).slides as ActivitiesSlide[];
const titlesOf = (slides: ActivitiesSlide[]) =>
  slides.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.title)));

describe('activities slides', () => {
  const soup = contentWith((c) => {
    c.activities = [activity('Soep en babbel', '2026-12-01T14:00', '2026-12-01T16:00')];
  });

  it('shows an activity until its end and drops it at its end time', () => {
    assert.deepEqual(titlesOf(slidesAt(soup, '2026-12-01T15:59')), ['Soep en babbel']);
    const end = brussels('2026-12-01T16:00');
    assert.deepEqual(buildActivitySlides(soup, configFor(), end - 1, true).slides.length, 1);
    assert.deepEqual(buildActivitySlides(soup, configFor(), end, true), { slides: [], nextChangeAt: null });
  });

  it('plans again at the first end time, or at midnight when that comes first', () => {
    assert.equal(
      buildActivitySlides(soup, configFor(), brussels('2026-12-01T10:00'), true).nextChangeAt,
      brussels('2026-12-01T16:00'),
    );
    const later = contentWith((c) => {
      c.activities = [activity('Later', '2026-12-09T14:00', '2026-12-09T16:00')];
    });
    assert.equal(
      buildActivitySlides(later, configFor(), brussels('2026-12-01T10:00'), true).nextChangeAt,
      brussels('2026-12-02T00:00'),
    );
  });

  describe('on a clock that cannot be right (a Pi without a real-time clock)', () => {
    const made = contentWith((c) => {
      c.updated = '2026-12-02';
      c.activities = [
        activity('Al voorbij', '2026-12-01T14:00', '2026-12-01T16:00'),
        activity('Soep en babbel', '2026-12-08T09:30', '2026-12-08T11:30'),
        activity('Nieuwjaarsdrink', '2027-01-06T18:00', '2027-01-06T20:00'),
      ];
    });
    const worded = (now: number) =>
      (buildActivitySlides(made, configFor(), now, false).slides as ActivitiesSlide[]).flatMap((s) =>
        s.groups.map((g) => ({ label: g.label, when: g.items.map((i) => i.when) })),
      );

    it('writes every date out, with its year, under its month, and leaves out what was over by the content date', () => {
      const expected = [
        { label: 'December 2026', when: ['dinsdag 8 december 2026 · 9:30 – 11:30'] },
        { label: 'Januari 2027', when: ['woensdag 6 januari 2027 · 18:00 – 20:00'] },
      ];
      // 1970, and a clock stopped the afternoon before the content was made, read the same.
      assert.deepEqual(worded(0), expected);
      assert.deepEqual(worded(brussels('2026-12-01T15:00')), expected);
    });

    it('never says "Vandaag", "Morgen" or "Deze week", whatever the wrong clock says', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: brussels('2026-12-02T00:00') - 1 }), (now) => {
          const text = JSON.stringify(worded(now));
          return !/Vandaag|vandaag|Morgen|morgen|Gisteren|gisteren|Deze week|Later/.test(text);
        }),
      );
    });
  });

  it('has no slide when there are no activities', () => {
    const none = contentWith((c) => {
      c.activities = [];
    });
    assert.deepEqual(buildActivitySlides(none, configFor(), brussels('2026-12-01T10:00'), true), {
      slides: [],
      nextChangeAt: null,
    });
  });

  it('shows when and where in words: "Vandaag · 14:00 – 16:00" at Buurtpunt Bijloke, with a calendar leaf', () => {
    const [slide] = slidesAt(soup, '2026-12-01T10:00');
    assert.deepEqual(slide!.groups, [
      {
        label: 'Vandaag',
        items: [
          {
            title: 'Soep en babbel',
            when: 'Vandaag · 14:00 – 16:00',
            place: 'Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde',
            image: null,
            tile: { day: '1', month: 'dec' },
          },
        ],
      },
    ]);
  });

  it('uses the free place text and the image of an activity', () => {
    const walk = contentWith((c) => {
      c.activities = [
        {
          title: 'Wandeling',
          start: '2026-12-03T14:00',
          end: '2026-12-03T16:00',
          place: 'Vertrek aan de kerk',
          image: 'images/koffie.png',
        },
      ];
    });
    const item = slidesAt(walk, '2026-12-01T10:00')[0]!.groups[0]!.items[0]!;
    assert.equal(item.place, 'Vertrek aan de kerk');
    assert.equal(item.image, 'images/koffie.png');
    assert.equal(item.when, 'donderdag 3 december · 14:00 – 16:00');
  });

  it('groups under "Vandaag", "Morgen", "Deze week" and "Later" in time order', () => {
    const week = contentWith((c) => {
      c.activities = [
        activity('Volgende week', '2026-12-08T10:00', '2026-12-08T11:00'),
        activity('Donderdag', '2026-12-03T10:00', '2026-12-03T11:00'),
        activity('Morgen', '2026-12-02T10:00', '2026-12-02T11:00'),
        activity('Vandaag', '2026-12-01T14:00', '2026-12-01T15:00'),
      ];
    });
    const [slide] = slidesAt(week, '2026-12-01T10:00');
    assert.deepEqual(
      slide!.groups.map((g) => [g.label, g.items.map((i) => i.title)]),
      [
        ['Vandaag', ['Vandaag']],
        ['Morgen', ['Morgen']],
        ['Deze week', ['Donderdag']],
        ['Later', ['Volgende week']],
      ],
    );
  });

  it('shows 2:30 on the night summer time begins as 3:00, when it happens; other nights as written', () => {
    const night = (start: string, end: string) =>
      contentWith((c) => {
        c.activities = [activity('Nachtwandeling', start, end)];
      });
    const whenAt = (content: ReturnType<typeof contentWith>, now: string) =>
      slidesAt(content, now).flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.when)));
    // Sunday 28 March 2027: the clock goes from 2:00 to 3:00.
    assert.deepEqual(whenAt(night('2027-03-28T02:30', '2027-03-28T05:00'), '2027-03-27T20:00'), [
      'Morgen · 3:00 – 5:00',
    ]);
    assert.deepEqual(whenAt(night('2027-03-21T02:30', '2027-03-21T05:00'), '2027-03-20T20:00'), [
      'Morgen · 2:30 – 5:00',
    ]);
    // Sunday 31 October 2027: 2:00 to 3:00 comes twice; the first one is meant.
    assert.deepEqual(whenAt(night('2027-10-31T02:30', '2027-10-31T05:00'), '2027-10-30T20:00'), [
      'Morgen · 2:30 – 5:00',
    ]);
  });

  it('pages nine activities as 3 + 3 + 3 with stable keys, repeating a group heading on the next page', () => {
    const many = contentWith((c) => {
      c.activities = Array.from({ length: 9 }, (_, i) =>
        activity(`Activiteit ${i + 1}`, `2026-12-0${i + 1}T10:00`, `2026-12-0${i + 1}T11:00`),
      );
    });
    const slides = slidesAt(many, '2026-12-01T08:00');
    assert.deepEqual(
      slides.map((s) => [s.key, s.page, s.pageCount, s.groups.reduce((n, g) => n + g.items.length, 0)]),
      [
        ['activities', 1, 3, 3],
        ['activities-2', 2, 3, 3],
        ['activities-3', 3, 3, 3],
      ],
    );
    assert.equal(slides[0]!.groups.at(-1)!.label, 'Deze week');
    assert.equal(slides[1]!.groups[0]!.label, 'Deze week');
    assert.ok(slides.every((s) => s.durationMs === 15_000));
  });

  describe('as many to a page as fit every screen', () => {
    /** Four activities on the first four days of December with `title` and `fields`. */
    const four = (title: (i: number) => string, fields: Record<string, string> = {}) =>
      contentWith((c) => {
        c.activities = Array.from({ length: 4 }, (_, i) =>
          activity(title(i), `2026-12-0${i + 2}T10:00`, `2026-12-0${i + 2}T11:00`, fields),
        );
      });
    const pages = (content: ReturnType<typeof contentWith>) =>
      slidesAt(content, '2026-12-01T08:00').map((s) => [
        s.key,
        s.groups.reduce((n, g) => n + g.items.length, 0),
      ]);
    /** An 80-character title, the longest kind staff will plausibly write. */
    const LONG = 'Grote buurtbabbel met verse soep, koffie en taart voor de buren van Hof ten Rode';
    /** 120-character titles, the schema's longest: the audit's, whose fourth place was cut at 800×480. */
    const longest = (i: number) =>
      `Grote buurtbabbel met verse soep, koffie en taart voor alle buren van Hof ten Rode en Baasrode, met een verrassing voor${i}`;

    it('keeps four activities with titles up to 80 characters on one page', () => {
      assert.deepEqual(pages(four((i) => `${LONG.slice(0, 78)} ${i}`)), [['activities', 4]]);
      assert.deepEqual(pages(four((i) => `Soep en babbel ${i}`)), [['activities', 4]]);
    });

    it('puts four activities with 120-character titles two to a page', () => {
      assert.equal(longest(0).length, 120);
      assert.deepEqual(pages(four(longest)), [
        ['activities', 2],
        ['activities-2', 2],
      ]);
    });

    it('puts four activities at a buurtpunt with a long free place two to a page', () => {
      const place =
        'Vertrek aan de kerk van Baasrode, dan langs de Schelde, de Vlassenbroekse polder en het veer naar Sint-Amands en terug';
      assert.deepEqual(pages(four((i) => `Wandeling ${i}`, { place })), [
        ['activities', 2],
        ['activities-2', 2],
      ]);
    });

    it('fits one activity with every text at its longest on a page of its own, on every screen', () => {
      const text = (n: number) => `${'Kerkstraat '.repeat(20).slice(0, n - 1)}x`;
      const content = contentWith((c) => {
        c.locations[0]!.name = text(120);
        c.locations[0]!.address = { street: text(120), postalCode: '9200', city: text(120) };
        c.activities = [activity(text(120), '2027-09-22T20:00', '2027-09-23T02:00', { place: text(120) })];
      });
      const slides = buildActivitySlides(content, configFor(), brussels('2026-12-01T10:00'), true)
        .slides as ActivitiesSlide[];
      const item = slides[0]!.groups[0]!.items[0]!;
      assert.equal(item.place.length, 492);
      assert.equal(item.when, 'woensdag 22 september 2027 20:00 – donderdag 23 september 2027 2:00');
      assert.ok(activitiesFit(slides[0]!.groups));
    });
  });

  it('takes its duration from the device config', () => {
    const config = configFor();
    config.durations.activities = 25;
    const build = buildActivitySlides(soup, config, brussels('2026-12-01T10:00'), true);
    assert.equal(build.slides[0]!.durationMs, 25_000);
  });

  it('never drops or reorders an activity when paging (property)', () => {
    const minutes = fc.integer({ min: -3 * 24 * 60, max: 40 * 24 * 60 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(minutes, fc.integer({ min: 15, max: 600 })), { maxLength: 40 }),
        (spans) => {
          const now = brussels('2026-12-01T10:00');
          const local = (ms: number) => new Date(ms + 3_600_000).toISOString().slice(0, 16); // Brussels is UTC+1 in December
          const content = contentWith((c) => {
            c.activities = spans.map(([start, length], i) =>
              activity(
                `A${String(i).padStart(2, '0')}`,
                local(now + start * 60_000),
                local(now + (start + length) * 60_000),
              ),
            );
          });
          const slides = buildActivitySlides(content, configFor(), now, true).slides as ActivitiesSlide[];
          const expected = content.activities
            .filter((a) => brussels(a.end) > now)
            .sort((a, b) => brussels(a.start) - brussels(b.start) || a.title.localeCompare(b.title))
            .slice(0, UPCOMING_LIMIT)
            .map((a) => a.title);
          assert.deepEqual(titlesOf(slides), expected);
          for (const slide of slides) {
            const count = slide.groups.reduce((n, g) => n + g.items.length, 0);
            assert.ok(count >= 1 && count <= ACTIVITIES_PER_PAGE);
            assert.ok(activitiesFit(slide.groups));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
