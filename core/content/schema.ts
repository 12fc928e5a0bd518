/**
 * The content.json format: what staff put on the USB stick. Keys are English, text is Dutch.
 * Every field carries its own Dutch message so a staff member learns what to write, with an example.
 */
import { z } from 'zod';
import {
  DATE_PATTERN,
  END_TIME_PATTERN,
  LOCAL_DATE_TIME_PATTERN,
  TIME_PATTERN,
  isRealDate,
  isRealLocalDateTime,
} from '../time/local-formats';
import { isSkippedLocal, SPRING_CLOCK_JUMP_NL } from '../time/skipped-hour';
import { WEEKDAYS, type Weekday } from '../time/weekdays';
import { visibleWindow } from '../announcements/visible-window';
import { phoneNumberProblem } from '../contacts/belgian-phone';
import { IMAGE_PATH, imagePathMessage } from './image-path';
import type { PathStep } from './problem';
import { pathsOfTexts } from './text-paths';

export const LIMITS = {
  shortText: 120,
  longText: 2000,
  locations: 20,
  activities: 2000,
  announcements: 100,
  contacts: 50,
  services: 30,
  intervalsPerDay: 6,
  exceptions: 200,
} as const;

export { WEEKDAYS, type Weekday };

/** Absent field: "ontbreekt"; present with the wrong type: the hint, with an example. */
const typeError =
  (hint: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'ontbreekt (dit veld is verplicht)' : hint;

/** Text that is trimmed before its length counts; `trimmed` tells the JSON Schema export so. */
const text = (max: number) =>
  z
    .string({ error: typeError('moet tekst zijn tussen aanhalingstekens') })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: `te lang: hoogstens ${max} tekens` })
    .meta({ trimmed: true });

/**
 * `patterns` (anchored) with spaces allowed around the value, a no-break space too: "09:00 " looks
 * right, so it is taken as "09:00". Each format trims right after this check, so the screen gets the
 * trimmed value; the JSON Schema export shows this pattern, so it accepts what the kiosk accepts.
 */
function spaced(...patterns: RegExp[]): RegExp {
  const inner = patterns.map((p) => p.source.replace(/^\^/, '').replace(/\$$/, ''));
  return new RegExp(`^\\s*(?:${inner.join('|')})\\s*$`);
}

const shortText = () => text(LIMITS.shortText);
const longText = () => text(LIMITS.longText);

const id = () =>
  z
    .string({ error: typeError('moet tekst zijn, bv. "bijloke"') })
    // Not trimmed: an id is a name other fields refer to; say what is wrong instead of "kleine letters".
    .refine((v) => v.trim() === v, {
      error: 'er staat een spatie voor of achter: haal die weg',
      abort: true,
    })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'alleen kleine letters, cijfers en streepjes, bv. "hof-ten-rode"',
    })
    .max(40, { error: 'te lang: hoogstens 40 tekens' });

const date = () =>
  z
    .string({ error: typeError('moet een datum zijn, bv. "2026-12-03"') })
    .regex(spaced(DATE_PATTERN), { error: 'geen geldige datum, verwacht bv. 2026-12-03', abort: true })
    .trim()
    .refine(isRealDate, {
      error: 'geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-03',
      abort: true,
    });

const time = () =>
  z
    .string({ error: typeError('moet een uur zijn, bv. "09:00"') })
    .regex(spaced(TIME_PATTERN), { error: 'geen geldig uur, verwacht bv. 09:00' })
    .trim();

const endTime = () =>
  z
    .string({ error: typeError('moet een uur zijn, bv. "12:00"') })
    .regex(spaced(END_TIME_PATTERN), {
      error: 'geen geldig uur, verwacht bv. 12:00 (of 24:00 voor middernacht)',
    })
    .trim();

const localDateTime = () =>
  z
    .string({ error: typeError('moet een datum met uur zijn, bv. "2026-12-03T14:00"') })
    .regex(spaced(LOCAL_DATE_TIME_PATTERN), {
      error: 'geen geldige datum, verwacht bv. 2026-12-03T14:00',
      abort: true,
    })
    .trim()
    .refine(isRealLocalDateTime, {
      error: 'geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-03T14:00',
      abort: true,
    });

/** A day (whole day) or a moment; used for when announcements show. */
const dateOrDateTime = () =>
  z
    .string({ error: typeError('moet een datum zijn, bv. "2026-12-01" of "2026-12-01T09:00"') })
    .regex(spaced(DATE_PATTERN, LOCAL_DATE_TIME_PATTERN), {
      error: 'geen geldige datum, verwacht bv. 2026-12-01 of 2026-12-01T09:00',
      abort: true,
    })
    .trim()
    .refine((v) => isRealDate(v) || isRealLocalDateTime(v), {
      error: 'geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-01 of 2026-12-01T09:00',
      abort: true,
    });

