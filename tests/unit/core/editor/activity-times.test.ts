import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  joinWhen,
  whenFieldMessages,
  whenPartProblems,
  whenParts,
} from '../../../../core/editor/activity-times';

describe('activity times in the form', () => {
  it('shows one day with a from and until time', () => {
    assert.deepEqual(whenParts('2026-12-03T09:30', '2026-12-03T11:30'), {
      date: '2026-12-03',
      from: '09:30',
      endDate: '',
      until: '11:30',
    });
  });

  it('shows an end day only for an activity over several days', () => {
    assert.equal(whenParts('2026-12-03T20:00', '2026-12-04T01:00').endDate, '2026-12-04');
  });

  it('joins the parts back into start and end, the end on the same day by default', () => {
    assert.deepEqual(joinWhen({ date: '2026-12-03', from: '09:30', endDate: '', until: '11:30' }), {
      start: '2026-12-03T09:30',
      end: '2026-12-03T11:30',
    });
    assert.deepEqual(joinWhen(whenParts('2026-12-03T20:00', '2026-12-04T01:00')), {
      start: '2026-12-03T20:00',
      end: '2026-12-04T01:00',
    });
  });

  it('says which part is missing for a new activity', () => {
    assert.deepEqual(whenPartProblems(whenParts('T', 'T')), {
      date: 'vul de datum in',
      from: 'vul het beginuur in',
      until: 'vul het einduur in',
    });
  });

  it('keeps what it can from a malformed value', () => {
    assert.deepEqual(whenParts(42, '2026-12-03'), { date: '', from: '', endDate: '2026-12-03', until: '' });
  });

  it('flags a day that does not exist', () => {
    assert.equal(
      whenPartProblems(whenParts('2026-02-30T10:00', '2026-02-30T11:00')).date,
      'vul een geldige datum in',
    );
  });

  it('speaks of an hour, not a date, under a time field', () => {
    const parts = whenParts('2026-12-03T9u', '2026-12-03T25:00');
    assert.deepEqual(whenPartProblems(parts), {
      from: 'geen geldig uur, schrijf bv. 14:00',
      until: 'geen geldig uur, schrijf bv. 16:00',
    });
    const schema = ['geen geldige datum, verwacht bv. 2026-12-03T14:00'];
    assert.deepEqual(whenFieldMessages(parts, schema, schema), {
      date: [],
      from: ['geen geldig uur, schrijf bv. 14:00'],
      endDate: [],
      until: ['geen geldig uur, schrijf bv. 16:00'],
    });
  });

  it('puts a missing date under the date, not under "tot"', () => {
    const parts = whenParts('T14:00', 'T16:00');
    const schema = ['geen geldige datum, verwacht bv. 2026-12-03T14:00'];
    assert.deepEqual(whenFieldMessages(parts, schema, schema), {
      date: ['vul de datum in'],
      from: [],
      endDate: [],
      until: [],
    });
  });

  it('shows the schema\'s "after the start" under "tot"', () => {
    const parts = whenParts('2026-12-03T14:00', '2026-12-03T13:00');
    assert.deepEqual(whenFieldMessages(parts, [], ['moet na het begin (2026-12-03T14:00) liggen']).until, [
      'moet na het begin (2026-12-03T14:00) liggen',
    ]);
  });

  it('puts "before the start" under the end day when the activity was moved past its old end day', () => {
    // 5–6 December, moved to 12 December: the end day stayed 6 December, "tot 16:00" is fine.
    const parts = { ...whenParts('2026-12-05T10:00', '2026-12-06T16:00'), date: '2026-12-12' };
    assert.deepEqual(whenFieldMessages(parts, [], ['moet na het begin (2026-12-12T10:00) liggen']), {
      date: [],
      from: [],
      endDate: ['ligt vóór de datum: kies een latere dag, of vink "Duurt tot een andere dag" uit'],
      until: [],
    });
  });

  it('shows nothing while start and end have no problem to show (a new, untouched activity)', () => {
    assert.deepEqual(whenFieldMessages(whenParts('', ''), [], []), {
      date: [],
      from: [],
      endDate: [],
      until: [],
    });
  });
});
