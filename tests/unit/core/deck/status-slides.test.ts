import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { validateContentText } from '../../../../core/content/validate';
import type { ContentInput } from '../../../../core/content/schema';
import {
  STATUS_PER_PAGE,
  UPCOMING_MAX,
  buildStatusSlides,
  statusBlocks,
} from '../../../../core/deck/status-slides';
import type { StatusSlide } from '../../../../core/deck/types';
import { statusAt } from '../../../../core/hours/status';
import { addDays } from '../../../../core/time/local-time';
import { STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { brussels, configFor, contentWith } from './deck-fixtures';

const result = validateContentText(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
);
if (!result.ok) throw new Error('sample content does not validate');
const content = result.content;
const at = (iso: string) => Date.parse(iso);

function slideAt(now: number, location: string | null = 'hof-ten-rode') {
  const config = { ...resolveRendererConfig(), location };
  const build = buildStatusSlides(content, config, now);
  return { slide: build.slides[0] as StatusSlide, nextChangeAt: build.nextChangeAt };
}

describe('status slide', () => {
  it('puts the screen’s own location first', () => {
    const { slide } = slideAt(at('2026-12-07T20:00:00+01:00'));
    assert.deepEqual(
      slide.locations.map((l) => l.id),
      ['hof-ten-rode', 'bijloke'],
    );
    assert.equal(slide.ownLocation, 'hof-ten-rode');
  });

  it('re-plans at the earliest change of any location', () => {
    // Tuesday 9:15: Hof ten Rode counts down, so the next minute.
    assert.equal(slideAt(at('2026-12-08T09:15:00+01:00')).nextChangeAt, at('2026-12-08T09:16:00+01:00'));
    // Monday evening: nothing before midnight, when "vandaag" starts.
    assert.equal(slideAt(at('2026-12-07T20:00:00+01:00')).nextChangeAt, at('2026-12-08T00:00:00+01:00'));
  });

  it('re-plans at least at midnight, when today’s row moves', () => {
    // Friday noon: the statuses change only on Tuesday, the week table at midnight.
    assert.equal(slideAt(at('2026-12-04T12:00:00+01:00')).nextChangeAt, at('2026-12-05T00:00:00+01:00'));
  });

  it('words each block and marks today in the weekly table', () => {
    const now = at('2026-12-15T10:30:00+01:00');
    const [hof, bijloke] = statusBlocks(slideAt(now).slide, now, true);
    assert.deepEqual(
      [hof!.state, hof!.label, hof!.headline, hof!.detail, hof!.own],
      ['open', 'Open', 'Nu open · tot 13:00', null, true],
    );
    assert.deepEqual(
      hof!.week.filter((r) => r.today).map((r) => `${r.name} ${r.hours}`),
      ['Dinsdag 10:00 – 13:00'],
    );
    assert.equal(hof!.week.length, 7);
    assert.equal(hof!.week[0]!.hours, 'gesloten');
    assert.deepEqual([bijloke!.state, bijloke!.headline], ['closed', 'Gesloten · opent donderdag om 9:00']);
    assert.deepEqual(hof!.upcoming, ['22 december – 3 januari: gesloten (kerstvakantie)']);
    assert.deepEqual(bijloke!.upcoming, ['24 december – 3 januari: gesloten (kerstvakantie)']);
  });

  it('never shows the regular hours as if they held on a closed day: 29 December at Hof ten Rode', () => {
    const now = at('2026-12-29T10:30:00+01:00');
    const [hof, bijloke] = statusBlocks(slideAt(now).slide, now, true);
    assert.equal(hof!.headline, 'Gesloten tot en met 3 januari (kerstvakantie)');
    assert.deepEqual(
      hof!.week.filter((r) => r.today).map((r) => `${r.name} ${r.hours}`),
      ['Dinsdag gesloten'],
    );
    assert.ok(hof!.week.every((r) => !r.open));
    assert.deepEqual([bijloke!.week[3]!.hours, bijloke!.week[3]!.changed], ['gesloten', true]);
  });

  it('lists at most two coming changes per buurtpunt, so a block fits the 7" screen', () => {
    const busy = structuredClone(content);
    busy.locations[0]!.exceptions = ['03', '05', '10', '17'].map((day) => ({
      from: `2026-12-${day}`,
      closed: true as const,
    }));
    const now = at('2026-12-01T11:00:00+01:00');
    const slide = buildStatusSlides(busy, resolveRendererConfig(), now).slides[0] as StatusSlide;
    assert.deepEqual(statusBlocks(slide, now, true)[0]!.upcoming, [
      'Donderdag 3 december: gesloten',
      'Zaterdag 5 december: gesloten',
    ]);
  });

  it('shows only the weekly hours when the clock cannot be trusted', () => {
    const now = at('1970-01-01T00:00:00Z');
    const blocks = statusBlocks(slideAt(now).slide, now, false);
    for (const block of blocks) {
      assert.deepEqual(
        [block.state, block.label, block.headline, block.detail],
        ['unknown', 'Openingsuren', null, null],
      );
      assert.equal(
        block.week.some((r) => r.today),
        false,
      );
      assert.deepEqual(block.upcoming, []);
    }
  });
});

/** The sample's two buurtpunten and `n - 2` more (buurtpunt-3, …), open on Mondays 18:00–21:00. */
const withLocations = (n: number) =>
  contentWith((c) => {
    const [first] = c.locations;
    for (let i = c.locations.length + 1; i <= n; i++) {
      c.locations.push({
        ...structuredClone(first!),
        id: `buurtpunt-${i}`,
        name: `Buurtpunt ${i}`,
        hours: { monday: [{ from: '18:00', until: '21:00' }] },
        exceptions: [],
      });
    }
  });

const pagesOf = (n: number, location: string | null = 'hof-ten-rode') =>
  buildStatusSlides(withLocations(n), configFor(location ?? undefined), brussels('2026-12-07T12:00'))
    .slides as StatusSlide[];

const layout = (slides: StatusSlide[]) =>
  slides.map((s) => `${s.key} ${s.page}/${s.pageCount}: ${s.locations.map((l) => l.id).join(' ')}`);

describe('status slide pages', () => {
  it('keeps one buurtpunt on one slide keyed "status"', () => {
    const content = contentWith((c) => {
      c.locations = c.locations.filter((l) => l.id === 'bijloke');
      c.activities = c.activities?.filter((a) => a.location !== 'hof-ten-rode');
    });
    const slides = buildStatusSlides(content, configFor('bijloke'), brussels('2026-12-07T12:00'))
      .slides as StatusSlide[];
    assert.deepEqual(layout(slides), ['status 1/1: bijloke']);
    assert.equal(slides[0]!.ownLocation, 'bijloke');
  });

  it('keeps two buurtpunten on one slide keyed "status", the own one first', () => {
    const slides = pagesOf(2);
    assert.deepEqual(layout(slides), ['status 1/1: hof-ten-rode bijloke']);
    assert.equal(slides[0]!.ownLocation, 'hof-ten-rode');
  });

  it('pages three buurtpunten as two slides: the own one and the next, then the third', () => {
    assert.equal(STATUS_PER_PAGE, 2);
    const slides = pagesOf(3);
    assert.deepEqual(layout(slides), ['status 1/2: hof-ten-rode bijloke', 'status-2 2/2: buurtpunt-3']);
    assert.deepEqual(
      slides.map((s) => s.ownLocation),
      ['hof-ten-rode', null],
    );
  });

  it('pages five buurtpunten as three slides, the own one first on the first', () => {
    const slides = pagesOf(5, 'buurtpunt-4');
    assert.deepEqual(layout(slides), [
      'status 1/3: buurtpunt-4 bijloke',
      'status-2 2/3: hof-ten-rode buurtpunt-3',
      'status-3 3/3: buurtpunt-5',
    ]);
    assert.deepEqual(
      slides.map((s) => s.ownLocation),
      ['buurtpunt-4', null, null],
    );
    const [first, second] = statusBlocks(slides[0]!, brussels('2026-12-07T12:00'), true);
    assert.deepEqual([first!.id, first!.own, second!.own], ['buurtpunt-4', true, false]);
    assert.ok(statusBlocks(slides[1]!, brussels('2026-12-07T12:00'), true).every((b) => !b.own));
  });

  it('pages twenty buurtpunten (the most content may hold) as ten slides of two, each once', () => {
    const slides = pagesOf(20);
    assert.equal(slides.length, 10);
    assert.deepEqual(
      slides.map((s) => s.key),
      ['status', ...Array.from({ length: 9 }, (_, i) => `status-${i + 2}`)],
    );
    assert.ok(slides.every((s) => s.locations.length === 2 && s.pageCount === 10));
    const ids = slides.flatMap((s) => s.locations.map((l) => l.id));
    assert.deepEqual(ids, [
      'hof-ten-rode',
      'bijloke',
      ...Array.from({ length: 18 }, (_, i) => `buurtpunt-${i + 3}`),
    ]);
  });

  it('gives every page the status duration', () => {
    const config = { ...configFor('hof-ten-rode'), durations: { ...configFor().durations, status: 20 } };
    const slides = buildStatusSlides(withLocations(5), config, brussels('2026-12-07T12:00')).slides;
    assert.deepEqual(
      slides.map((s) => s.durationMs),
      [20_000, 20_000, 20_000],
    );
  });

  it('has no own block on a screen whose buurtpunt is not in the content', () => {
    const slides = pagesOf(3, 'elders');
    assert.deepEqual(layout(slides), ['status 1/2: bijloke hof-ten-rode', 'status-2 2/2: buurtpunt-3']);
    assert.ok(slides.every((s) => s.ownLocation === null));
  });

  it('plans again at a change of a buurtpunt on a later page, whichever page is on screen then', () => {
    // Monday 20:40: the sample's buurtpunten change only at midnight; buurtpunt-5, on the third
    // page, closes at 21:00 and counts down before that.
    const now = brussels('2026-12-07T20:40');
    const content = withLocations(5);
    const build = buildStatusSlides(content, configFor('hof-ten-rode'), now);
    const fifth = content.locations.find((l) => l.id === 'buurtpunt-5')!;
    const change = statusAt(fifth, now).nextChangeAt!;
    assert.ok(change < brussels('2026-12-08T00:00'));
    assert.equal(build.nextChangeAt, change);
    assert.equal(build.slides.at(-1)!.key, 'status-3');
  });
});

/** The plan of the status pages at STATUS_AT for a screen at Hof ten Rode, as `layout` lines. */
function planFor(change: (c: ContentInput) => void, location = 'hof-ten-rode') {
  const content = contentWith(change);
  const slides = buildStatusSlides(content, configFor(location), Date.parse(STATUS_AT))
    .slides as StatusSlide[];
  return { content, slides };
}

/** A page's buurtpunten and how it shows them: "small" for the own one at the others' size, … */
const shown = (slides: StatusSlide[]) =>
  slides.map(
    (s) =>
      `${s.key}: ${s.locations.map((l) => l.id).join(' ')}` +
      (s.ownLocation !== null && !s.ownLarge ? ' small' : '') +
      (s.upcomingMax < UPCOMING_MAX ? ` ${s.upcomingMax} changes` : '') +
      (s.week ? '' : ' no week'),
  );

describe('status pages planned from the length of their texts', () => {
  it('keeps the sample’s two buurtpunten on one page, whole, at every hour of December and January', () => {
    const content = contentWith();
    for (let day = 0; day < 62; day++) {
      for (const hour of ['09:30', '12:45', '20:00']) {
        const now = brussels(`${addDays('2026-12-01', day)}T${hour}`);
        const slides = buildStatusSlides(content, configFor('hof-ten-rode'), now).slides as StatusSlide[];
        assert.deepEqual(shown(slides), ['status: hof-ten-rode bijloke'], `${day} ${hour}`);
      }
    }
  });

  it('gives the audit’s two buurtpunten a page each when one has two changes: the own one first', () => {
    const { slides } = planFor((c) => statusContent(c, STATUS_CASES['two changes']!, 2, 'hof-ten-rode'));
    assert.deepEqual(shown(slides), ['status: hof-ten-rode', 'status-2: bijloke']);
    assert.deepEqual(
      slides.map((s) => [s.page, s.pageCount, s.ownLocation]),
      [
        [1, 2, 'hof-ten-rode'],
        [2, 2, null],
      ],
    );
    const [hof] = statusBlocks(slides[0]!, Date.parse(STATUS_AT), true);
    assert.deepEqual(hof!.upcoming, [
      'Dinsdag 8 december: gesloten (personeelsvergadering)',
      'Donderdag 10 december: open 13:00 – 16:00 (kerstmarkt)',
    ]);
    assert.equal(hof!.large, true);
  });

  it('gives a block with an 80-character note a page of its own', () => {
    const { slides } = planFor((c) =>
      statusContent(c, STATUS_CASES['an 80-character note']!, 2, 'hof-ten-rode'),
    );
    assert.deepEqual(shown(slides), ['status: hof-ten-rode', 'status-2: bijloke']);
  });

  it('draws the own buurtpunt at the others’ size when six blocks a day do not fit larger, losing nothing', () => {
    const { slides } = planFor((c) => statusContent(c, STATUS_CASES['six blocks a day']!, 2, 'hof-ten-rode'));
    assert.deepEqual(shown(slides), ['status: hof-ten-rode small', 'status-2: bijloke']);
    const [hof] = statusBlocks(slides[0]!, Date.parse(STATUS_AT), true);
    assert.deepEqual([hof!.own, hof!.large, hof!.week.length], [true, false, 7]);
  });

  it('lists the first change only when both do not fit a page of their own, whole', () => {
    const { slides } = planFor((c) =>
      statusContent(c, STATUS_CASES['six blocks a day and 120-character notes']!, 2, 'hof-ten-rode'),
    );
    assert.deepEqual(shown(slides), ['status: hof-ten-rode small 1 changes', 'status-2: bijloke']);
    const [hof] = statusBlocks(slides[0]!, Date.parse(STATUS_AT), true);
    assert.deepEqual(hof!.upcoming, [
      'Dinsdag 8 december: gesloten (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van Groep INTRO; met dringende vragen kan je bij het Sociaal Huis.)',
    ]);
  });

  it('leaves the week table out when even without changes it does not fit, the changes back in its room', () => {
    const { slides } = planFor((c) =>
      statusContent(c, STATUS_CASES['everything at its longest']!, 2, 'hof-ten-rode'),
    );
    assert.deepEqual(shown(slides), ['status: hof-ten-rode small no week', 'status-2: bijloke']);
    const [hof] = statusBlocks(slides[0]!, Date.parse(STATUS_AT), true);
    assert.deepEqual(hof!.week, []);
    assert.equal(hof!.upcoming.length, 2);
    assert.match(hof!.headline!, /^Vandaag gesloten \(Uitzonderlijk/);
    assert.match(hof!.detail!, /^Opent vrijdag om 8:00/);
  });

  it('plans a clock not to be believed from what the slide then shows: the weekly hours alone', () => {
    const content = contentWith((c) =>
      statusContent(c, STATUS_CASES['everything at its longest']!, 2, 'hof-ten-rode'),
    );
    const now = Date.parse('1970-01-01T00:00:00Z');
    const slides = buildStatusSlides(content, configFor('hof-ten-rode'), now, false).slides as StatusSlide[];
    assert.deepEqual(shown(slides), ['status: hof-ten-rode small', 'status-2: bijloke']);
    const [hof] = statusBlocks(slides[0]!, now, false);
    assert.deepEqual([hof!.headline, hof!.upcoming, hof!.week.length], [null, [], 7]);
  });

  for (const [name, change] of Object.entries(STATUS_CASES)) {
    for (const count of [2, 3, 5]) {
      it(`pages ${count} buurtpunten with ${name}: each once, the own one first on "status"`, () => {
        const owns =
          count > 2 ? ['hof-ten-rode', 'bijloke', `buurtpunt-${count}`] : ['hof-ten-rode', 'bijloke'];
        for (const own of owns) {
          const { content, slides } = planFor((c) => statusContent(c, change, count), own);
          const ids = slides.flatMap((s) => s.locations.map((l) => l.id));
          assert.deepEqual(ids, [own, ...content.locations.map((l) => l.id).filter((id) => id !== own)]);
          assert.equal(slides[0]!.key, 'status');
          assert.equal(slides[0]!.ownLocation, own);
          assert.deepEqual(
            slides.map((s) => s.key),
            slides.map((_, i) => (i === 0 ? 'status' : `status-${i + 1}`)),
          );
          assert.ok(slides.every((s) => s.locations.length >= 1 && s.locations.length <= STATUS_PER_PAGE));
        }
      });
    }
  }
});
