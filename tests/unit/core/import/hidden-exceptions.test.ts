/**
 * An exception the screen never applies, because on each of its days another one wins: validate,
 * import and the editor name it instead of saying "In orde" (the screen shows it nowhere).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OpeningException } from '../../../../core/content/schema';
import { exceptionOn, lastDayOf } from '../../../../core/hours/day-hours';
import { hiddenExceptionWarnings } from '../../../../core/import/hidden-exceptions';
import { contentWarnings } from '../../../../core/import/import-wording';
import { addDays } from '../../../../core/time/local-time';
import { brussels, contentWith } from '../deck/deck-fixtures';

const now = brussels('2026-12-01T10:00');

describe('an exception that another one hides on every one of its days', () => {
  it('is named, with its buurtpunt and its day, when a one-day extra opening replaces a one-day closure', () => {
    const content = contentWith((c) => {
      c.locations[0]!.exceptions = [
        { from: '2026-12-10', closed: true, note: 'verlof' },
        { from: '2026-12-10', hours: [{ from: '13:00', until: '15:00' }], note: 'extra' },
      ];
    });
    const location = content.locations[0]!;
    assert.equal(exceptionOn(location, '2026-12-10'), location.exceptions[1]);
    const warnings = hiddenExceptionWarnings(content, now);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      /^Buurtpunt .*, uitzondering van 2026-12-10 \(verlof\): deze uitzondering geldt op geen enkele dag, want op elk van haar dagen geldt een andere uitzondering .*Haal ze weg, of pas de data aan\.$/,
    );
    assert.ok(contentWarnings(content, now, null).includes(warnings[0]!));
  });

  it('says nothing of a closure that still holds on some of its days around a shorter extra opening', () => {
    const content = contentWith((c) => {
      c.locations[0]!.exceptions = [
        { from: '2026-12-21', to: '2027-01-03', closed: true, note: 'kerstvakantie' },
        { from: '2026-12-23', hours: [{ from: '14:00', until: '16:00' }], note: 'kerstmarkt' },
      ];
    });
    assert.deepEqual(hiddenExceptionWarnings(content, now), []);
  });

  it('names a closure covered day by day by shorter exceptions, and nothing that is already over', () => {
    const content = contentWith((c) => {
      c.locations[0]!.exceptions = [
        { from: '2026-12-14', to: '2026-12-15', closed: true, note: 'opleiding' },
        { from: '2026-12-14', hours: [{ from: '09:00', until: '12:00' }] },
        { from: '2026-12-15', hours: [{ from: '09:00', until: '12:00' }] },
        { from: '2026-11-20', closed: true },
        { from: '2026-11-20', hours: [{ from: '09:00', until: '12:00' }] },
      ];
    });
    const warnings = hiddenExceptionWarnings(content, now);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      /^Buurtpunt Bijloke, uitzondering van 2026-12-14 \(opleiding\): deze uitzondering geldt op geen enkele dag/,
    );
  });

  it('names exactly those exceptions exceptionOn gives on none of their days, in random sets', () => {
    let seed = 17;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 150; round++) {
      const exceptions: OpeningException[] = Array.from({ length: 1 + random(7) }, () => {
        const from = addDays('2026-12-02', random(20));
        const to = random(2) === 0 ? undefined : addDays(from, random(6));
        return { from, ...(to === undefined ? {} : { to }), closed: true as const };
      });
      const content = contentWith((c) => {
        c.locations[0]!.exceptions = exceptions;
      });
      const location = content.locations[0]!;
      const hidden = location.exceptions.filter((ex) => {
        for (let day = ex.from; day <= lastDayOf(ex); day = addDays(day, 1))
          if (exceptionOn(location, day) === ex) return false;
        return true;
      });
      assert.equal(hiddenExceptionWarnings(content, now).length, hidden.length, JSON.stringify(exceptions));
    }
  });

  it('answers at once for a hostile file: 200 exceptions of decades each, all but the last hidden', () => {
    const content = contentWith((c) => {
      c.locations[0]!.exceptions = Array.from({ length: 200 }, () => ({
        from: '2027-01-01',
        to: '2099-12-31',
        closed: true as const,
      }));
    });
    // Equally long: the last written wins every day, so 199 are named.
    assert.equal(hiddenExceptionWarnings(content, now).length, 199);
  });
});
