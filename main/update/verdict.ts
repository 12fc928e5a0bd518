/** The words a check of the update address comes to, shared by its steps. */
import type { NetworkResult } from '../../core/update/network-status';
import { fileErrorWords } from '../file-words';
import { isDiskFull } from '../store/disk-space';
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

/**
 * This kiosk's disk cannot hold the publication (old versions went first where there were any; the
 * words do not claim so, as the import's own do not when none went).
 */
export function diskFull(): Verdict {
  return {
    result: 'failed',
    detail: `de schijf van de kiosk is vol: ${fileErrorWords('ENOSPC')} voor de download; de nieuwe inhoud is niet overgenomen en de huidige blijft op het scherm; gebruik minder of kleinere foto's, of vraag wie de kiosk beheert om ruimte vrij te maken`,
  };
}

/**
 * A failure on this kiosk itself (its disk, not the server): a full disk is called full, anything else
 * is named in file-words.ts's words, never as a bare error code.
 */
export function localFailure(err: unknown): Verdict {
  if (isDiskFull(err)) return diskFull();
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return { result: 'failed', detail: `de kiosk kon de download niet bewaren (${fileErrorWords(code)})` };
}
