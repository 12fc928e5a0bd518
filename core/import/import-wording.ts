/**
 * What staff read after an import, on screen (a StaffNotice) and in verslag.txt on the stick:
 * plain Dutch, the count first, then the problems with their place in content.json.
 */
import type { StaffNotice } from '../api';
import { describeProblem, isInContentFile, type Problem } from '../content/problem';
import { dutchNumber, problemCount } from '../content/problem-cap';
import { placeOf } from '../content/place';
import type { Content } from '../content/schema';
import { WEEKDAY_NAMES_NL, capitalize, formatClockTime, formatTimeRange } from '../time/dutch-words';
import { formatDateTimeNl, formatLongDate } from '../time/dutch-dates';
import { addDays, localDateOf, weekdayOf } from '../time/local-time';
import { aboutLengthWarnings } from './about-length';
import { FITS_WITH_IMAGE, longAnnouncements } from './announcement-length';
import { manyLineAnnouncementWarnings } from './announcement-lines';
import { activitiesOnClosedDays } from './closed-days';
import { longNightBlocks } from './long-night-blocks';
import { contactCodeWarnings } from './contact-code-size';
import { longFacebookLinkWarnings, longFacebookNameWarnings } from './facebook-link-length';
import { longServices } from './service-length';
import { statusLengthWarnings } from './status-length';
import { tallHoursPageWarnings } from './hours-page-length';
import { hiddenExceptionWarnings } from './hidden-exceptions';
import { skippedHourTimes, type SkippedHourItem } from './skipped-hour';
import { SPRING_CLOCK_JUMP_NL } from '../time/skipped-hour';
import type { Medium } from './image-verdict';
import { countPast } from './past-content';

/** The import reports' date and time; in core/time so the staff page can use it without the warnings. */
export { formatDateTimeNl };

/** The result of an import as far as staff are concerned. */
export type ImportReportInput =
  | { kind: 'imported'; content: Content }
  | { kind: 'unchanged'; content: Content }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'removed' }
  | { kind: 'failed'; message: string };

/** Problems shown on screen; the rest are in verslag.txt. */
export const NOTICE_PROBLEMS = 3;

/** Where the report is on the stick, as staff see it. */
export const REPORT_PATH = 'buurtkiosk/verslag.txt';

/** "1 fout", "3 fouten", "150.000 fouten". */
export function count(n: number, one: string, many: string): string {
  return `${dutchNumber(n)} ${n === 1 ? one : many}`;
}

/**
 * "2 buurtpunten, 12 activiteiten (9 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen" at
 * `now` (epoch ms): what the screen will not show is named, so a wrong year does not read as fine.
 */
export function contentSummary(c: Content, now: number): string {
  const past = countPast(c, now);
  return [
    count(c.locations.length, 'buurtpunt', 'buurtpunten'),
    count(c.activities.length, 'activiteit', 'activiteiten') + aside(past.pastActivities, 'al voorbij'),
    count(c.announcements.length, 'mededeling', 'mededelingen') +
      aside(past.expiredAnnouncements, 'verlopen'),
    count(c.contacts.length, 'contactpersoon', 'contactpersonen'),
  ].join(', ');
}

/** " (9 al voorbij)", or nothing when none is. */
function aside(n: number, words: string): string {
  return n > 0 ? ` (${n} ${words})` : '';
}

/** "3 komende activiteiten", "geen komende activiteiten": what the screen has to show at `now`. */
function comingActivitiesWords(c: Content, now: number): string {
  const { comingActivities: n } = countPast(c, now);
  return n === 0 ? 'geen komende activiteiten' : count(n, 'komende activiteit', 'komende activiteiten');
}

/**
 * What staff should look at in valid content at `now`, one "Let op:" line each: the screen will show
 * none of the activities or none of the announcements (most likely a wrong year), activities to
 * come at a buurtpunt on a day it is closed, the content is dated after today, an announcement's
 * text is too long for one slide or a service's description for a page of its own, an opening
 * block runs long past midnight, or an activity or an
 * exception's block has a time in the hour skipped in spring, or a buurt's Facebook link is not one. Empty when nothing needs a look; some
 * of them over is normal and only counted in the summary.
 */
