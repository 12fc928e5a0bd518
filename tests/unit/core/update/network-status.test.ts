import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { networkResultWords, type NetworkCheck } from '../../../../core/update/network-status';
import { firstCheckDelayMs, nextCheckDelayMs } from '../../../../core/update/poll-schedule';

const check = (result: NetworkCheck['result'], at: string, since: string | null = null): NetworkCheck => ({
  at,
  result,
  detail: null,
  since,
});

describe('what the staff view says about the last check', () => {
  it('says "niet bereikbaar sinds 09:12" in Brussels time (summer and winter)', () => {
    assert.equal(
      networkResultWords(check('unreachable', '2026-07-01T08:00:00Z', '2026-07-01T07:12:00Z')),
      'niet bereikbaar sinds 09:12',
    );
    assert.equal(
      networkResultWords(check('unreachable', '2026-12-01T09:00:00Z', '2026-12-01T08:12:00Z')),
      'niet bereikbaar sinds 09:12',
    );
  });

  it('names the day when the server went away on an earlier day', () => {
    assert.equal(
      networkResultWords(check('unreachable', '2026-12-02T09:00:00Z', '2026-11-30T21:45:00Z')),
      'niet bereikbaar sinds 30 november 22:45',
    );
  });

  it('calls a publication incomplete for under 15 minutes an upload under way, and after that says since when and what to do', () => {
    const since = '2026-12-01T08:12:00Z';
    assert.equal(
      networkResultWords(check('incomplete', '2026-12-01T08:12:00Z', since)),
      'onvolledig op de server (wordt zo opnieuw geprobeerd)',
    );
    assert.equal(
      networkResultWords(check('incomplete', '2026-12-01T08:26:59Z', since)),
      'onvolledig op de server (wordt zo opnieuw geprobeerd)',
    );
    assert.equal(
      networkResultWords(check('incomplete', '2026-12-01T08:27:00Z', since)),
      'onvolledig op de server sinds 09:12: upload de hele map publicatie opnieuw',
    );
    assert.equal(
      networkResultWords(check('incomplete', '2026-12-03T07:00:00Z', since)),
      'onvolledig op de server sinds 1 december 09:12: upload de hele map publicatie opnieuw',
    );
  });

  it('says "bijgewerkt", "niets nieuw" and "handtekening klopt niet"', () => {
    assert.equal(networkResultWords(check('updated', '2026-12-01T09:00:00Z')), 'bijgewerkt');
    assert.equal(networkResultWords(check('nothing-new', '2026-12-01T09:00:00Z')), 'niets nieuw');
    assert.equal(
      networkResultWords(check('bad-signature', '2026-12-01T09:00:00Z')),
      'handtekening klopt niet',
    );
  });
});

describe('when a screen checks again', () => {
  it('waits its interval, spread ±10%', () => {
    assert.equal(nextCheckDelayMs(300, 0, 0), 270_000);
    assert.equal(nextCheckDelayMs(300, 0, 0.5), 300_000);
    assert.equal(nextCheckDelayMs(300, 0, 0.999999), 330_000);
  });

  it('backs off from 5 s, doubling after each failure, up to the interval and never beyond', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((failures) => nextCheckDelayMs(300, failures, 0.5));
    assert.deepEqual(waits, [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('never checks more often than every 5 s, whatever the interval', () => {
    assert.equal(nextCheckDelayMs(5, 3, 0.5), 5_000);
  });

  it('spreads a hundred screens switched on together over the first tenth of the interval', () => {
    const firsts = Array.from({ length: 100 }, (_, i) => firstCheckDelayMs(300, i / 100));
    assert.equal(Math.min(...firsts), 0);
    assert.ok(Math.max(...firsts) <= 30_000);
    assert.equal(new Set(firsts).size, 100);
  });
});
