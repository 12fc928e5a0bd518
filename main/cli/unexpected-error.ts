/**
 * A command that failed in buurtkiosk's own code (a fault, not the content): one Dutch line that says
 * so and what still holds, with the technical reason in brackets for whoever fixes it. Without it the
 * command printed a bare English message such as "Maximum call stack size exceeded".
 */

/** "Niet ingelezen: onverwachte fout in buurtkiosk (RangeError: …); de huidige inhoud blijft. …" */
export function unexpectedErrorLine(headline: string, err: unknown, stillHolds?: string): string {
  const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const holds = stillHolds === undefined ? '' : `; ${stillHolds}`;
  return `${headline}: onverwachte fout in buurtkiosk (${reason})${holds}. Probeer opnieuw; lukt het niet, meld de fout aan wie de kiosk beheert.`;
}