export function contentWarnings(c: Content, now: number, ownLocation: string | null): string[] {
  return [
    ...ownLocationWarnings(c, ownLocation),
    ...updatedWarnings(c, now),
    ...pastContentWarnings(c, now),
    ...closedDayWarnings(c, now),
    ...hiddenExceptionWarnings(c, now),
    ...longAnnouncementWarnings(c),
    ...manyLineAnnouncementWarnings(c),
    ...longServiceWarnings(c),
    ...aboutLengthWarnings(c),
    ...statusLengthWarnings(c, now),
    ...tallHoursPageWarnings(c, now),
    ...longNightWarnings(c),
    ...skippedHourWarnings(c, now),
    ...notFacebookWarnings(c),
    ...longFacebookLinkWarnings(c),
    ...longFacebookNameWarnings(c),
    ...contactCodeWarnings(c),
  ];
}

/** Hosts of Facebook's pages and its short links: www., m., business. and the bare names alike. */
const FACEBOOK_HOST = /(^|\.)(facebook\.com|fb\.com|fb\.me)$/i;

/**
 * "Buurtpunt Bijloke, Facebook: https://www.instagram.com/… is geen link naar Facebook, maar het
 * scherm zet "Volg de buurt op Facebook" boven de QR-code. …" The schema only asks for https (a
 * page may move to another Facebook address); a link pasted from the wrong tab still deserves a look.
 */
function notFacebookWarnings(c: Content): string[] {
  return c.locations.flatMap((location, i) => {
    const url = location.facebook?.url;
    if (url === undefined || FACEBOOK_HOST.test(new URL(url).hostname)) return [];
    const place = placeOf(`locations[${i}].facebook.url`, c) ?? 'een Facebooklink';
    return [
      `${capitalize(place)}: ${url} is geen link naar Facebook, maar het scherm zet "Volg de buurt op Facebook" boven de QR-code. Is het de link van de Facebookpagina (https://www.facebook.com/…)?`,
    ];
  });
}

/**
 * "Activiteit "Nachtwandeling" begint om 2:30 in de nacht van zaterdag op zondag 28 maart 2027: die
 * nacht gaat de klok van 2:00 naar 3:00, dus 2:30 bestaat niet; op het scherm staat 3:00." For an
 * exception's block: "…; het buurtpunt opent dan om 3:00.", or "… sluit …", or a block wholly in that
 * hour: "…, dus die uren bestaan niet en dit blok valt weg."
 */
function skippedHourWarnings(c: Content, now: number): string[] {
  return skippedHourTimes(c, now).map((item) => {
    const fallback = item.kind === 'activity' ? 'een activiteit' : 'een blok openingsuren';
    const place = capitalize(placeOf(item.path, c) ?? fallback);
    const night = `in de nacht van ${WEEKDAY_NAMES_NL[weekdayOf(addDays(item.date, -1))]} op ${formatLongDate(item.date, null)}`;
    return item.kind === 'activity' ? activityInGap(place, night, item) : blockInGap(place, night, item);
  });
}

/** The warning for an activity whose start, end or both the clock skips. */
function activityInGap(name: string, night: string, { times }: SkippedHourItem): string {
  const written = times.map((t) => formatClockTime(t.written));
  const shown = times.map((t) => formatClockTime(t.shown));
  const [start, end] = times;
  if (end !== undefined) {
    return `${name} begint om ${written[0]} en eindigt om ${written[1]} ${night}: ${SPRING_CLOCK_JUMP_NL}, dus ${written[0]} en ${written[1]} bestaan niet; op het scherm staat ${shown[0]} – ${shown[1]} en ze duurt geen minuut.`;
  }
  const verb = start?.field === 'start' ? 'begint' : 'eindigt';
  return `${name} ${verb} om ${written[0]} ${night}: ${SPRING_CLOCK_JUMP_NL}, dus ${written[0]} bestaat niet; op het scherm staat ${shown[0]}.`;
}

