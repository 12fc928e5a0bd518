/** nl-BE words the screen uses for days, times and lists: one wording for each thing, everywhere. */
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

/** How an opening or activity that ends at the end of the day is read: "tot middernacht". */
export const MIDNIGHT_NL = 'middernacht';

/** "9:05" from minutes since midnight: Flemish signs write hours without a leading zero. */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "09:00" → "9:00", as content.json writes a time. */
export function formatClockTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** The end of a span: "12:00", or "middernacht" for 24:00 (and 00:00, which can only mean the night after). */
export function formatEndTime(time: string): string {
  return time === '24:00' || time === '00:00' ? MIDNIGHT_NL : formatClockTime(time);
}

/** "9:00 – 12:00", "20:00 – middernacht": the same on the week table, the status and for activities. */
export function formatTimeRange(from: string, until: string): string {
  return `${formatClockTime(from)} – ${formatEndTime(until)}`;
}

/** "Maandag" from "maandag". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b en c"; "a en b"; "a". */
export function listInDutch(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
