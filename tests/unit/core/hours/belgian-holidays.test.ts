import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { belgianHolidays, easterSunday, holidayOn } from '../../../../core/hours/belgian-holidays';

describe('Belgian public holidays', () => {
  it('computes Easter Sunday', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
  });

  it('lists the ten national holidays of 2027 in order', () => {
    assert.deepEqual(
      belgianHolidays(2027).map((h) => `${h.date} ${h.name}`),
      [
        '2027-01-01 Nieuwjaar',
        '2027-03-29 Paasmaandag',
        '2027-05-01 Dag van de Arbeid',
        '2027-05-06 O.L.H. Hemelvaart',
        '2027-05-17 Pinkstermaandag',
        '2027-07-21 Nationale feestdag',
        '2027-08-15 O.L.V. Hemelvaart',
        '2027-11-01 Allerheiligen',
        '2027-11-11 Wapenstilstand',
        '2027-12-25 Kerstmis',
      ],
    );
  });

  it('names a holiday by its day and nothing on an ordinary day', () => {
    assert.equal(holidayOn('2026-04-06'), 'Paasmaandag');
    assert.equal(holidayOn('2026-05-14'), 'O.L.H. Hemelvaart');
    assert.equal(holidayOn('2026-05-25'), 'Pinkstermaandag');
    assert.equal(holidayOn('2026-12-25'), 'Kerstmis');
    assert.equal(holidayOn('2026-12-26'), undefined);
    assert.equal(holidayOn('2027-03-28'), undefined, 'Easter Sunday is not in the list of ten');
  });
});