/** The warning for an exception's block that opens, closes or lies wholly in the skipped hour. */
function blockInGap(place: string, night: string, { times, interval }: SkippedHourItem): string {
  if (times.length > 1 && interval !== undefined) {
    const hours = formatTimeRange(interval.from, interval.until);
    return `${place}: ${hours} ligt ${night}: ${SPRING_CLOCK_JUMP_NL}, dus die uren bestaan niet en dit blok valt weg.`;
  }
  const time = times[0];
  const verb = time?.field === 'from' ? 'opent' : 'sluit';
  const written = formatClockTime(time?.written ?? '');
  const shown = formatClockTime(time?.shown ?? '');
  return `${place}: ${verb} om ${written} ${night}: ${SPRING_CLOCK_JUMP_NL}, dus ${written} bestaat niet; het buurtpunt ${verb} dan om ${shown}.`;
}

/**
 * "Buurtpunt Bijloke, donderdag: 12:00 – 9:00 loopt over middernacht (21 uur open). Bedoel je
 * 9:00 – 12:00? Draai dan "from" en "until" om."
 */
function longNightWarnings(c: Content): string[] {
  return longNightBlocks(c).map(({ path, interval, duration }) => {
    const place = placeOf(path, c) ?? 'een blok openingsuren';
    const written = formatTimeRange(interval.from, interval.until);
    const meant = formatTimeRange(interval.until, interval.from);
    return `${capitalize(place)}: ${written} loopt over middernacht (${duration} open). Bedoel je ${meant}? Draai dan "from" en "until" om.`;
  });
}

/**
 * "Mededeling "…": de tekst is 1500 tekens lang; op een klein scherm passen er ongeveer 1000. Wat niet
 * past, valt weg: maak de tekst korter." A slide does not scroll, so the end would not be read.
 */
function longAnnouncementWarnings(c: Content): string[] {
  return longAnnouncements(c).map(({ index, length, fits }) => {
    const name = placeOf(`announcements[${index}]`, c) ?? 'een mededeling';
    const photo = fits === FITS_WITH_IMAGE ? ' naast de foto' : '';
    return `${capitalize(name)}: de tekst is ${length} tekens lang; op een klein scherm passen er${photo} ongeveer ${fits}. Wat niet past, valt weg: maak de tekst korter.`;
  });
}

/**
 * "Aanbod "Hulp bij papieren", beschrijving: de tekst is 2000 tekens lang; op een klein scherm passen
 * er ongeveer 1200. Wat niet past, valt weg: maak de tekst korter." The slide ends it with "…".
 */
function longServiceWarnings(c: Content): string[] {
  return longServices(c).map(({ index, length, fits }) => {
    const name = placeOf(`services[${index}].description`, c) ?? 'de beschrijving van een aanbod';
    return `${capitalize(name)}: de tekst is ${length} tekens lang; op een klein scherm passen er ongeveer ${fits}. Wat niet past, valt weg: maak de tekst korter.`;
  });
}

/**
 * The screen's own buurtpunt (`location` in its config.json) missing from the content, most likely
 * after its "id" was renamed: the screen then no longer shows it first and largest, and says nothing.
 */
function ownLocationWarnings(c: Content, ownLocation: string | null): string[] {
  if (ownLocation === null || c.locations.some((l) => l.id === ownLocation)) return [];
  const ids = c.locations.map((l) => `"${l.id}"`).join(', ');
  return [
    `Dit scherm hoort bij buurtpunt "${ownLocation}" (config.json), maar dat staat niet in content.json (daar staan ${ids}): het eigen buurtpunt komt dan niet eerst en het grootst. Kijk de "id" na.`,
  ];
}