const httpsUrl = () =>
  z
    .string({ error: typeError('moet een link zijn, bv. "https://www.facebook.com/…"') })
    .max(500, { error: 'te lang: hoogstens 500 tekens' })
    // Each way a link goes wrong gets its own message; the pattern below is what JSON Schema shows.
    .refine((v) => v.trimStart().slice(0, 8).toLowerCase() === 'https://', {
      error: 'alleen links die beginnen met https:// zijn toegestaan',
      abort: true,
    })
    .trim()
    .refine((v) => v.length > 'https://'.length, {
      error: 'er ontbreekt een adres na https://, bv. https://www.facebook.com/…',
      abort: true,
    })
    .refine((v) => !/\s/.test(v), { error: 'een link mag geen spaties bevatten', abort: true })
    // Letter cases spelled out rather than a /i flag: JSON Schema patterns have no flags.
    .regex(spaced(/^[hH][tT][tT][pP][sS]:\/\/[^\s/$.?#][^\s]*$/), {
      error: 'geen geldige link, verwacht bv. https://www.facebook.com/…',
      abort: true,
    })
    .refine(
      (v) => {
        try {
          return new URL(v).protocol === 'https:';
        } catch {
          return false;
        }
      },
      { error: 'geen geldige link, verwacht bv. https://www.facebook.com/…' },
    );

/** Image path inside the content folder, e.g. "images/koffie.jpg". Checked again on disk at import. */
const imagePath = () =>
  z
    .string({ error: typeError('moet een bestandsnaam zijn, bv. "images/koffie.jpg"') })
    .max(200, { error: 'te lang: hoogstens 200 tekens' })
    // A name wrong only by a character ("koffie (2).png", "café.png") is told which one.
    .regex(IMAGE_PATH, { error: (issue) => imagePathMessage(issue.input) });

const phone = () =>
  z
    .string({ error: typeError('moet een telefoonnummer zijn, bv. "0473 52 99 03"') })
    .regex(spaced(/^\+?[0-9][0-9 ./-]{7,18}[0-9]$/), {
      error: 'geen geldig telefoonnummer, verwacht bv. 0473 52 99 03 of +32 473 52 99 03',
      abort: true,
    })
    .trim();

const email = () =>
  z
    .string({ error: typeError('moet een e-mailadres zijn, bv. "naam@groepintro.be"') })
    .max(200, { error: 'te lang: hoogstens 200 tekens' })
    .regex(spaced(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/), {
      error: 'geen geldig e-mailadres, verwacht bv. naam@groepintro.be',
    })
    .trim();

/** An opening block; `until` before `from` runs past midnight, equal times would be an empty block. */
export const intervalSchema = z
  .strictObject({
    from: time(),
    until: endTime(),
  })
  .superRefine((interval, ctx) => {
    if (interval.from === interval.until) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `is gelijk aan het beginuur (${interval.from}): geef het uur waarop het buurtpunt sluit`,
      });
    }
  });

const dayHours = () =>
  z
    .array(intervalSchema, {
      error: typeError('moet een lijst van uren zijn, bv. [{"from": "09:00", "until": "12:00"}]'),
    })
    .max(LIMITS.intervalsPerDay, { error: `hoogstens ${LIMITS.intervalsPerDay} blokken per dag` });

export const weeklyHoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours().optional()])) as Record<
    Weekday,
    z.ZodOptional<ReturnType<typeof dayHours>>
  >,
);

/**
 * A dated exception: from `from` to `to` (inclusive, `to` defaults to `from`) the buurtpunt is either
 * closed (`closed: true`) or open at `hours` instead of its weekly hours (extra or changed opening).
 */
export const exceptionSchema = z
  .strictObject({
    from: date(),
    to: date().optional(),
    closed: z.literal(true, { error: typeError('moet true zijn (of laat weg en geef "hours")') }).optional(),
    hours: dayHours().optional(),
    note: shortText().optional(),
  })
  .superRefine((ex, ctx) => {
    if (ex.closed && ex.hours) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message: 'kies "closed": true óf "hours", niet allebei',
      });
    } else if (!ex.closed && (!ex.hours || ex.hours.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['closed'],
        message: 'zeg wat er gebeurt: "closed": true, of "hours" met de uren van die dag',
      });
    }
    if (ex.to !== undefined && ex.to < ex.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `ligt vóór "from" (${ex.from})` });
    }
  });

