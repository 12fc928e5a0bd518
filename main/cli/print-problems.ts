/** How `validate`, `import` and `sign` list refused content: the same lines in the same order. */
import path from 'node:path';
import { describeProblemWithPath, isInContentFile, type Problem } from '../../core/content/problem';
import { problemCount } from '../../core/content/problem-cap';
import { count } from '../../core/import/import-wording';
import { CONTENT_FILE } from '../content/load-content';

/**
 * "<headline>: 3 fouten in …/content.json", then one indented line per problem (a file with more than
 * MAX_PROBLEMS ends with the line counting the rest); "in …/map" when none is in content.json (only
 * the signature or a photo), as verslag.txt says it.
 */
export function printProblems(
  out: (line: string) => void,
  headline: string,
  folder: string,
  problems: readonly Problem[],
): void {
  const where = problems.some(isInContentFile) ? path.join(folder, CONTENT_FILE) : folder;
  out(`${headline}: ${count(problemCount(problems), 'fout', 'fouten')} in ${where}`);
  for (const p of problems) out(`  ${describeProblemWithPath(p)}`);
}