/**
 * An `updated` day after today: a kiosk takes a clock before that day for a wrong one (a Pi without a
 * time server) and shows no time, no open or closed, and stays on all night until the day comes.
 */
function updatedWarnings(c: Content, now: number): string[] {
  if (c.updated <= localDateOf(now)) return [];
  return [
    `"updated" (${c.updated}) ligt na vandaag: tot dan toont het scherm geen uur en niet of het open of gesloten is. Zet de datum van vandaag.`,
  ];
}

/** At most this many activities on a closed day are named; the rest are counted. */
export const CLOSED_DAY_LINES = 3;

/**
 * "Activiteit "Nieuwjaarsdrink" op donderdag 31 december 2026 is in Buurtpunt Bijloke, dat die dag
 * gesloten is (kerstvakantie).", soonest first, then "… en nog 2 activiteiten in een buurtpunt op een
 * dag dat het gesloten is.". The year is always written: verslag.txt is read at some later day.
 */
function closedDayWarnings(c: Content, now: number): string[] {
  const found = activitiesOnClosedDays(c, now);
  const lines = found.slice(0, CLOSED_DAY_LINES).map(({ activityIndex, locationIndex, date, reason }) => {
    const activity = placeOf(`activities[${activityIndex}]`, c) ?? 'een activiteit';
    const location = placeOf(`locations[${locationIndex}]`, c) ?? 'een buurtpunt';
    const why = reason === undefined ? '' : ` (${reason})`;
    return `${capitalize(activity)} op ${formatLongDate(date, null)} is in ${location}, dat die dag gesloten is${why}.`;
  });
  const more = found.length - CLOSED_DAY_LINES;
  if (more > 0) {
    lines.push(
      `… en nog ${count(more, 'activiteit', 'activiteiten')} in een buurtpunt op een dag dat het gesloten is.`,
    );
  }
  return lines;
}

/** "Beide" for two, "Alle 12" for more: "Alle 2" is not how it is said. */
function allOf(n: number): string {
  return n === 2 ? 'Beide' : `Alle ${n}`;
}

/** The lines about a screen that will show none of the activities or none of the announcements. */
function pastContentWarnings(c: Content, now: number): string[] {
  const past = countPast(c, now);
  const activities = c.activities.length;
  const announcements = c.announcements.length;
  const warnings: string[] = [];
  if (activities > 0 && past.comingActivities === 0) {
    warnings.push(
      activities === 1
        ? 'De enige activiteit is al voorbij: kijk de datum na in content.json (het jaar?).'
        : `${allOf(activities)} activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).`,
    );
  }
  if (announcements > 0 && past.expiredAnnouncements === announcements) {
    warnings.push(
      announcements === 1
        ? 'De enige mededeling is verlopen: kijk visibleUntil na in content.json (het jaar?).'
        : `${allOf(announcements)} mededelingen zijn verlopen: kijk visibleUntil na in content.json (het jaar?).`,
    );
  }
  return warnings;
}

/** One problem for the public screen: its line and place in words, never a field path. */
function screenLine(p: Problem): string {
  return describeProblem(p.place === undefined ? { ...p, path: '' } : p);
}

/**
 * The warnings the green notice has room for: as many lines as the red one has for errors, the last
 * of them pointing to where the rest are (verslag.txt holds them all).
 */
function noticeWarnings(warnings: string[], reportWritten: boolean): string[] {
  if (warnings.length <= NOTICE_PROBLEMS) return warnings;
  const where = reportWritten
    ? 'zie verslag.txt in de map buurtkiosk op de stick'
    : 'controleer de inhoud met beheer.html of buurtkiosk validate';
  return [...warnings.slice(0, NOTICE_PROBLEMS - 1), `… en meer om na te kijken: ${where}.`];
}

