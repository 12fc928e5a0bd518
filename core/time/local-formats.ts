/** Text formats staff write in content.json, all meaning local Brussels time. Pure string checks. */

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An interval may end at 24:00 (midnight at the end of the day). */
export const END_TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const LOCAL_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/** True when `YYYY-MM-DD` names a day that exists (no 31 February). */
export function isRealDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** True for `YYYY-MM-DDTHH:MM` with a real date. */
export function isRealLocalDateTime(text: string): boolean {
  return LOCAL_DATE_TIME_PATTERN.test(text) && isRealDate(text.slice(0, 10));
}

/** Minutes since midnight of `HH:MM` (24:00 gives 1440). */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
