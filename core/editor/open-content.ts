/**
 * What the editor does with a folder's content.json: show the forms, or first the file's text to
 * repair when it is not readable JSON (or names a field twice, where only the text can say which
 * one was meant). The same parser and messages as the importer.
 */
import { withPlaces } from '../content/place';
import { describeProblem, type Problem } from '../content/problem';
import { MAX_PROBLEMS } from '../content/problem-cap';
import { parseJsonSafely } from '../content/safe-json';
import { sortNewestFirst } from './activity-order';
import { newDraft } from './new-content';
import { readDraft, type Draft } from './read-draft';

/** The forms with a draft (and what staff should know about it), or the text to repair first. */
export type OpenedContent =
  | { kind: 'forms'; draft: Draft; notices: string[]; isNew: boolean }
  | { kind: 'repair'; problems: Problem[] };

/** Reads content.json's text (null: the folder has none yet) for the editor. */
export function openContent(text: string | null, today: string): OpenedContent {
  if (text === null) {
    return {
      kind: 'forms',
      draft: newDraft(today),
      notices: [
        'Deze map heeft nog geen content.json. Vul de gegevens in en sla op: zo maakt de editor het bestand.',
      ],
      isNew: true,
    };
  }
  // Capped as the importer caps them: a file that repeats a key 150,000 times lists 200 and a count.
  const parsed = parseJsonSafely(text, MAX_PROBLEMS);
  if (!parsed.ok) return { kind: 'repair', problems: parsed.problems };
  if (parsed.duplicates.length > 0) {
    const leftOut = parsed.problems.filter((p) => p.leftOut !== undefined);
    return { kind: 'repair', problems: [...withPlaces(parsed.duplicates, parsed.value), ...leftOut] };
  }
  const { draft, resets } = readDraft(parsed.value);
  // A text with an unreadable letter is kept, not left out: the form shows it at its field
  // (saved-content.ts's unreadableTexts), where staff type the right letter.
  const leftOut = parsed.problems.filter((p) => !parsed.unreadable.includes(p));
  const notices = [
    ...withPlaces(leftOut, parsed.value).map((p) => `Weggelaten: ${describeProblem(p)}.`),
    ...resets.map((r) => `Let op: ${r}.`),
  ];
  return {
    kind: 'forms',
    draft: { ...draft, activities: sortNewestFirst(draft.activities ?? []) },
    notices,
    isNew: false,
  };
}
