import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasExpired, visibleWindow } from '../../../../core/announcements/visible-window';
import { isExpiredAnnouncement } from '../../../../core/editor/announcement-expiry';
import { instantOfBrusselsLocal } from '../../../../core/editor/brussels-clock';

describe('"niet meer zichtbaar" in the editor', () => {
  it('marks an announcement shown until 12:00 as over at 15:00 that day, as the screen drops it', () => {
    const noon = { title: 'Markt', visibleUntil: '2026-12-10T12:00' };
    assert.equal(isExpiredAnnouncement(noon, '2026-12-10T11:59'), false);
    assert.equal(isExpiredAnnouncement(noon, '2026-12-10T12:00'), true);
    assert.equal(isExpiredAnnouncement(noon, '2026-12-10T15:00'), true);
  });

  it('keeps a whole last day visible through that day, also in summer time', () => {
    const day = { visibleUntil: '2026-07-10' };
    assert.equal(isExpiredAnnouncement(day, '2026-07-10T23:59'), false);
    assert.equal(isExpiredAnnouncement(day, '2026-07-11T00:00'), true);
  });

  it('agrees with the screen and the import summary at every minute around the end', () => {
    for (const visibleUntil of ['2026-12-10T12:00', '2026-12-10', '2027-03-28T03:00', '2026-10-25T02:30']) {
      const span = visibleWindow({ visibleUntil });
      for (const nowLocal of [
        '2026-12-10T11:59',
        '2026-12-10T12:00',
        '2026-12-10T23:59',
        '2026-12-11T00:00',
        '2027-03-28T01:59',
        '2027-03-28T03:00',
        '2026-10-25T02:29',
        '2026-10-25T02:30',
      ]) {
        assert.equal(
          isExpiredAnnouncement({ visibleUntil }, nowLocal),
          hasExpired(span, instantOfBrusselsLocal(nowLocal)),
          `${visibleUntil} at ${nowLocal}`,
        );
      }
    }
  });

  it('never marks one without a readable end, or one that has yet to start', () => {
    assert.equal(isExpiredAnnouncement({}, '2026-12-10T15:00'), false);
    assert.equal(isExpiredAnnouncement({ visibleUntil: '' }, '2026-12-10T15:00'), false);
    assert.equal(isExpiredAnnouncement({ visibleUntil: '10/12/2026' }, '2026-12-10T15:00'), false);
    assert.equal(isExpiredAnnouncement({ visibleUntil: 20261210 }, '2026-12-10T15:00'), false);
    const later = { title: 'Later', visibleFrom: '2026-12-20', visibleUntil: '2026-12-31' };
    assert.equal(isExpiredAnnouncement(later, '2026-12-10T15:00'), false);
  });
});
