import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAboutSlides } from '../../../../core/deck/about-slides';
import { buildActivitySlides } from '../../../../core/deck/activity-slides';
import { buildAnnouncementSlides } from '../../../../core/deck/announcement-slides';
import { buildFacebookSlides } from '../../../../core/deck/facebook-slides';
import { planDeck } from '../../../../core/deck/plan';
import { buildServiceSlides } from '../../../../core/deck/service-slides';
import { buildStatusSlides } from '../../../../core/deck/status-slides';
import { pageItems } from '../../../../core/deck/paging';
import { brussels, configFor, contentWith } from './deck-fixtures';

describe('deck plan', () => {
  it('rotates status, activities, Facebook, services, about, then announcements for the sample content', () => {
    const deck = planDeck(contentWith(), configFor('bijloke'), brussels('2026-12-15T12:00'), true);
    assert.deepEqual(
      deck.slides.map((s) => s.key),
      [
        'status',
        'activities',
        'facebook',
        'services',
        'about',
        'announcement:Voorbeeld: buurtpunten dicht tijdens de kerstvakantie',
        'announcement:Voorbeeld: heb je een idee voor de buurt?',
      ],
    );
    assert.deepEqual(
      deck.slides.map((s) => s.durationMs / 1000),
      [15, 15, 12, 10, 15, 12, 12],
    );
  });

  it('rotates the status pages of five buurtpunten first, one after the other', () => {
    const content = contentWith((c) => {
      for (const id of ['broekkant', 'wastijne', 'keur']) {
        c.locations.push({
          ...structuredClone(c.locations[0]!),
          id,
          name: `Buurtpunt ${id}`,
          exceptions: [],
        });
      }
    });
    const deck = planDeck(content, configFor('wastijne'), brussels('2026-12-15T12:00'), true);
    assert.deepEqual(
      deck.slides.slice(0, 4).map((s) => s.key),
      ['status', 'status-2', 'status-3', 'activities'],
    );
    const first = deck.slides[0]!;
    assert.deepEqual(first.kind === 'status' && first.locations.map((l) => l.id), ['wastijne', 'bijloke']);
  });

  it('skips empty slides: no activities, no announcements, no services', () => {
    const content = contentWith((c) => {
      c.activities = [];
      c.announcements = [];
      c.services = [];
    });
    const deck = planDeck(content, configFor(), brussels('2026-12-15T12:00'), true);
    assert.deepEqual(
      deck.slides.map((s) => s.kind),
      ['status', 'facebook', 'about'],
    );
  });

  it('plans again at the earliest change of any slide', () => {
    const config = configFor();
    for (const now of [
      brussels('2026-12-15T12:00'),
      brussels('2026-12-08T11:00'),
      brussels('2026-12-09T20:00'),
    ]) {
      const changes = [
        buildStatusSlides,
        buildActivitySlides,
        buildFacebookSlides,
        buildServiceSlides,
        buildAboutSlides,
        buildAnnouncementSlides,
      ]
        .map((build) => build(contentWith(), config, now, true).nextChangeAt)
        .filter((t): t is number => t !== null && t > now);
      assert.equal(planDeck(contentWith(), config, now, true).nextChangeAt, Math.min(...changes));
    }
    // On 8 December at 11:00 the smartphone activity ending at 12:00 is the activities' next change.
    assert.equal(
      buildActivitySlides(contentWith(), config, brussels('2026-12-08T11:00'), true).nextChangeAt,
      brussels('2026-12-08T12:00'),
    );
  });
});

describe('paging', () => {
  it('refuses a page size below one', () => {
    assert.throws(() => pageItems([1, 2], 0), RangeError);
  });

  it('pages as evenly as it can, so no page is one lone item on an empty screen', () => {
    const sizes = (n: number, size: number) =>
      pageItems(
        Array.from({ length: n }, (_, i) => i),
        size,
      ).map((p) => p.length);
    assert.deepEqual(sizes(9, 4), [3, 3, 3]);
    assert.deepEqual(sizes(5, 4), [3, 2]);
    assert.deepEqual(sizes(8, 4), [4, 4]);
    assert.deepEqual(sizes(13, 6), [5, 4, 4]);
    assert.deepEqual(sizes(3, 2), [2, 1]);
    assert.deepEqual(sizes(0, 4), []);
    for (let n = 0; n < 40; n++) {
      for (let size = 1; size < 8; size++) {
        const pages = pageItems(
          Array.from({ length: n }, (_, i) => i),
          size,
        );
        assert.equal(pages.length, Math.ceil(n / size));
        assert.deepEqual(
          pages.flat(),
          Array.from({ length: n }, (_, i) => i),
        );
        if (n === 0) continue;
        const lengths = pages.map((p) => p.length);
        assert.ok(Math.max(...lengths) - Math.min(...lengths) <= 1 && Math.max(...lengths) <= size);
      }
    }
  });
});
