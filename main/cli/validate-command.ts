/** `buurtkiosk validate PATH`: exit 0 valid, 1 invalid (every problem listed), 2 unreadable. */
import { describeProblem } from '../../core/content/problem';
import type { Content } from '../../core/content/schema';
import { loadContent } from '../content/load-content';

/** One-line summary of valid content, e.g. "2 buurtpunten, 4 activiteiten, 3 contactpersonen". */
export function summarizeContent(c: Content): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(c.locations.length, 'buurtpunt', 'buurtpunten'),
    n(c.activities.length, 'activiteit', 'activiteiten'),
    n(c.announcements.length, 'mededeling', 'mededelingen'),
    n(c.contacts.length, 'contactpersoon', 'contactpersonen'),
  ].join(', ');
}

export async function validateCommand(target: string, out: (line: string) => void): Promise<number> {
  const result = await loadContent(target, target);
  if (result.ok) {
    out(`In orde: ${summarizeContent(result.bundle.content)}.`);
    return 0;
  }
  if (result.unreadable) {
    out(`Kan niet lezen: ${target}: ${result.problems[0]?.message ?? 'onbekende fout'}`);
    return 2;
  }
  const count = result.problems.length;
  out(`Niet in orde: ${count} ${count === 1 ? 'fout' : 'fouten'} in ${target}`);
  for (const p of result.problems) out(`  ${describeProblem(p)}`);
  return 1;
}
