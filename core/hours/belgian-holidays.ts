/** The ten national public holidays of Belgium, with the Easter-based ones computed per year. */
import type { LocalDate } from '../time/local-time';
import { addDays } from '../time/local-time';

/** One public holiday: its day and its Dutch name as shown on screen. */
export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday (Gregorian calendar), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ten legal holidays of `year`, in calendar order. */
export function belgianHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string) => ({
    date: `${year}-${pad(month)}-${pad(day)}`,
    name,
  });
  return [
    fixed(1, 1, 'Nieuwjaar'),
    { date: addDays(easter, 1), name: 'Paasmaandag' },
    fixed(5, 1, 'Dag van de Arbeid'),
    { date: addDays(easter, 39), name: 'O.L.H. Hemelvaart' },
    { date: addDays(easter, 50), name: 'Pinkstermaandag' },
    fixed(7, 21, 'Nationale feestdag'),
    fixed(8, 15, 'O.L.V. Hemelvaart'),
    fixed(11, 1, 'Allerheiligen'),
    fixed(11, 11, 'Wapenstilstand'),
    fixed(12, 25, 'Kerstmis'),
  ].sort((x, y) => (x.date < y.date ? -1 : 1));
}

// Asked for every day the status engine looks at, so each year is computed once.
const byYear = new Map<number, Map<LocalDate, string>>();

/** The name of the public holiday on `date`, or undefined on an ordinary day. */
export function holidayOn(date: LocalDate): string | undefined {
  const year = Number(date.slice(0, 4));
  let days = byYear.get(year);
  if (days === undefined) {
    days = new Map(belgianHolidays(year).map((h) => [h.date, h.name]));
    byYear.set(year, days);
  }
  return days.get(date);
}
