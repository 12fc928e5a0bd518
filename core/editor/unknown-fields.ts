/** Fields the kiosk does not know (typos in a hand-edited file) removed in one go, at staff's request. */
import { parsePath, type Problem } from '../content/problem';
import { setAtPath } from './draft-path';
import type { Draft } from './read-draft';

/** The problems validation raises for unknown keys (see core/content/validate.ts). */
export function unknownFieldProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.message.startsWith('onbekend veld'));
}

/** A copy of the draft without the unknown fields named in `problems`. */
export function removeUnknownFields(draft: Draft, problems: readonly Problem[]): Draft {
  return unknownFieldProblems(problems).reduce((d, p) => setAtPath(d, parsePath(p.path), undefined), draft);
}
