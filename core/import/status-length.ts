/**
 * Buurtpunten whose block on the status slide cannot show everything on the smallest screen, not even
 * on a page of its own: the schema allows a note of 120 characters, six opening blocks a day and a
 * name and street of 120 characters each (long is not wrong), and the slide does not scroll or shrink
 * its type, so the block leaves out what does not fit (core/deck/status-fit.ts): a coming change
 * under "Afwijkende openingsuren", from the last, or the week table. Each exception still to come is
 * looked at as the screen will show it, at noon the day before it begins (today, for one that has
 * begun), and every buurtpunt today at noon, under the longest name a screen's header can show.
 */
import { placeOf } from '../content/place';
import type { Content, Location } from '../content/schema';
import { hoursOn } from '../hours/day-hours';
import { locationBlock } from '../hours/location-block';
import { upcomingChanges } from '../hours/upcoming';
import { UPCOMING_DAYS, UPCOMING_MAX, screenName } from '../deck/status-slides';
import { cutBlock, cutToFit } from '../deck/status-fit';
import { blocksFit } from '../deck/status-room';
import { textWidth } from '../deck/text-width';
import { capitalize } from '../time/dutch-words';
import { addDays, instantAt, localDateOf, type LocalDate } from '../time/local-time';

/** What a buurtpunt's block leaves out on some day. */
export type StatusCut =
  | { kind: 'change'; locationIndex: number; exceptionIndex: number }
  | { kind: 'week'; locationIndex: number; evenThen: boolean };

/** Noon: a time of day like any other for what the block says. */
export const NOON = 12 * 60;

/** The longest name a screen's header may show: any buurtpunt's, or the content's title. */
export function longestHeader(c: Content): string {
  const names = [screenName(c, null), ...c.locations.map((l) => l.name)];
  return names.reduce((a, b) => (textWidth(b, 700) > textWidth(a, 700) ? b : a));
}

/**
 * What `location`'s block leaves out on `date` at noon: the indexes of the exceptions whose change
 * it lists but cannot show, whether it leaves out its week table, and whether even then it does not fit.
 */
function cutOn(location: Location, date: LocalDate, header: string) {
  const now = instantAt(date, NOON);
  const block = locationBlock(location, now, date, { days: UPCOMING_DAYS, max: UPCOMING_MAX });
  const cut = cutToFit(block, false, header);
  const listed = upcomingChanges(location, date, UPCOMING_DAYS).slice(0, block.upcoming.length);
  const dropped = listed.slice(cut.changes).flatMap((change) => {
    const day = hoursOn(location, change.from);
    return day.kind === 'exception' ? [location.exceptions.indexOf(day.exception)] : [];
  });
  const evenThen = !cut.week && !blocksFit([cutBlock(block, cut)], header);
  return { dropped, week: !cut.week, evenThen };
}

/**
 * The days whose block a screen may show differently from `today` on: today, and for each exception
 * still to come the day before it begins (its change listed as coming, the most of them at once) and
 * the day it begins (its note in the sentence: "Vandaag gesloten (…)"), or today if it has begun.
 */
export function daysToLookAt(location: Location, today: LocalDate): Set<LocalDate> {
  const days = new Set<LocalDate>([today]);
  for (const e of location.exceptions) {
    if ((e.to ?? e.from) < today) continue;
    if (e.from > today) days.add(addDays(e.from, -1)).add(e.from);
    else days.add(today);
  }
  return days;
}

/** What the blocks leave out from `now` on: per buurtpunt its week table first, then its changes. */
export function statusCuts(c: Content, now: number): StatusCut[] {
  const today = localDateOf(now);
  const header = longestHeader(c);
  return c.locations.flatMap((location, locationIndex) => {
    const dropped = new Set<number>();
    let week = false;
    let evenThen = false;
    for (const date of daysToLookAt(location, today)) {
      const cut = cutOn(location, date, header);
      for (const index of cut.dropped) dropped.add(index);
      week ||= cut.week;
      evenThen ||= cut.evenThen;
    }
    const cuts: StatusCut[] = week ? [{ kind: 'week', locationIndex, evenThen }] : [];
    for (const exceptionIndex of [...dropped].sort((a, b) => a - b))
      cuts.push({ kind: 'change', locationIndex, exceptionIndex });
    return cuts;
  });
}

/**
 * "Buurtpunt Bijloke, uitzondering van 2026-12-10 (Extra opening: kerstmarkt met de buren van Hof
 * ten Rode en …), opmerking: op een klein scherm past deze afwijking niet in het blok van het
 * buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". Maak de
 * opmerking korter." and "Buurtpunt Bijloke, openingsuren: op een klein scherm past de weektabel
 * niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet (wel of het nu open
 * is). …"
 */
export function statusLengthWarnings(c: Content, now: number): string[] {
  return statusCuts(c, now).map((cut) => {
    const at = `locations[${cut.locationIndex}]`;
    if (cut.kind === 'week') {
      const place = capitalize(placeOf(`${at}.hours`, c) ?? 'de openingsuren van een buurtpunt');
      const more = cut.evenThen
        ? ', en zelfs zonder weektabel valt er onderaan een deel van het blok weg'
        : '';
      return `${place}: op een klein scherm past de weektabel niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet (wel of het nu open is)${more}. Gebruik minder blokken per dag, of maak de naam, het adres of de opmerkingen korter.`;
    }
    const exception = `${at}.exceptions[${cut.exceptionIndex}]`;
    const noted = c.locations[cut.locationIndex]?.exceptions[cut.exceptionIndex]?.note !== undefined;
    const place = capitalize(placeOf(noted ? `${exception}.note` : exception, c) ?? 'een uitzondering');
    const advice = noted
      ? 'Maak de opmerking korter.'
      : 'Maak de naam, het adres of de andere opmerkingen van het buurtpunt korter.';
    return `${place}: op een klein scherm past deze afwijking niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". ${advice}`;
  });
}
