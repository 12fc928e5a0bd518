/** What "Opslaan" writes, and the checks the schema cannot make on its own (images in the folder). */
import { formatPath, type Problem } from '../content/problem';
import type { Content } from '../content/schema';
import { imageRefs } from '../import/image-refs';
import { imageVerdict, type ImageFacts } from '../import/image-verdict';
import { ownFileVerdict } from '../import/own-files';
import type { Draft } from './read-draft';

/** content.json as the editor writes it: the validated content, two-space indented, today's date. */
export function contentFileText(content: Content, today: string): string {
  return `${JSON.stringify({ ...content, updated: today }, null, 2)}\n`;
}

/**
 * A problem for each image the draft names that the importer would refuse, in the importer's own
 * words (missing in the folder, not a real image, too big). `facts` is what the editor knows of a
 * file (undefined: still being read); places that already have a problem are skipped, as the
 * importer does, so a bad file name is reported once.
 */
export function imageProblems(
  draft: Draft,
  facts: (file: string) => ImageFacts | undefined,
  alreadyReported: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const ref of imageRefs(draft)) {
    const path = formatPath(ref.steps);
    if (alreadyReported.has(path)) continue;
    const known = facts(ref.file);
    // A folder named like a file of the kiosk's own is wrong whatever the file is.
    const message = known === undefined ? ownFileVerdict(ref.file) : imageVerdict(ref.file, known, 'folder');
    if (message !== null) problems.push({ path, message });
  }
  return problems;
}
