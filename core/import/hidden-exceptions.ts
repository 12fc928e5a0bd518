/**
 * An exception that never applies: on each of its days another exception covers the same day and
 * wins (the shortest, and among equally long ones the last written: `exceptionOn`). The screen
 * then shows it nowhere, neither in the status nor in the week table or the changes, so validate,
 * import and the editor say so rather than "In orde".
 */
import { placeOf } from '../content/place';
import type { Content, Location, OpeningException } from '../content/schema';
import { exceptionOn, lastDayOf } from '../hours/day-hours';
import { capitalize } from '../time/dutch-words';
import { addDays, localDateOf } from '../time/local-time';

/** Exceptions longer than this are not walked day by day (the schema keeps them far shorter). */
const MAX_DAYS_WALKED = 800;

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

function appliesSomeDay(location: Location, exception: OpeningException): boolean {
  const last = lastDayOf(exception);
  let day = exception.from;
  for (let n = 0; day <= last; n++, day = addDays(day, 1)) {
    if (n >= MAX_DAYS_WALKED || exceptionOn(location, day) === exception) return true;
  }
  return false;
}
