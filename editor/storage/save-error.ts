/**
 * Why Opslaan failed, in staff's words, and which new photos were already written when it did: the
 * session's message must not say "niets veranderd" when a photo is on the stick but content.json is not.
 */
import type { Problem } from '../../core/content/problem';
import { RETRY_ADVICE, saveTroubleWords, type SaveTrouble } from '../../core/editor/save-trouble';
import { listInDutch } from '../../core/time/dutch-words';

/** A failed save: the reason ("de stick is vol"), what staff can do, what was written before it. */
export class SaveError extends Error {
  constructor(
    /** Dutch, without a full stop: "de stick is vol". */
    readonly reason: string,
    /** One or two Dutch sentences, or '' when there is nothing to do but fix the content. */
    readonly advice: string = '',
    /** New photos written before the failure ("images/nieuw.png"); content.json is never among them. */
    readonly written: readonly string[] = [],
    /** The server's problems when it refused the content itself. */
    readonly problems: Problem[] = [],
  ) {
    super(reason);
  }
}

/** The same reason, with the photos written before it. */
export function withWritten(err: unknown, written: readonly string[]): SaveError {
  if (err instanceof SaveError) return new SaveError(err.reason, err.advice, written, err.problems);
  return new SaveError(err instanceof Error ? err.message : String(err), '', written);
}

/** The File System Access errors that are a trouble `buurtkiosk edit` also meets on a stick. */
const BROWSER_TROUBLES: Readonly<Record<string, SaveTrouble>> = {
  QuotaExceededError: 'full',
  NoModificationAllowedError: 'read-only',
  NotFoundError: 'gone',
};

/**
 * A File System Access error on the stick in the words `buurtkiosk edit` uses for the same trouble
 * (core/editor/save-trouble.ts): QuotaExceededError is a full stick, NoModificationAllowedError a
 * write-protected one, NotFoundError a pulled one; NotAllowedError is the browser's own refusal.
 */
export function browserWriteFailure(err: unknown, written: readonly string[]): SaveError {
  const name = (err as { name?: unknown } | null)?.name;
  const trouble = typeof name === 'string' ? BROWSER_TROUBLES[name] : undefined;
  if (trouble !== undefined) {
    const { reason, advice } = saveTroubleWords(trouble, 'stick');
    return new SaveError(reason, advice, written);
  }
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new SaveError(
      'de browser liet de editor niet op de stick schrijven',
      'Sla opnieuw op en kies Toestaan als de browser vraagt of de editor mag opslaan.',
      written,
    );
  }
  return new SaveError(
    `de stick kon niet beschreven worden (fout ${typeof name === 'string' ? name : 'onbekend'})`,
    RETRY_ADVICE,
    written,
  );
}

/** "a.png", "a.png en b.png", "a.png, b.png en c.png" (file names only). */
function photoNames(paths: readonly string[]): string {
  return listInDutch(paths.map((p) => p.split('/').at(-1) ?? p));
}

/**
 * The line staff read after a failed save. `place` is where the files go ("op de stick", "in de map").
 * Nothing written: says nothing changed there. Photos written: names them, and says content.json was
 * not changed, so the old content is still what a screen would show.
 */
export function saveFailedMessage(err: unknown, place: string): string {
  const failure = err instanceof SaveError ? err : withWritten(err, []);
  const advice = failure.advice ? ` ${failure.advice}` : '';
  const { written } = failure;
  if (written.length === 0) {
    return `Opslaan is mislukt: ${failure.reason}. Er is niets veranderd ${place}.${advice}`;
  }
  const photos =
    written.length === 1
      ? `De nieuwe foto ${photoNames(written)} staat al ${place}`
      : `De nieuwe foto's ${photoNames(written)} staan al ${place}`;
  return `Opslaan is mislukt: ${failure.reason}. ${photos}, maar content.json is niet veranderd: de oude inhoud staat er nog.${advice}`;
}
