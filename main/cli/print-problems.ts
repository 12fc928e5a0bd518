/** How `validate`, `import` and `sign` list refused content: the same lines in the same order. */
import path from 'node:path';
import { describeProblem, type Problem } from '../../core/content/problem';
import { count } from '../../core/import/import-wording';
import { CONTENT_FILE } from '../content/load-content';

/** "<headline>: 3 fouten in …/content.json", then one indented line per problem. */
export function printProblems(
  out: (line: string) => void,
  headline: string,
  folder: string,
  problems: readonly Problem[],
): void {
  out(`${headline}: ${count(problems.length, 'fout', 'fouten')} in ${path.join(folder, CONTENT_FILE)}`);
  for (const p of problems) out(`  ${describeProblem(p)}`);
}
