import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity, Announcement } from '../../../../core/content/schema';
import { countPast } from '../../../../core/import/past-content';

const activity = (start: string, end: string): Activity => ({ title: `Van ${start}`, start, end });
const announcement = (window: Partial<Announcement>): Announcement => ({
  title: 'Mededeling',
  text: 'Tekst',
  ...window,
});

/** Tuesday 1 December 2026, 10:00 in Brussels. */
const NOW = Date.parse('2026-12-01T09:00:00Z');

describe('countPast', () => {
  it('counts activities to come and under way apart from those over, by their end in Brussels time', () => {
    const activities = [
      activity('2026-11-30T14:00', '2026-11-30T16:00'), // yesterday
      activity('2026-12-01T08:00', '2026-12-01T10:00'), // ended this very instant
      activity('2026-12-01T09:30', '2026-12-01T11:30'), // under way
      activity('2026-12-02T09:30', '2026-12-02T11:30'), // tomorrow
    ];
    assert.deepEqual(countPast({ activities, announcements: [] }, NOW), {
      comingActivities: 2,
      pastActivities: 2,
      expiredAnnouncements: 0,
    });
  });

  it('counts an announcement as expired after its last day or moment, never one still to come', () => {
    const announcements = [
      announcement({}), // always
      announcement({ visibleUntil: '2026-11-30' }), // through yesterday: expired
      announcement({ visibleUntil: '2026-12-01' }), // through today: still shown
      announcement({ visibleUntil: '2026-12-01T10:00' }), // ended this very instant
      announcement({ visibleFrom: '2026-12-10', visibleUntil: '2026-12-20' }), // not yet: fine
    ];
    assert.equal(countPast({ activities: [], announcements }, NOW).expiredAnnouncements, 2);
  });

  it('reads the same whatever the machine time zone (a summer date, Brussels two hours ahead)', () => {
    const activities = [activity('2026-07-01T10:00', '2026-07-01T12:00')];
    const at = (iso: string) => countPast({ activities, announcements: [] }, Date.parse(iso));
    assert.equal(at('2026-07-01T09:59:59Z').comingActivities, 1);
    assert.equal(at('2026-07-01T10:00:00Z').pastActivities, 1);
  });
});
