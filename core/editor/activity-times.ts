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
  else if (!TIME_PATTERN.test(parts.from)) out.from = 'geen geldig uur, schrijf bv. 14:00';
  if (parts.until === '') out.until = 'vul het einduur in';
  else if (!TIME_PATTERN.test(parts.until)) out.until = 'geen geldig uur, schrijf bv. 16:00';
  if (parts.endDate !== '' && !isRealDate(parts.endDate)) out.endDate = 'vul een geldige datum in';
  // An activity moved to a later day keeps its old end day: the end is then before the start
  // because of that day, not the hour under "tot", which the schema's message would point at.
  else if (parts.endDate !== '' && out.date === undefined && parts.endDate < parts.date) {
    out.endDate = 'ligt vóór de datum: kies een latere dag, of vink "Duurt tot een andere dag" uit';
  }
  return out;
}

/**
 * The messages under each input of an activity's time. A part's own message comes first; the
 * schema's messages about `start` and `end` (which speak of the joined value, a date with a time)
 * are shown only where no part explains them, so a time field never speaks of a date. Only fields
 * whose `start` or `end` has a problem to show get messages: a new activity starts quiet.
 */
export function whenFieldMessages(
  parts: WhenParts,
  startProblems: readonly string[],
  endProblems: readonly string[],
): Record<keyof WhenParts, string[]> {
  const own = whenPartProblems(parts);
  const mine = (part: keyof WhenParts) => (own[part] === undefined ? [] : [own[part]]);
  const startShown = startProblems.length > 0;
  const endShown = endProblems.length > 0;
  const startExplained = own.date !== undefined || own.from !== undefined;
  const endExplained = own.date !== undefined || own.endDate !== undefined || own.until !== undefined;
  return {
    date: startShown ? (startExplained ? mine('date') : [...startProblems]) : [],
    from: startShown ? mine('from') : [],
    endDate: endShown ? mine('endDate') : [],
    until: endShown ? (endExplained ? mine('until') : [...endProblems]) : [],
  };
}
