import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Content } from '../../../../core/content/schema';
import { validateContent } from '../../../../core/content/validate';
import { contentWarnings, importReport } from '../../../../core/import/import-wording';
import { skippedHourTimes } from '../../../../core/import/skipped-hour';

const sampleJson = JSON.parse(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { activities: unknown[]; locations: { exceptions: unknown[] }[] };

/** The sample with only `activities`, and `exceptions` added to Buurtpunt Bijloke. */
function contentWith(activities: unknown[], exceptions: unknown[] = []): Content {
  const json = structuredClone(sampleJson);
  json.activities = activities;
  json.locations[0]!.exceptions.push(...exceptions);
  const result = validateContent(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

const at = (title: string, start: string, end: string) => ({ title, start, end, location: 'bijloke' });
/** Monday 1 March 2027, 10:00 in Brussels; summer time begins on Sunday 28 March 2027. */
const MARCH_1 = Date.parse('2027-03-01T09:00:00Z');
const JUMP = 'in de nacht van zaterdag op zondag 28 maart 2027: die nacht gaat de klok van 2:00 naar 3:00';

describe('times in the hour skipped when summer time begins', () => {
  it('warns about an activity that begins at 2:30 that night, naming it and what the screen shows', () => {
    const content = contentWith([at('Nachtwandeling', '2027-03-28T02:30', '2027-03-28T05:00')]);
    assert.deepEqual(skippedHourTimes(content, MARCH_1), [
      {
        kind: 'activity',
        path: 'activities[0]',
        date: '2027-03-28',
        times: [{ field: 'start', written: '02:30', shown: '03:00' }],
      },
    ]);
    const warning = `Activiteit "Nachtwandeling" begint om 2:30 ${JUMP}, dus 2:30 bestaat niet; op het scherm staat 3:00.`;
    assert.deepEqual(contentWarnings(content, MARCH_1, null), [warning]);
    // A warning, not an error: the content is imported, and verslag.txt has the line.
    const report = importReport(
      { kind: 'imported', content },
      '2027-03-01T09:00:00Z',
      'USB-stick',
      'stick',
      null,
    );
    assert.ok(report.split('\n').includes(`Let op:    ${warning}`), report);
  });

  it('warns about an end in that hour, also after a start the evening before', () => {
    const content = contentWith([
      at('Nachtcafé', '2027-03-27T21:00', '2027-03-28T02:30'),
      at('Kort', '2027-03-28T02:15', '2027-03-28T02:45'),
    ]);
    assert.deepEqual(contentWarnings(content, MARCH_1, null), [
      `Activiteit "Nachtcafé" eindigt om 2:30 ${JUMP}, dus 2:30 bestaat niet; op het scherm staat 3:00.`,
      `Activiteit "Kort" begint om 2:15 en eindigt om 2:45 ${JUMP}, dus 2:15 en 2:45 bestaan niet; op het scherm staat 3:00 – 3:00 en ze duurt geen minuut.`,
    ]);
  });

  it('says nothing about 2:30 on a normal night, on the autumn night (the repeated hour), or at 3:00', () => {
    const content = contentWith([
      at('Gewone nacht', '2027-03-21T02:30', '2027-03-21T05:00'),
      at('Herfstnacht', '2027-10-31T02:30', '2027-10-31T05:00'),
      at('Na de sprong', '2027-03-28T03:00', '2027-03-28T05:00'),
      at('Voor de sprong', '2027-03-28T00:30', '2027-03-28T01:59'),
    ]);
    assert.deepEqual(skippedHourTimes(content, MARCH_1), []);
    assert.deepEqual(contentWarnings(content, MARCH_1, null), []);
  });

  it('says nothing once the activity is over (at 5:00 summer time)', () => {
    const content = contentWith([
      at('Nachtwandeling', '2027-03-28T02:30', '2027-03-28T05:00'),
      at('Later', '2027-04-10T10:00', '2027-04-10T12:00'),
    ]);
    assert.equal(contentWarnings(content, Date.parse('2027-03-28T02:59:59Z'), null).length, 1);
    assert.deepEqual(contentWarnings(content, Date.parse('2027-03-28T03:00:00Z'), null), []);
  });

  it('warns about an exception’s block that opens, closes or lies wholly in that hour', () => {
    const later = at('Later', '2027-04-10T10:00', '2027-04-10T12:00');
    const content = contentWith(
      [later],
      [
        {
          from: '2027-03-27',
          hours: [{ from: '20:00', until: '02:30' }],
          note: 'nachtopening',
        },
        {
          from: '2027-03-28',
          hours: [
            { from: '02:30', until: '05:00' },
            { from: '02:10', until: '02:40' },
          ],
        },
      ],
    );
    assert.deepEqual(contentWarnings(content, MARCH_1, null), [
      `Buurtpunt Bijloke, uitzondering van 2027-03-27 (nachtopening), uren: sluit om 2:30 ${JUMP}, dus 2:30 bestaat niet; het buurtpunt sluit dan om 3:00.`,
      `Buurtpunt Bijloke, uitzondering van 2027-03-28, uren blok 1: opent om 2:30 ${JUMP}, dus 2:30 bestaat niet; het buurtpunt opent dan om 3:00.`,
      `Buurtpunt Bijloke, uitzondering van 2027-03-28, uren blok 2: 2:10 – 2:40 ligt ${JUMP}, dus die uren bestaan niet en dit blok valt weg.`,
    ]);
    // Gone once that day is over.
    assert.deepEqual(contentWarnings(content, Date.parse('2027-03-28T22:00:00Z'), null), []);
  });

  it('looks at the day an exception of several days is in force, not its weekly hours or other nights', () => {
    const later = at('Later', '2027-04-10T10:00', '2027-04-10T12:00');
    const content = contentWith(
      [later],
      [
        {
          from: '2027-03-20',
          to: '2027-04-05',
          hours: [{ from: '01:00', until: '02:30' }],
          note: 'paasnachten',
        },
        { from: '2027-10-31', hours: [{ from: '02:30', until: '05:00' }] },
      ],
    );
    assert.deepEqual(contentWarnings(content, MARCH_1, null), [
      `Buurtpunt Bijloke, uitzondering van 2027-03-20 (paasnachten), uren: sluit om 2:30 ${JUMP}, dus 2:30 bestaat niet; het buurtpunt sluit dan om 3:00.`,
    ]);
    // A shorter exception that night takes over: its hours are what counts.
    const closedThatDay = contentWith(
      [later],
      [
        { from: '2027-03-20', to: '2027-04-05', hours: [{ from: '01:00', until: '02:30' }] },
        { from: '2027-03-28', closed: true },
      ],
    );
    assert.deepEqual(contentWarnings(closedThatDay, MARCH_1, null), []);
  });

  it('leaves announcement windows to the schema: a window opening in that hour shows from 3:00 and says nothing', () => {
    const json = structuredClone(sampleJson) as Record<string, unknown>;
    json.activities = [at('Later', '2027-04-10T10:00', '2027-04-10T12:00')];
    json.announcements = [
      { title: 'Zomeruur', text: 'De klok gaat vooruit.', visibleFrom: '2027-03-28T02:30' },
    ];
    const result = validateContent(json);
    assert.ok(result.ok);
    assert.deepEqual(contentWarnings(result.content, MARCH_1, null), []);
  });
});