/** The on-screen notice; null when nothing needs saying (identical content). */
export function importNotice(
  result: ImportReportInput,
  at: string,
  reportWritten: boolean,
  ownLocation: string | null,
): StaffNotice | null {
  switch (result.kind) {
    case 'unchanged':
      return null;
    case 'imported': {
      // Still 'import-ok' when everything is over: the content was accepted, it only needs a look.
      const now = Date.parse(at);
      return {
        kind: 'import-ok',
        title: `Nieuwe inhoud geladen (${comingActivitiesWords(result.content, now)})`,
        details: [
          contentSummary(result.content, now),
          ...noticeWarnings(contentWarnings(result.content, now, ownLocation), reportWritten),
        ],
        at,
        hint: 'Je mag de USB-stick nu uittrekken.',
      };
    }
    case 'refused': {
      const n = problemCount(result.problems);
      const shown = listed(result.problems).slice(0, NOTICE_PROBLEMS);
      const more = n - shown.length;
      return {
        kind: 'import-failed',
        title: `Inhoud van de USB-stick niet gebruikt: ${count(n, 'fout', 'fouten')}`,
        details: [
          ...shown.map(screenLine),
          ...(more > 0 ? [`… en nog ${count(more, 'fout', 'fouten')}`] : []),
        ],
        at,
        hint: reportWritten
          ? `${reportHolds(result.problems, n)} in verslag.txt in de map buurtkiosk op de stick.`
          : 'Er kon geen verslag op de stick geschreven worden (alleen-lezen?). Controleer de inhoud met beheer.html of buurtkiosk validate.',
      };
    }
    case 'removed':
      return {
        kind: 'import-failed',
        title: 'USB-stick te vroeg uitgetrokken',
        // A stick that stays in but cannot be read (a damaged file system) fails in the same way:
        // the kiosk cannot tell the two apart, so the second line is for whoever never pulled it.
        details: [
          'Steek de stick opnieuw in en laat hem zitten tot hier een melding verschijnt.',
          'Zat de stick er de hele tijd in, dan is hij misschien beschadigd: zet de map buurtkiosk opnieuw vanaf je computer op een andere stick.',
        ],
        at,
      };
    case 'failed':
      return {
        kind: 'import-failed',
        title: 'Nieuwe inhoud niet overgenomen',
        details: [result.message],
        at,
        hint: 'Probeer opnieuw; lukt het niet, vraag hulp aan wie de kiosk beheert.',
      };
  }
}

/** The problems listed one by one, without the line counting those left out (problem-cap.ts). */
function listed(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.leftOut === undefined);
}

/**
 * "De volledige lijst van 3 fouten staat", or for a file with more than are listed, "De eerste 200
 * van de 150.000 fouten staan": the notice must not promise a list the report does not hold.
 */
function reportHolds(problems: readonly Problem[], n: number): string {
  const inReport = listed(problems).length;
  return inReport === n
    ? `De volledige lijst van ${count(n, 'fout', 'fouten')} staat`
    : `De eerste ${dutchNumber(inReport)} van de ${count(n, 'fout', 'fouten')} staan`;
}

/** What to do once content.json is put right, by where it came from. */
const TRY_AGAIN: Readonly<Record<Medium, string>> = {
  stick: 'steek de stick opnieuw in',
  folder: 'lees de map opnieuw in',
  network: 'publiceer opnieuw',
};

/** The text of verslag.txt: time, source, result, and every problem with its line and place. */
export function importReport(
  result: ImportReportInput,
  at: string,
  source: string,
  medium: Medium,
  ownLocation: string | null,
): string {
  const head = [
    'Buurtkiosk: verslag van het inlezen',
    '',
    `Tijd:      ${formatDateTimeNl(at)}`,
    `Bron:      ${source}`,
  ];
  // Lists are joined, never spread into push(): a spread passes each item as an argument, and
  // 125,000 problems overflowed the stack. They are capped where they are made (problem-cap.ts).
  const lines = head.concat(resultLines(result, Date.parse(at), medium, ownLocation));
  return `${lines.join('\n')}\n`;
}

