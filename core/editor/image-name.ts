/** File names and sizes for photos staff add: safe on every stick's file system, and not too big. */

/** Longest side, in pixels, of an image saved by the editor (a 1920×1080 screen needs no more). */
export const MAX_IMAGE_SIDE = 1920;

/** Scales (width, height) down to fit MAX_IMAGE_SIDE on the long side; never scales up. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_IMAGE_SIDE,
): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * "Kerstmarkt 2026 (1).HEIC" with extension "jpg" becomes "kerstmarkt-2026-1.jpg": lower case, no
 * accents or spaces, at most 40 characters, and numbered ("-2", "-3") when the name is taken.
 */
export function safeImageName(original: string, extension: string, taken: ReadonlySet<string>): string {
  const stem =
    original
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || 'foto';
  const lowerTaken = new Set([...taken].map((n) => n.toLowerCase()));
  let name = `${stem}.${extension}`;
  for (let n = 2; lowerTaken.has(name); n++) name = `${stem}-${n}.${extension}`;
  return name;
}
