import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  capitalize,
  clockText,
  formatClockTime,
  formatEndTime,
  formatTimeRange,
  listInDutch,
} from '../../../../core/time/dutch-words';

describe('Dutch words for times and lists', () => {
  it('writes times without a leading zero: "9:00", "0:30", "21:05"', () => {
    assert.deepEqual(['09:00', '00:30', '21:05'].map(formatClockTime), ['9:00', '0:30', '21:05']);
    assert.deepEqual([540, 30, 1265].map(clockText), ['9:00', '0:30', '21:05']);
  });

  it('says "middernacht" for a span that ends as its day does, written 24:00 or 00:00', () => {
    assert.equal(formatEndTime('24:00'), 'middernacht');
    assert.equal(formatEndTime('00:00'), 'middernacht');
    assert.equal(formatTimeRange('20:00', '24:00'), '20:00 – middernacht');
    assert.equal(formatTimeRange('09:00', '12:30'), '9:00 – 12:30');
    assert.equal(formatTimeRange('22:00', '02:00'), '22:00 – 2:00');
  });

  it('joins a list as Dutch does: "a, b en c"', () => {
    assert.equal(listInDutch([]), '');
    assert.equal(listInDutch(['Wastijne']), 'Wastijne');
    assert.equal(listInDutch(['Broekkant', 'Wastijne']), 'Broekkant en Wastijne');
    assert.equal(listInDutch(['a', 'b', 'c']), 'a, b en c');
  });

  it('capitalizes the first letter only', () => {
    assert.equal(capitalize('maandag'), 'Maandag');
    assert.equal(capitalize('’t Keur'), '’t Keur');
    assert.equal(capitalize(''), '');
  });
});
