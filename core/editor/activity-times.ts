/**
 * An activity's `start` and `end` ("2026-12-03T09:30") as the form shows them: a day, a from-time
 * and an until-time, plus an end day only when the activity runs over several days.
 */
import { DATE_PATTERN, TIME_PATTERN, isRealDate } from '../time/local-formats';

/** The form fields of an activity's start and end. */
export interface WhenParts {
  date: string;
  from: string;
  /** Empty unless the activity ends on another day. */
  endDate: string;
  until: string;
}

/** "2026-12-03T09:30" to ["2026-12-03", "09:30"]; a malformed value keeps what it can. */
export function splitLocalDateTime(value: unknown): [string, string] {
  if (typeof value !== 'string') return ['', ''];
  const [date = '', time = ''] = value.split('T');
  return [date, time];
}

/** The form's view of an activity's start and end. */
export function whenParts(start: unknown, end: unknown): WhenParts {
  const [date, from] = splitLocalDateTime(start);
  const [endDay, until] = splitLocalDateTime(end);
  return { date, from, endDate: endDay !== '' && endDay !== date ? endDay : '', until };
}

/** Back to `start` and `end`; an empty end day means the same day as the start. */
export function joinWhen(parts: WhenParts): { start: string; end: string } {
  const endDate = parts.endDate === '' ? parts.date : parts.endDate;
  return { start: `${parts.date}T${parts.from}`, end: `${endDate}T${parts.until}` };
}

/** Form-level messages for the parts, found before the schema's (which speak of the joined value). */
export function whenPartProblems(parts: WhenParts): Partial<Record<keyof WhenParts, string>> {
  const out: Partial<Record<keyof WhenParts, string>> = {};
  if (parts.date === '') out.date = 'vul de datum in';
  else if (!DATE_PATTERN.test(parts.date) || !isRealDate(parts.date)) out.date = 'vul een geldige datum in';
  if (parts.from === '') out.from = 'vul het beginuur in';
  else if (!TIME_PATTERN.test(parts.from)) out.from = 'vul een geldig uur in, bv. 14:00';
  if (parts.until === '') out.until = 'vul het einduur in';
  else if (!TIME_PATTERN.test(parts.until)) out.until = 'vul een geldig uur in, bv. 16:00';
  if (parts.endDate !== '' && !isRealDate(parts.endDate)) out.endDate = 'vul een geldige datum in';
  return out;
}
