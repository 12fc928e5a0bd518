/** nl-BE words the screen uses for days and times. */
import type { Weekday } from './weekdays';

export const WEEKDAY_NAMES_NL: Readonly<Record<Weekday, string>> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
};

/** "09:00" → "9:00": Flemish signs write hours without a leading zero. */
export function formatClockTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "Maandag" from "maandag". */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