/** The buurt's Facebook page: a link (shown as a QR code), or a note such as "nog in opbouw". */
const facebookSchema = z
  .strictObject({ url: httpsUrl().optional(), note: shortText().optional() })
  .superRefine((f, ctx) => {
    if ((f.url === undefined) === (f.note === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'geef "url" (https://www.facebook.com/…) óf "note" (bv. "nog in opbouw")',
      });
    }
  });

export const locationSchema = z.strictObject({
  id: id(),
  name: shortText(),
  buurt: shortText(),
  address: z.strictObject({
    street: shortText(),
    postalCode: z
      .string({ error: typeError('moet een postcode zijn, bv. "9200"') })
      .regex(spaced(/^\d{4}$/), { error: 'verwacht een postcode van 4 cijfers, bv. 9200' })
      .trim(),
    city: shortText(),
  }),
  hours: weeklyHoursSchema,
  exceptions: z
    .array(exceptionSchema)
    .max(LIMITS.exceptions, { error: `hoogstens ${LIMITS.exceptions} uitzonderingen` })
    .default([]),
  /** Closed on Belgian public holidays unless set to "open". */
  publicHolidays: z
    .enum(['closed', 'open'], { error: typeError('verwacht "closed" of "open"') })
    .default('closed'),
  facebook: facebookSchema.optional(),
});

export const serviceSchema = z.strictObject({
  title: shortText(),
  description: longText().optional(),
});

export const activitySchema = z
  .strictObject({
    title: shortText(),
    start: localDateTime(),
    end: localDateTime(),
    location: id().optional(),
    place: shortText().optional(),
    description: longText().optional(),
    image: imagePath().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.end <= a.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `moet na het begin (${a.start}) liggen` });
    }
    if (a.location === undefined && a.place === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'zeg waar: "location" (een buurtpunt, bv. "bijloke") of "place" (vrije tekst)',
      });
    }
  });

export const contactSchema = z.strictObject({
  name: shortText(),
  role: shortText(),
  phone: phone(),
  email: email(),
});

export const organisationSchema = z.strictObject({
  name: shortText(),
  email: email(),
  phone: phone(),
  description: longText().optional(),
});

export const aboutSchema = z.strictObject({
  title: shortText(),
  intro: longText(),
  aims: z
    .array(z.strictObject({ title: shortText(), text: longText() }))
    .min(1, { error: 'geef minstens één doelstelling' })
    .max(10, { error: 'hoogstens 10 doelstellingen' }),
  participation: longText().optional(),
  buurten: z
    .array(shortText())
    .max(20, { error: typeError('hoogstens 20 buurten') })
    .default([]),
});

const idSchema = id();

/** True for an id that passes its own format (a wrong one already has its message there). */
function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

/**
 * Why an announcement would never show: its window, measured as the screen measures it
 * (visible-window.ts), ends before or as it begins. Undefined when it shows at some moment.
 */
function emptyWindowMessage(from: string | undefined, until: string | undefined): string | undefined {
  const isMoment = (v: string | undefined): v is string =>
    v !== undefined && (isRealDate(v) || isRealLocalDateTime(v));
  if (!isMoment(from) || !isMoment(until)) return undefined;
  const span = visibleWindow({ visibleFrom: from, visibleUntil: until });
  if (span.from === null || span.until === null || span.until > span.from) return undefined;
  // A whole last day that ends as the first moment begins still lies before it.
  if (span.until < span.from || isRealDate(until)) return `ligt vóór "visibleFrom" (${from})`;
  // Two different times in the hour the spring clock change skips are both 3:00 on the screen.
  if (from !== until && (isSkippedLocal(from) || isSkippedLocal(until))) {
    return `valt samen met "visibleFrom" (${from}): ${SPRING_CLOCK_JUMP_NL}, dus beide worden 3:00 en de mededeling zou geen moment zichtbaar zijn`;
  }
  // "2026-12-10T00:00" is the start of that day; a date alone shows the whole of it.
  const day = until.slice(0, 10);
  const wholeDay = until.endsWith('T00:00') ? `; schrijf "${day}" om ze die hele dag te tonen` : '';
  return `valt samen met "visibleFrom" (${from}): de mededeling zou geen moment zichtbaar zijn${wholeDay}`;
}

export const announcementSchema = z
  .strictObject({
    title: shortText(),
    text: longText(),
    visibleFrom: dateOrDateTime().optional(),
    visibleUntil: dateOrDateTime().optional(),
    image: imagePath().optional(),
  })
  .superRefine((a, ctx) => {
    const message = emptyWindowMessage(a.visibleFrom, a.visibleUntil);
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['visibleUntil'], message });
  });

