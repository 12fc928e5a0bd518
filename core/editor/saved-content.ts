/** What "Opslaan" writes, and the checks the schema cannot make on its own (images in the folder). */
import { UNREADABLE_TEXT_MESSAGE } from '../content/json-syntax-messages';
import { formatPath, type Problem } from '../content/problem';
import { pathsOfTexts } from '../content/text-paths';
import type { Content } from '../content/schema';
import { imageRefs } from '../import/image-refs';
import { imageVerdict, totalSizeVerdict, type ImageFacts } from '../import/image-verdict';
import { ownFileVerdict } from '../import/own-files';
import type { Draft } from './read-draft';

/** content.json as the editor writes it: the validated content, two-space indented, today's date. */
export function contentFileText(content: Content, today: string): string {
  return `${JSON.stringify({ ...content, updated: today }, null, 2)}\n`;
}

/**
 * A problem for each image the draft names that the importer would refuse, in the importer's own
 * words (missing in the folder, not a real image, too big), and one for the file when the usable ones
 * together are over the importer's cap. `facts` is what the editor knows of a file (undefined: still
 * being read); places that already have a problem are skipped, as the importer does, so a bad file
 * name is reported once.
 */
export function imageProblems(
  draft: Draft,
  facts: (file: string) => ImageFacts | undefined,
  alreadyReported: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  // Each usable file once, by name, as the importer adds up what it would copy (check-images.ts).
  const usable = new Map<string, number>();
  for (const ref of imageRefs(draft)) {
    const path = formatPath(ref.steps);
    if (alreadyReported.has(path)) continue;
    const known = facts(ref.file);
    // A folder named like a file of the kiosk's own is wrong whatever the file is.
    const message = known === undefined ? ownFileVerdict(ref.file) : imageVerdict(ref.file, known, 'folder');
    if (message !== null) problems.push({ path, message });
    else if (known?.kind === 'file') usable.set(ref.file, known.size);
  }
  // Twenty-one phone photos of nearly 10 MB each: each one fine, together refused by every import.
  const tooBig = totalSizeVerdict([...usable.values()].reduce((sum, size) => sum + size, 0));
  if (tooBig !== null) problems.push({ path: '', message: tooBig });
  return problems;
}

/**
 * A problem at each text of the draft that holds U+FFFD, in the importer's words (the form rewords
 * them, plain-message.ts). The importer's reader refuses such a text (bytes that were not UTF-8); the
 * schema cannot see it, so an "ANSI" file opened here, or a pasted "Caf�", was saved, in UTF-8 now,
 * and refused by every import.
 */
export function unreadableTexts(draft: Draft): Problem[] {
  return pathsOfTexts(draft, (text) => text.includes('\ufffd')).map((steps) => ({
    path: formatPath(steps),
    message: UNREADABLE_TEXT_MESSAGE,
  }));
}
