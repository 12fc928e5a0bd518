import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { upcomingChanges, upcomingText } from '../../../../core/hours/upcoming';
import { at, bijloke, hofTenRode, place } from './fixtures';

const texts = (location: typeof bijloke, today: string, days = 14) =>
  upcomingChanges(location, today, days).map((c) => upcomingText(c, today));

describe('upcoming changes to the weekly hours', () => {
  it('lists a closed period once, with its real end', () => {
    assert.deepEqual(texts(hofTenRode, '2026-12-10'), ['22 december – 3 januari: gesloten (kerstvakantie)']);
  });

  it('says "Tot en met" once the closure has begun', () => {
    assert.deepEqual(texts(bijloke, '2026-12-28'), ['Tot en met 3 januari: gesloten (kerstvakantie)']);
  });

  it('lists a holiday that takes hours away, and an extra opening with its hours', () => {
    const location = {
      ...bijloke,
      exceptions: [{ from: '2027-05-08', hours: [{ from: '14:00', until: '17:00' }], note: 'buurtfeest' }],
    };
    assert.deepEqual(texts(location, '2027-05-01'), [
      'Donderdag 6 mei: gesloten (O.L.H. Hemelvaart)',
      'Zaterdag 8 mei: open 14:00 – 17:00 (buurtfeest)',
    ]);
  });

  it('reads a time in the hour skipped in spring as the clock shows it, as the week table does', () => {
    const location = {
      ...bijloke,
      exceptions: [
        { from: '2027-03-28', hours: [{ from: '02:30', until: '05:00' }], note: 'nachtwandeling' },
        { from: '2027-03-27', hours: [{ from: '20:00', until: '02:30' }], note: 'nachtcafé' },
        { from: '2027-04-03', to: '2027-04-04', hours: [{ from: '02:30', until: '05:00' }] },
      ],
    };
    assert.deepEqual(texts(location, '2027-03-22'), [
      'Zaterdag 27 maart: open 20:00 – 3:00 (nachtcafé)',
      'Zondag 28 maart: open 3:00 – 5:00 (nachtwandeling)',
      // Another weekend: 2:30 is 2:30 there.
      '3 april – 4 april: open 2:30 – 5:00',
    ]);
  });

  it('lists an extra opening’s blocks earliest first, however written', () => {
    const location = {
      ...bijloke,
      exceptions: [
        {
          from: '2027-05-08',
          hours: [
            { from: '14:00', until: '17:00' },
            { from: '09:00', until: '12:00' },
          ],
        },
      ],
    };
    assert.deepEqual(texts(location, '2027-05-08'), ['Vandaag: open 9:00 – 12:00, 14:00 – 17:00']);
  });

  it('says "Vandaag" for a one-day change today, and nothing outside the window', () => {
    const location = { ...hofTenRode, exceptions: [{ from: '2026-12-08', closed: true as const }] };
    assert.deepEqual(texts(location, '2026-12-08'), ['Vandaag: gesloten']);
    assert.deepEqual(texts(location, '2026-11-24'), []);
  });

  it('ends a closure where a shorter exception inside it takes over, and lists the rest after it', () => {
    const location = {
      ...hofTenRode,
      exceptions: [
        ...hofTenRode.exceptions,
        { from: '2026-12-29', hours: [{ from: '10:00', until: '12:00' }], note: 'extra' },
      ],
    };
    assert.deepEqual(
      upcomingChanges(location, '2026-12-27', 14).map((c) => [c.from, c.to, c.kind]),
      [
        ['2026-12-27', '2026-12-28', 'closed'],
        ['2026-12-29', '2026-12-29', 'hours'],
        ['2026-12-30', '2027-01-03', 'closed'],
      ],
    );
    assert.deepEqual(texts(location, '2026-12-27'), [
      'Tot en met 28 december: gesloten (kerstvakantie)',
      'Dinsdag 29 december: open 10:00 – 12:00 (extra)',
      '30 december – 3 januari: gesloten (kerstvakantie)',
    ]);
  });

  it('says from what hour today is closed while an opening from last night still runs', () => {
    const location = place({
      hours: { monday: [{ from: '20:00', until: '02:00' }] },
      exceptions: [{ from: '2026-12-08', closed: true, note: 'verlof' }],
    });
    const twoAm = at('2026-12-08T02:00:00+01:00');
    const [today] = upcomingChanges(location, '2026-12-08', 14, twoAm);
    assert.deepEqual(today, {
      from: '2026-12-08',
      to: '2026-12-08',
      kind: 'closed',
      intervals: [],
      note: 'verlof',
      closedFrom: twoAm,
    });
    assert.equal(upcomingText(today, '2026-12-08'), 'Vandaag: gesloten vanaf 2:00 (verlof)');
    // Other hours today are no closure: the carried-over opening changes nothing about them.
    const otherHours = place({
      hours: { monday: [{ from: '20:00', until: '02:00' }] },
      exceptions: [{ from: '2026-12-08', hours: [{ from: '14:00', until: '16:00' }] }],
    });
    assert.deepEqual(
      upcomingChanges(otherHours, '2026-12-08', 14, twoAm).map((c) => upcomingText(c, '2026-12-08')),
      ['Vandaag: open 14:00 – 16:00'],
    );
  });
});
