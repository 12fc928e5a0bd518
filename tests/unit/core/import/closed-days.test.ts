import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Activity, Content } from '../../../../core/content/schema';
import { validateContent } from '../../../../core/content/validate';
import { activitiesOnClosedDays } from '../../../../core/import/closed-days';

const sampleJson = JSON.parse(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { activities: unknown[] };

/** The sample (Bijloke open on Thursdays 9-12, both buurtpunten closed over Christmas) plus `extra`. */
function withActivities(...extra: Partial<Activity>[]): Content {
  const json = structuredClone(sampleJson);
  json.activities.push(...extra.map((a) => ({ title: 'Activiteit', ...a })));
  const result = validateContent(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

const at = (title: string, start: string, end: string, location = 'bijloke') => ({
  title,
  start,
  end,
  location,
});
const DEC_1 = Date.parse('2026-12-01T09:00:00Z');

describe('activities on a day their buurtpunt is closed', () => {
  it('finds none in the sample itself', () => {
    assert.deepEqual(activitiesOnClosedDays(withActivities(), DEC_1), []);
  });

  it('finds one in a closure and one on a public holiday, with the reason the status slide gives', () => {
    const content = withActivities(
      at('Hemelvaartsbrunch', '2027-05-06T10:00', '2027-05-06T12:00'),
      at('Nieuwjaarsdrink', '2026-12-31T10:00', '2026-12-31T12:00'),
    );
    assert.deepEqual(activitiesOnClosedDays(content, DEC_1), [
      { activityIndex: 5, locationIndex: 0, date: '2026-12-31', reason: 'kerstvakantie' },
      { activityIndex: 4, locationIndex: 0, date: '2027-05-06', reason: 'O.L.H. Hemelvaart' },
    ]);
  });

  it('looks only at activities still to come or under way at now', () => {
    const content = withActivities(at('Nieuwjaarsdrink', '2026-12-31T10:00', '2026-12-31T12:00'));
    // 11:59 Brussels time on 31 December: under way. 12:00: over.
    assert.equal(activitiesOnClosedDays(content, Date.parse('2026-12-31T10:59:00Z')).length, 1);
    assert.equal(activitiesOnClosedDays(content, Date.parse('2026-12-31T11:00:00Z')).length, 0);
  });

  it('skips a free-text place, a day closed by the weekly hours only, and a holiday the buurtpunt opens on', () => {
    const json = structuredClone(sampleJson) as {
      activities: unknown[];
      locations: { publicHolidays?: string }[];
    };
    json.locations[0]!.publicHolidays = 'open';
    json.activities.push(
      { title: 'Uitstap', start: '2026-12-31T10:00', end: '2026-12-31T12:00', place: 'Station Dendermonde' },
      at('Maandag', '2026-12-14T10:00', '2026-12-14T12:00'),
      at('Hemelvaart open', '2027-05-06T10:00', '2027-05-06T12:00'),
    );
    const result = validateContent(json);
    assert.ok(result.ok);
    assert.deepEqual(activitiesOnClosedDays(result.content, DEC_1), []);
  });

  it('finds a closure on a later day of an activity that runs over several days, from today on', () => {
    const content = withActivities(
      at('Kerstmarkt', '2026-12-22T10:00', '2026-12-24T18:00'),
      // Ends at midnight: 23 December is its last day, the closure starts the 24th.
      at('Avondwake', '2026-12-23T20:00', '2026-12-24T00:00'),
    );
    assert.deepEqual(activitiesOnClosedDays(content, DEC_1), [
      { activityIndex: 4, locationIndex: 0, date: '2026-12-24', reason: 'kerstvakantie' },
    ]);
    // Under way on the 24th: that day counts, not the first.
    assert.deepEqual(
      activitiesOnClosedDays(content, Date.parse('2026-12-24T09:00:00Z')).map((f) => f.date),
      ['2026-12-24'],
    );
  });

  it('gives no reason for a closure without a note', () => {
    const json = structuredClone(sampleJson) as {
      activities: unknown[];
      locations: { exceptions: Record<string, unknown>[] }[];
    };
    delete json.locations[1]!.exceptions[0]!.note;
    json.activities.push(at('Computerles', '2026-12-29T10:00', '2026-12-29T12:00', 'hof-ten-rode'));
    const result = validateContent(json);
    assert.ok(result.ok);
    assert.deepEqual(activitiesOnClosedDays(result.content, DEC_1), [
      { activityIndex: 4, locationIndex: 1, date: '2026-12-29', reason: undefined },
    ]);
  });
});