/**
 * content.json as a kiosk that stored it under an earlier release reads it back: the rules below
 * without those added since (`contentSchema` adds them). A version once accepted must not turn into
 * an older one or the sample at the next start because a new rule refuses it.
 */
export const storedContentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** The day staff last edited this content; a clock before it is clearly wrong. */
    updated: date(),
    title: shortText().optional(),
    locations: z
      .array(locationSchema)
      .min(1, { error: 'geef minstens één buurtpunt' })
      .max(LIMITS.locations, { error: `hoogstens ${LIMITS.locations} buurtpunten` }),
    services: z
      .array(serviceSchema)
      .max(LIMITS.services, { error: `hoogstens ${LIMITS.services} items` })
      .default([]),
    activities: z
      .array(activitySchema)
      .max(LIMITS.activities, { error: `hoogstens ${LIMITS.activities} activiteiten` })
      .default([]),
    contacts: z
      .array(contactSchema)
      .max(LIMITS.contacts, { error: `hoogstens ${LIMITS.contacts} contactpersonen` })
      .default([]),
    organisation: organisationSchema,
    about: aboutSchema,
    announcements: z
      .array(announcementSchema)
      .max(LIMITS.announcements, { error: `hoogstens ${LIMITS.announcements} mededelingen` })
      .default([]),
  })
  .superRefine((c, ctx) => {
    // Only well-formed ids count: a broken one already has its own message.
    const ids = new Set<string>();
    let brokenId = false;
    c.locations.forEach((l, i) => {
      if (!isId(l.id)) {
        brokenId = true;
        return;
      }
      if (ids.has(l.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locations', i, 'id'],
          message: `"${l.id}" komt twee keer voor`,
        });
      }
      ids.add(l.id);
    });
    // While an id is being fixed ("Bijloke" for "bijloke"), activities may well refer to it.
    if (brokenId) return;
    c.activities.forEach((a, i) => {
      if (a.location !== undefined && isId(a.location) && !ids.has(a.location)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'location'],
          message: `onbekend buurtpunt "${a.location}"; bekend zijn: ${[...ids].join(', ')}`,
        });
      }
    });
  });

/**
 * Text that shows as nothing: zero-width spaces and joiners (pasted from a web page), combining marks
 * with no letter to sit on (a lone accent, a variation selector), and the characters fonts draw as
 * blank (the Braille blank, the Hangul fillers), perhaps with spaces. Plain spaces alone are not
 * looked at here: a text field trims them and says "leeg".
 */
const BLANK = String.raw`\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800`;
const INVISIBLE_ONLY = new RegExp(`^[\\s${BLANK}]*[${BLANK}][\\s${BLANK}]*$`, 'u');

/** Every text in `value` that shows as nothing, with its path; `$schema` is for editors, not shown. */
function invisibleTexts(value: unknown): PathStep[][] {
  return pathsOfTexts(value, (text) => INVISIBLE_ONLY.test(text)).filter((path) => path[0] !== '$schema');
}

/**
 * Rules added after content could already be stored (3 December 2026): a Belgian phone number with a
 * digit too few or too many, which would ring nowhere and end up wrong in the contact's QR code; a
 * text of invisible characters only, which the screen shows as an empty title or name.
 */
function rulesAddedSince(c: z.output<typeof storedContentSchema>, ctx: z.RefinementCtx): void {
  for (const path of invisibleTexts(c)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'mag niet leeg zijn (er staan alleen onzichtbare tekens in)',
    });
  }
  const phones: { path: (string | number)[]; phone: string }[] = [
    ...c.contacts.map((contact, i) => ({ path: ['contacts', i, 'phone'], phone: contact.phone })),
    { path: ['organisation', 'phone'], phone: c.organisation.phone },
  ];
  for (const { path, phone } of phones) {
    const message = phoneNumberProblem(phone);
    if (message !== undefined) ctx.addIssue({ code: 'custom', path, message, input: phone });
  }
}

/** content.json as staff write it: every rule, for anything imported, validated or edited. */
export const contentSchema = storedContentSchema.superRefine(rulesAddedSince);

export type Content = z.output<typeof contentSchema>;
export type ContentInput = z.input<typeof contentSchema>;
export type Location = Content['locations'][number];
export type Interval = z.output<typeof intervalSchema>;
export type WeeklyHours = Location['hours'];
export type OpeningException = Location['exceptions'][number];
export type Activity = Content['activities'][number];
export type Announcement = Content['announcements'][number];
export type Contact = Content['contacts'][number];
export type Organisation = Content['organisation'];
export type Service = Content['services'][number];
export type About = Content['about'];
