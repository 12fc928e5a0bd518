/**
 * Facebook links too long for the Facebook slide to print whole (core/deck/facebook-card.ts). The
 * schema allows 500 characters (a long link is not wrong), and the QR code still carries all of it,
 * but the slide prints only its beginning, and the code gets so fine that a phone reads it badly off
 * the smallest screen: a link copied from a post or with tracking after the "?" rather than the
 * page's own. A buurtpunt's name or buurt longer than the card prints whole ends there after two
 * lines with "…" (every other slide shows it whole): staff hear which.
 */
import { placeOf } from '../content/place';
import { readableUrl } from '../content/readable-url';
import type { Content } from '../content/schema';
import { isLongLink, LONG_LINK, LONG_NAME } from '../deck/facebook-card';
import { capitalize } from '../time/dutch-words';

/**
 * "Buurtpunt Bijloke, Facebookpagina, link: de link is 500 tekens lang; het scherm toont er alleen
 * het begin van en de QR-code wordt te fijn om op een klein scherm vlot te scannen. Gebruik de link
 * van de pagina zelf (hoogstens 112 tekens), niet die van een bericht." The most counts what the
 * slide leaves out of the printed link ("https://www.").
 */
export function longFacebookLinkWarnings(c: Content): string[] {
  return c.locations.flatMap((location, i) => {
    const url = location.facebook?.url;
    if (url === undefined || !isLongLink(readableUrl(url))) return [];
    const place = capitalize(placeOf(`locations[${i}].facebook.url`, c) ?? 'een Facebooklink');
    const most = LONG_LINK + [...url].length - [...readableUrl(url)].length;
    return [
      `${place}: de link is ${[...url].length} tekens lang; het scherm toont er alleen het begin van en de QR-code wordt te fijn om op een klein scherm vlot te scannen. Gebruik de link van de pagina zelf (hoogstens ${most} tekens), niet die van een bericht.`,
    ];
  });
}

/**
 * "Buurtpunt Bijloke, buurt: de naam is 75 tekens lang; op de Facebookdia staat ze op hoogstens twee
 * regels en valt de rest weg (tot 60 tekens past ze altijd). Maak de naam korter." Only for
 * buurtpunten with a Facebook entry: the others are not on that slide.
 */
export function longFacebookNameWarnings(c: Content): string[] {
  return c.locations.flatMap((location, i) => {
    if (location.facebook === undefined) return [];
    return (['name', 'buurt'] as const).flatMap((field) => {
      const length = [...location[field]].length;
      if (length <= LONG_NAME) return [];
      const place = capitalize(placeOf(`locations[${i}].${field}`, c) ?? 'een buurtpunt');
      return [
        `${place}: de naam is ${length} tekens lang; op de Facebookdia staat ze op hoogstens twee regels en valt de rest weg (tot ${LONG_NAME} tekens past ze altijd). Maak de naam korter.`,
      ];
    });
  });
}
