/** Builds fake USB sticks in temporary folders: a mount root holding <LABEL>/buurtkiosk/content.json. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentInput } from '../../core/content/schema';

const dataDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'data');

/** The sample content.json as a mutable object. */
export function sampleStickContent(): ContentInput {
  return JSON.parse(readFileSync(path.join(dataDir, 'content.json'), 'utf8')) as ContentInput;
}

const DAY_MS = 86_400_000;

/**
 * The sample with its activities and announcements moved by whole days so that its first activity
 * falls on the day after `now` (a UTC day: between midnight and 01:00 or 02:00 Brussels time, still
 * later than `now`): nothing in it is over, and no buurtpunt closes, whatever day the tests run. The sample itself
 * ages (its activities end in January 2027), and a test that counts them must not age with it.
 */
export function upcomingSampleContent(now = Date.now()): ContentInput {
  const content = sampleStickContent();
  const activities = content.activities ?? [];
  const first = Math.min(...activities.map((a) => dayNumber(a.start)));
  const days = dayNumber(new Date(now + DAY_MS).toISOString()) - first;
  const move = (text: string) =>
    `${new Date((dayNumber(text) + days) * DAY_MS).toISOString().slice(0, 10)}${text.slice(10)}`;
  content.activities = activities.map((a) => ({ ...a, start: move(a.start), end: move(a.end) }));
  // Moved activities could land in the sample's Christmas closure or on a public holiday, and the
  // import would then add a "Let op" line on some run dates only: the buurtpunten stay open here.
  content.locations = (content.locations ?? []).map((l) => ({
    ...l,
    exceptions: [],
    publicHolidays: 'open',
  }));
  content.announcements = (content.announcements ?? []).map((a) => ({
    ...a,
    ...(a.visibleFrom !== undefined ? { visibleFrom: move(a.visibleFrom) } : {}),
    ...(a.visibleUntil !== undefined ? { visibleUntil: move(a.visibleUntil) } : {}),
  }));
  return content;
}

/** Days since 1970 of the calendar date a "YYYY-MM-DD…" text starts with. */
function dayNumber(text: string): number {
  return Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

/** The sample's real PNG, for sticks that need an image. */
export const SAMPLE_PNG = readFileSync(path.join(dataDir, 'images', 'koffie.png'));

/** A fresh temporary folder and a way to remove it. */
export function tempFolder(prefix = 'buurtkiosk-usb-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  // A kiosk in the folder must be stopped first, and its stop() awaited: the import log is written
  // after the notice a test waits for, and a write that lands while the folder goes makes rmdir fail
  // (ENOTEMPTY, seen in CI). Node's retries only repeat the rmdir, so they cannot cover that.
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface StickOptions {
  /** content.json as an object or exact text; default the sample. */
  content?: ContentInput | string;
  /** Extra or replacement files inside buurtkiosk/, by relative path. Default: the sample images. */
  files?: Record<string, string | Uint8Array>;
  /** Leave out the sample images. */
  noSampleImages?: boolean;
}

/** Writes a stick folder anywhere (not yet "mounted"); returns its buurtkiosk/ folder. */
export function writeStickFolder(stickRoot: string, options: StickOptions = {}): string {
  const folder = path.join(stickRoot, 'buurtkiosk');
  mkdirSync(folder, { recursive: true });
  if (!options.noSampleImages)
    cpSync(path.join(dataDir, 'images'), path.join(folder, 'images'), { recursive: true });
  const content = options.content ?? sampleStickContent();
  writeFileSync(
    path.join(folder, 'content.json'),
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
  for (const [rel, data] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
    writeFileSync(path.join(folder, rel), data);
  }
  return folder;
}

/**
 * "Plugs in" a stick: builds it elsewhere, then renames it into `mountRoot/<label>` in one step,
 * as a mount appears. Returns the buurtkiosk/ folder and an unplug function.
 */
export function plugStick(
  mountRoot: string,
  label: string,
  options: StickOptions = {},
): { folder: string; mount: string; unplug(): void } {
  const building = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-stick-build-'));
  writeStickFolder(building, options);
  const mount = path.join(mountRoot, label);
  renameSync(building, mount);
  return {
    folder: path.join(mount, 'buurtkiosk'),
    mount,
    unplug: () => rmSync(mount, { recursive: true, force: true }),
  };
}
