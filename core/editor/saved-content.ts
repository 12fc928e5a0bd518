/** What "Opslaan" writes, and the checks the schema cannot make on its own (images in the folder). */
import type { Problem } from '../content/problem';
import type { Content } from '../content/schema';
import type { Draft } from './read-draft';

/** content.json as the editor writes it: the validated content, two-space indented, today's date. */
export function contentFileText(content: Content, today: string): string {
  return `${JSON.stringify({ ...content, updated: today }, null, 2)}\n`;
}

/** Every image path the draft refers to, with where. */
export function imageReferences(draft: Draft): { path: string; image: string }[] {
  const refs: { path: string; image: string }[] = [];
  const collect = (list: unknown, name: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((item: unknown, i) => {
      const image = (item as { image?: unknown } | null)?.image;
      if (typeof image === 'string' && image !== '') refs.push({ path: `${name}[${i}].image`, image });
    });
  };
  collect(draft.activities, 'activities');
  collect(draft.announcements, 'announcements');
  return refs;
}

/** A problem for each image the draft names that is not in the folder (the kiosk would refuse it). */
export function missingImageProblems(draft: Draft, available: ReadonlySet<string>): Problem[] {
  return imageReferences(draft)
    .filter((ref) => !available.has(ref.image))
    .map((ref) => ({
      path: ref.path,
      message: `de afbeelding "${ref.image}" staat niet in de map: kies de foto opnieuw`,
    }));
}
