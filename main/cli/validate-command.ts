/** `buurtkiosk validate PATH`: exit 0 valid, 1 invalid (every problem listed), 2 unreadable. */
import { describeProblemWithPath } from '../../core/content/problem';
import { contentSummary, count } from '../../core/import/import-wording';
import { loadContent } from '../content/load-content';

export async function validateCommand(target: string, out: (line: string) => void): Promise<number> {
  const result = await loadContent(target, target);
  if (result.ok) {
    out(`In orde: ${contentSummary(result.bundle.content)}.`);
    return 0;
  }
  if (result.unreadable) {
    out(`Kan niet lezen: ${target}: ${result.problems[0]?.message ?? 'onbekende fout'}`);
    return 2;
  }
  out(`Niet in orde: ${count(result.problems.length, 'fout', 'fouten')} in ${target}`);
  for (const p of result.problems) out(`  ${describeProblemWithPath(p)}`);
  return 1;
}
