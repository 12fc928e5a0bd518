import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { upcomingChanges, upcomingText } from '../../../../core/hours/upcoming';
import { bijloke, hofTenRode } from './fixtures';

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

  it('says "Vandaag" for a one-day change today, and nothing outside the window', () => {
    const location = { ...hofTenRode, exceptions: [{ from: '2026-12-08', closed: true as const }] };
    assert.deepEqual(texts(location, '2026-12-08'), ['Vandaag: gesloten']);
    assert.deepEqual(texts(location, '2026-11-24'), []);
  });
});
