/**
 * Wall-clock readings in Europe/Brussels for the editor ("is this activity over?", "preview at
 * Tuesday 9:55"), with Intl only, so the editor page does not carry a time-zone library.
 */

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DDTHH:MM" on a Brussels wall clock at `instant` (epoch ms). */
export function brusselsLocalDateTime(instant: number): string {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant a Brussels wall clock shows `local` ("YYYY-MM-DDTHH:MM"); NaN if it is malformed.
 * In the hour skipped in spring the answer is an hour later on the clock; in the repeated autumn hour
 * it is the first time round (summer time).
 */
export function instantOfBrusselsLocal(local: string): number {
  const wall = Date.parse(`${local}:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) || Number.isNaN(wall)) return NaN;
  const summer = wall - 7_200_000;
  if (brusselsLocalDateTime(summer) === local) return summer;
  // Winter time; in the spring gap this reads an hour later on the clock (02:30 becomes 03:30).
  return wall - 3_600_000;
}
