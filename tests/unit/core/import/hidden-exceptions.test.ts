/**
 * An exception the screen never applies, because on each of its days another one wins: validate,
 * import and the editor name it instead of saying "In orde" (the screen shows it nowhere).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exceptionOn } from '../../../../core/hours/day-hours';
import { hiddenExceptionWarnings } from '../../../../core/import/hidden-exceptions';
import { contentWarnings } from '../../../../core/import/import-wording';
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
});
