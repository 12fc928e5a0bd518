/**
 * An exception that never applies: on each of its days another exception covers the same day and
 * wins (the shortest, and among equally long ones the last written: the rule of `exceptionOn`). The
 * screen then shows it nowhere, neither in the status nor in the week table or the changes, so
 * validate, import and the editor say so rather than "In orde".
 */
import { placeOf } from '../content/place';
import type { Content, Location, OpeningException } from '../content/schema';
import { lastDayOf, winsOver } from '../hours/day-hours';
import { capitalize } from '../time/dutch-words';
import { addDays, localDateOf } from '../time/local-time';

/**
 * "Buurtpunt Bijloke, uitzondering van 2026-12-10 (verlof): deze uitzondering geldt op geen enkele
 * dag, want op elk van haar dagen geldt een andere uitzondering …". Only exceptions not yet over.
 */
export function hiddenExceptionWarnings(c: Content, now: number): string[] {
  const today = localDateOf(now);
  return c.locations.flatMap((location, i) =>
    location.exceptions.flatMap((exception, j) => {
      if (lastDayOf(exception) < today || appliesSomeDay(location, exception)) return [];
      const place = capitalize(placeOf(`locations[${i}].exceptions[${j}]`, c) ?? 'een uitzondering');
      return [
        `${place}: deze uitzondering geldt op geen enkele dag, want op elk van haar dagen geldt een andere uitzondering (bij twee op dezelfde dag geldt de kortste, en bij even lange de laatste in de lijst); het scherm toont ze nergens. Haal ze weg, of pas de data aan.`,
      ];
    }),
  );
}

/**
 * Whether some day of `exception` is not covered by an exception that beats it (shorter, or as long
 * and later in the list). Swept over those ranges in date order, not walked day by day: the schema
 * sets no longest span, and a hostile file may hold 200 exceptions of decades each.
 */
function appliesSomeDay(location: Location, exception: OpeningException): boolean {
  const index = location.exceptions.indexOf(exception);
  const last = lastDayOf(exception);
  const beaters = location.exceptions
    .filter((other, i) => {
      if (other === exception || other.from > last || lastDayOf(other) < exception.from) return false;
      return winsOver(other, i, exception, index);
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let uncovered = exception.from;
  for (const other of beaters) {
    if (other.from > uncovered) return true;
    const after = addDays(lastDayOf(other), 1);
    if (after > uncovered) uncovered = after;
    if (uncovered > last) return false;
  }
  return true;
}
