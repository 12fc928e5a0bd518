/**
 * An announcement's text as the slide shows it: staff's line breaks kept (a greeting, a list, a
 * signature), but a run of empty lines shown as one, so empty lines cannot push the text off the
 * screen. Spaces and tabs the slide collapses itself (CSS `white-space: pre-line`).
 */

/** The lines of `text`, a run of empty (or blank) lines as one empty line. */
export function announcementLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const blank = line.trim() === '';
    if (blank && lines.length > 0 && lines.at(-1) === '') continue;
    lines.push(blank ? '' : line);
  }
  return lines;
}

/** `text` with its line breaks, a run of empty lines as one. */
export function announcementText(text: string): string {
  return announcementLines(text).join('\n');
}
