/**
 * How many problems one file gets listed. 150,000 keys given twice fit in 1 MB: listed one by one
 * they took seconds to check, megabytes of verslag.txt, and overflowed the stack of the code that
 * wrote the report. So every list of problems stops at MAX_PROBLEMS where it is made, and one last
 * line counts the rest.
 */
import type { Problem } from './problem';

/**
 * 200: far more than anyone fixes before trying again (a real file has a handful), yet a report of
 * some tens of kB and a check of milliseconds, whatever a file holds.
 */
export const MAX_PROBLEMS = 200;

/** "149.800": a number as staff write it in Dutch, a period between the thousands. */
export function dutchNumber(n: number): string {
  return n.toLocaleString('nl-BE');
}

/**
 * "… en nog 149.800 fouten die hier niet apart staan; verbeter eerst de fouten hierboven": the line
 * standing for `n` problems left out, the same in verslag.txt and on the command line.
 */
export function leftOutLine(n: number): Problem {
  const what = n === 1 ? 'fout die hier niet apart staat' : 'fouten die hier niet apart staan';
  return {
    path: '',
    message: `… en nog ${dutchNumber(n)} ${what}; verbeter eerst de fouten hierboven`,
    leftOut: n,
  };
}

/** How many problems a list stands for: its lines, each left-out line as the number it counts. */
export function problemCount(problems: readonly Problem[]): number {
  let n = 0;
  for (const p of problems) n += p.leftOut ?? 1;
  return n;
}

/**
 * The first `max` problems in their order, then one line counting the rest (and whatever earlier
 * left-out lines counted), so lists capped by their makers stay capped once joined.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  const kept: Problem[] = [];
  let leftOut = 0;
  for (const p of problems) {
    if (p.leftOut !== undefined) leftOut += p.leftOut;
    else if (kept.length < max) kept.push(p);
    else leftOut++;
  }
  if (leftOut > 0) kept.push(leftOutLine(leftOut));
  return kept;
}
