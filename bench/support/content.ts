/** Content for the bench: the sample data, daily variations of it and a large generated content. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentInput } from '../../core/content/schema';
import { validateContentText } from '../../core/content/validate';
import type { ContentBundle } from '../../main/content/load-content';
import { sampleContentDir } from '../../main/paths';

/** The sample content.json as a mutable object. */
export function readSampleInput(): ContentInput {
  return JSON.parse(readFileSync(path.join(sampleContentDir, 'content.json'), 'utf8')) as ContentInput;
}

/** Validates like an import does and wraps the result as the kiosk state holds it. */
export function toBundle(input: ContentInput, source: string): ContentBundle {
  const text = JSON.stringify(input, null, 2);
  const result = validateContentText(text);
  if (!result.ok) throw new Error(`bench content is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { content: result.content, version, dir: sampleContentDir, source };
}

/** Writes `input` and the sample images into a fresh temporary folder. */
export function writeContentFolder(input: ContentInput): { dir: string; text: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-bench-'));
  cpSync(path.join(sampleContentDir, 'images'), path.join(dir, 'images'), { recursive: true });
  const text = JSON.stringify(input, null, 2);
  writeFileSync(path.join(dir, 'content.json'), text);
  return { dir, text, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const LOCAL = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DDTHH:MM` on the Brussels wall clock at `instant`. */
export function brusselsDateTime(instant: number): string {
  return LOCAL.format(instant).replace(' ', 'T');
}

/** `YYYY-MM-DD` in Brussels at `instant`. */
export function brusselsDate(instant: number): string {
  return brusselsDateTime(instant).slice(0, 10);
}

const DAY = 86_400_000;

/**
 * The content staff might send on day `day` of the soak (at `now`): the sample with a new title,
 * an activity later today and one tomorrow, and an announcement for today only. Same size every day,
 * so memory and DOM should stay flat.
 */
export function dailyUpdate(day: number, now: number): ContentInput {
  const input = readSampleInput();
  const today = brusselsDate(now);
  const tomorrow = brusselsDate(now + DAY);
  input.updated = today;
  input.title = `Buurtopbouwwerk Dendermonde (dag ${day})`;
  input.activities = [
    ...(input.activities ?? []),
    { title: `Dagactiviteit ${day}`, start: `${today}T15:00`, end: `${today}T16:00`, location: 'bijloke' },
    {
      title: `Activiteit van morgen ${day}`,
      start: `${tomorrow}T14:00`,
      end: `${tomorrow}T16:30`,
      place: 'Sociaal Huis',
    },
  ];
  input.announcements = [
    ...(input.announcements ?? []),
    {
      title: `Mededeling ${day}`,
      text: `Enkel vandaag (dag ${day}) te zien.`,
      visibleFrom: today,
      visibleUntil: today,
    },
  ];
  return input;
}

const WORDS =
  'buurt koffie babbel wandeling soep tuin fiets hulp smartphone printen buren kinderen markt spelletjes'.split(
    ' ',
  );
const PLACES = ['bijloke', 'hof-ten-rode', null] as const;

/**
 * A large, valid content: `activities` spread over the coming ~120 days from `now` and
 * `announcements` with visibility windows around now (some current, some future).
 */
export function largeContent(now: number, activities: number, announcements: number): ContentInput {
  const input = readSampleInput();
  input.activities = Array.from({ length: activities }, (_, i) => {
    const day = now + (Math.floor(i / 8) + 1) * DAY;
    const date = brusselsDate(day);
    const hour = 9 + (i % 8);
    const place = PLACES[i % 3];
    const text = Array.from({ length: 20 + (i % 40) }, (_, w) => WORDS[(i + w) % WORDS.length]).join(' ');
    return {
      title: `Activiteit ${i + 1}: ${WORDS[i % WORDS.length]} en ${WORDS[(i * 7) % WORDS.length]}`,
      start: `${date}T${String(hour).padStart(2, '0')}:00`,
      end: `${date}T${String(hour).padStart(2, '0')}:45`,
      ...(place ? { location: place } : { place: 'Ontmoetingscentrum Dendermonde' }),
      description: `${text[0]!.toUpperCase()}${text.slice(1)}.`,
      ...(i % 10 === 0 ? { image: 'images/koffie.png' } : {}),
    };
  });
  input.announcements = Array.from({ length: announcements }, (_, i) => ({
    title: `Mededeling ${i + 1}`,
    text: `Mededeling nummer ${i + 1} voor alle buren: ${WORDS.slice(0, 8 + (i % 6)).join(', ')}.`,
    visibleFrom: brusselsDate(now + (i % 2 ? 5 : -3) * DAY),
    visibleUntil: brusselsDate(now + (i % 2 ? 20 : 10) * DAY),
  }));
  return input;
}
