/**
 * Why a save failed, in staff's words, and what they can do: one table for `buurtkiosk edit`'s
 * server (file-system error codes, main/file-words.ts) and the editor writing to a stick in the
 * browser (File System Access errors, editor/storage/save-error.ts), so the same trouble reads the same.
 */

/** Where a save went: a USB stick, or a folder on this computer. */
export type WriteMedium = 'stick' | 'folder';

/** Why a save failed ("de stick is vol") and what staff can do about it (one or two sentences). */
export interface WriteFailure {
  reason: string;
  advice: string;
}

/** What went wrong, whichever side met it. */
export type SaveTrouble = 'full' | 'read-only' | 'not-allowed' | 'gone' | 'io';

export const RETRY_ADVICE = 'Sla opnieuw op.';

/** The words for `trouble` on a stick or in a folder. */
export function saveTroubleWords(trouble: SaveTrouble, medium: WriteMedium): WriteFailure {
  const stick = medium === 'stick';
  switch (trouble) {
    case 'full':
      return stick
        ? {
            reason: 'de stick is vol',
            advice: 'Maak plaats op de stick (verwijder bestanden die er niet op horen) en sla opnieuw op.',
          }
        : { reason: 'de schijf is vol', advice: 'Maak plaats op de schijf en sla opnieuw op.' };
    case 'read-only':
      return stick
        ? {
            reason: 'de stick is beveiligd tegen schrijven',
            advice:
              'Heeft de stick op de zijkant een schuifje? Zet het van slot, steek de stick opnieuw in en sla opnieuw op.',
          }
        : { reason: 'de map is alleen-lezen', advice: 'Vraag hulp aan wie deze computer beheert.' };
    case 'not-allowed':
      return {
        reason: stick
          ? 'de editor mag niet schrijven op de stick'
          : 'de editor mag niet schrijven in deze map',
        advice: 'Vraag hulp aan wie deze computer beheert.',
      };
    case 'gone':
      return stick
        ? {
            reason: 'de stick is er niet meer (uitgetrokken?)',
            advice: 'Steek de stick weer in en sla opnieuw op.',
          }
        : { reason: 'de map is er niet meer', advice: 'Zet de map terug en sla opnieuw op.' };
    case 'io':
      return stick
        ? {
            reason: 'de stick gaf een fout bij het schrijven',
            advice:
              'Steek de stick opnieuw in en sla opnieuw op. Lukt het dan nog niet, neem een andere stick.',
          }
        : { reason: 'de schijf gaf een fout bij het schrijven', advice: RETRY_ADVICE };
  }
}
