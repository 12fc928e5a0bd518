/** The words a check of the update address comes to, shared by its steps. */
import type { NetworkResult } from '../../core/update/network-status';
import type { GetResult } from './http-get';

/** What a check came to, for the staff view. */
export interface Verdict {
  result: NetworkResult;
  detail: string | null;
}

/** A failed request in the network's words: unreachable, or refused with its reason. */
export function failedGet(got: Extract<GetResult, { kind: 'failed' }> | { kind: 'not-modified' }): Verdict {
  if (got.kind === 'not-modified') return refused('de server antwoordde 304 zonder dat erom gevraagd werd');
  return { result: got.failure === 'unreachable' ? 'unreachable' : 'refused', detail: got.detail };
}

/** Something the screen will not take; `detail` says what. */
export function refused(detail: string): Verdict {
  return { result: 'refused', detail };
}

/** A file that is not (yet) the signed one: half-uploaded or changed; tried again soon. */
export function incomplete(detail: string): Verdict {
  return {
    result: 'incomplete',
    detail: `${detail} (nog bezig met uploaden, of veranderd na het ondertekenen)`,
  };
}
