/**
 * The schema's messages are written for people editing content.json by hand ("closed": true, …).
 * In the editor the same problem is about a form field, so a few messages are reworded for forms;
 * everything else is shown as the schema says it.
 */

const REWORDINGS: readonly [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  // In the form the field is there to fill in: the key to add (for a text editor) is not needed.
  [/^ontbreekt\b/, 'vul dit in (verplicht)'],
  [/^mag niet leeg zijn$/, 'vul dit in (verplicht)'],
  [/^moet tekst zijn/, 'vul hier tekst in'],
  [/^zeg wat er gebeurt/, 'kies "gesloten", of geef de openingsuren van die dag(en)'],
  [/^kies "closed": true óf "hours"/, 'kies "gesloten" óf andere uren, niet allebei'],
  [/^zeg waar/, 'kies een buurtpunt, of vul een andere plaats in'],
  [/^geef "url"/, 'vul de link naar de Facebookpagina in, of een tekst zoals "nog in opbouw"'],
  [
    /^moet na het begin \((\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\) liggen$/,
    (m) => `moet na het begin (${m[2]}) liggen`,
  ],
  [/^ligt vóór "from"/, 'ligt vóór de eerste dag'],
  [/^ligt vóór "visibleFrom"/, 'ligt vóór "zichtbaar vanaf"'],
  [
    /^valt samen met "visibleFrom" \([^)]*\): ([^;]*)(;.*)?$/,
    (m) => `valt samen met "zichtbaar vanaf": ${m[1]}${m[2] ? ' (om 00:00 begint die dag)' : ''}`,
  ],
  [
    /^moet een lijst van uren zijn/,
    'de uren van deze dag zijn onleesbaar: verwijder ze en vul ze opnieuw in',
  ],
  [/^geen geldige datum \(deze dag bestaat niet\)/, 'deze dag bestaat niet'],
  [/^geen geldige datum/, 'vul een geldige datum in'],
  [/^geen geldig uur, verwacht bv\. (\d\d:\d\d)/, (m) => `geen geldig uur, schrijf bv. ${m[1]}`],
  [
    /^afbeelding "(.+)" niet gevonden in de map$/,
    (m) => `de foto "${m[1]}" staat niet in de map: kies de foto opnieuw`,
  ],
  [/^alleen kleine letters, cijfers en streepjes/, 'alleen kleine letters, cijfers en streepjes'],
  // The file's encoding is the cause; in the form, the fix is the letter itself (saving writes UTF-8).
  [/^onleesbaar teken � in deze tekst/, 'onleesbaar teken �: typ hier de juiste letter (bv. é) in de plaats'],
  // A photo chosen in the editor gets a name of its own (core/editor/image-name.ts) in images/.
  [
    /^"(.+?)": (.+) mag niet in de naam van een (?:afbeelding|map);/,
    (m) => `${m[2]} mag niet in de naam van de foto "${m[1]}": kies de foto opnieuw`,
  ],
  [
    /^"(.+?)": een map mag niet "(.+?)" heten, want zo heet een bestand van de kiosk zelf/,
    (m) =>
      `de foto "${m[1]}" staat in een map "${m[2]}", zo heet een bestand van de kiosk zelf: kies de foto opnieuw`,
  ],
];

/** The message to show next to a form field. */
export function plainMessage(message: string): string {
  for (const [pattern, replacement] of REWORDINGS) {
    const m = message.match(pattern);
    if (m) return typeof replacement === 'string' ? replacement : replacement(m);
  }
  return message;
}
