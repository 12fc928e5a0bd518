import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLongLink } from '../../../../core/deck/facebook-card';
import {
  longFacebookLinkWarnings,
  longFacebookNameWarnings,
} from '../../../../core/import/facebook-link-length';
import { contentWith } from '../deck/deck-fixtures';

const PERMALINK = 'https://www.facebook.com/groups/buurthoftenrode/permalink/';

/** A link of `n` characters to a post in a group. */
const link = (n: number) => PERMALINK + '1234567890'.repeat(50).slice(0, n - PERMALINK.length);

describe('long Facebook links', () => {
  it('prints a link whole up to 100 characters without "https://www."', () => {
    assert.equal(isLongLink('facebook.com/profile.php?id=100088118940159'), false);
    assert.equal(isLongLink('x'.repeat(100)), false);
    assert.equal(isLongLink('x'.repeat(101)), true);
    assert.equal(isLongLink('☕'.repeat(100)), false);
  });

  it('says nothing for the sample or a link of 112 characters', () => {
    assert.deepEqual(longFacebookLinkWarnings(contentWith()), []);
    const content = contentWith((c) => {
      c.locations[1]!.facebook = { url: link(112) };
    });
    assert.deepEqual(longFacebookLinkWarnings(content), []);
  });

  it('tells staff the screen prints only the beginning of a longer one and its code is too fine, in exact Dutch', () => {
    const content = contentWith((c) => {
      c.locations[1]!.facebook = { url: link(500) };
      c.locations[0]!.facebook = { url: link(113) };
    });
    assert.deepEqual(longFacebookLinkWarnings(content), [
      'Buurtpunt Bijloke, Facebookpagina, link: de link is 113 tekens lang; het scherm toont er alleen het begin van en de QR-code wordt te fijn om op een klein scherm vlot te scannen. Gebruik de link van de pagina zelf (hoogstens 112 tekens), niet die van een bericht.',
      'Buurtpunt Hof ten Rode, Facebookpagina, link: de link is 500 tekens lang; het scherm toont er alleen het begin van en de QR-code wordt te fijn om op een klein scherm vlot te scannen. Gebruik de link van de pagina zelf (hoogstens 112 tekens), niet die van een bericht.',
    ]);
  });

  it('says nothing for names and buurten up to 60 characters, nor for a buurtpunt without a Facebook entry', () => {
    assert.deepEqual(longFacebookNameWarnings(contentWith()), []);
    const content = contentWith((c) => {
      c.locations[0]!.buurt = 'b'.repeat(60);
      c.locations[1]!.name = 'n'.repeat(90);
      delete c.locations[1]!.facebook;
    });
    assert.deepEqual(longFacebookNameWarnings(content), []);
  });

  it('names a longer name or buurt that the Facebook card ends after two lines, in exact Dutch', () => {
    const content = contentWith((c) => {
      c.locations[0]!.buurt = 'b'.repeat(61);
      c.locations[1]!.name = `Buurtpunt ${'n'.repeat(110)}`;
    });
    assert.deepEqual(longFacebookNameWarnings(content), [
      'Buurtpunt Bijloke, buurt: de naam is 61 tekens lang; op de Facebookdia staat ze op hoogstens twee regels en valt de rest weg (tot 60 tekens past ze altijd). Maak de naam korter.',
      `Buurtpunt ${'n'.repeat(49)}…, naam: de naam is 120 tekens lang; op de Facebookdia staat ze op hoogstens twee regels en valt de rest weg (tot 60 tekens past ze altijd). Maak de naam korter.`,
    ]);
  });
});
