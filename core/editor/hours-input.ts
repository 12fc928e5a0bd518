/**
 * Opening-hour blocks in time inputs. A time input cannot show 24:00, which content.json uses for
 * "until midnight"; the form shows it as 00:00 and an until-time of 00:00 is saved as 24:00
 * (a block can never end at the midnight it starts from).
 */

/** The time input's value for an until-time. */
export function untilToInput(until: unknown): string {
  if (typeof until !== 'string') return '';
  return until === '24:00' ? '00:00' : until;
}

/** The until-time to store for a time input's value. */
export function inputToUntil(value: string): string {
  return value === '00:00' ? '24:00' : value;
}