/** The report from its "Resultaat:" line on. */
function resultLines(
  result: ImportReportInput,
  now: number,
  medium: Medium,
  ownLocation: string | null,
): string[] {
  switch (result.kind) {
    case 'imported':
      return [
        'Resultaat: GELUKT, de nieuwe inhoud staat op het scherm.',
        ...contentLines(result.content, now, ownLocation),
      ];
    case 'unchanged':
      return [
        'Resultaat: niets veranderd, deze inhoud stond al op het scherm.',
        ...contentLines(result.content, now, ownLocation),
      ];
    case 'refused':
      return [
        `Resultaat: NIET GEBRUIKT, ${count(problemCount(result.problems), 'fout', 'fouten')}. De vorige inhoud blijft op het scherm.`,
        '',
        ...fixInstructions(result.problems, medium),
        '',
        // Numbered, but not the last line counting those left out: it is no problem of its own.
        ...result.problems.map((p, i) =>
          p.leftOut === undefined ? `${i + 1}. ${describeProblem(p)}` : describeProblem(p),
        ),
      ];
    case 'removed':
      return ['Resultaat: NIET GEBRUIKT, de stick werd uitgetrokken tijdens het lezen.'];
    case 'failed':
      return [`Resultaat: NIET GEBRUIKT, ${result.message}.`];
  }
}

/** The report's "Inhoud:" line and a "Let op:" line per warning, in its column layout. */
function contentLines(c: Content, now: number, ownLocation: string | null): string[] {
  return [
    `Inhoud:    ${contentSummary(c, now)}`,
    ...contentWarnings(c, now, ownLocation).map((warning) => `Let op:    ${warning}`),
  ];
}

/**
 * Where to put the listed problems right: content.json only when one of them is in it (not for a
 * signature file or a photo alone), and what "regel" means only when a problem has a line.
 */
function fixInstructions(problems: readonly Problem[], medium: Medium): string[] {
  const these = problems.length === 1 ? 'dit punt' : 'deze punten';
  const where = problems.some(isInContentFile) ? ' in content.json (of open beheer.html)' : '';
  return [
    `Verbeter ${these}${where} en ${TRY_AGAIN[medium]}.`,
    ...(problems.some((p) => p.line !== undefined)
      ? ['"regel" is het regelnummer in content.json; daarna staat waar het is en wat er fout is:']
      : []),
  ];
}

/** A signed stick (or folder) older than content the kiosk already accepted: an old copy. */
export function olderContentMessage(
  medium: 'stick' | 'folder' | 'network',
  signedAt: string,
  newest: string,
): string {
  return `deze ${medium === 'stick' ? 'stick' : medium === 'network' ? 'publicatie' : 'map'} is ouder dan wat op het scherm staat: ondertekend op ${formatDateTimeNl(signedAt)}, terwijl de kiosk al inhoud aanvaardde die ondertekend is op ${formatDateTimeNl(newest)}. Onderteken de nieuwste inhoud en gebruik die`;
}

/** A stick that stopped answering within its time limits. */
export const STALLED_MESSAGE =
  'de USB-stick antwoordt niet (defect of veel te traag); trek hem uit, de vorige inhoud blijft op het scherm';

/** What to do after a fault in the kiosk itself, by where the content came from. */
const AFTER_FAULT: Readonly<Record<Medium, string>> = {
  // The watcher reads a stick once per insertion, so putting it back is what tries again.
  stick:
    'de USB-stick kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Trek de stick uit en steek hem opnieuw in',
  folder:
    'de map kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Lees de map opnieuw in',
  network:
    'de publicatie kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Publiceer opnieuw',
};

/**
 * An import that threw: a fault in the kiosk's own program, not in the content, told as a failed
 * import. `committed`: it threw after the new content went on screen, so only the rest is missing.
 */
export function unexpectedFailureMessage(medium: Medium, committed = false): string {
  return committed
    ? 'de nieuwe inhoud staat op het scherm, maar door een onverwachte fout in de kiosk is het inlezen niet helemaal afgewerkt (geen verslag of melding)'
    : AFTER_FAULT[medium];
}
