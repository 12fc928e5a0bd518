import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aboutLengthWarnings, longAboutTexts } from '../../../../core/import/about-length';
import { contentWith } from '../deck/deck-fixtures';

/** Prose of `n` characters ending in a full stop. */
const words = (n: number) =>
  `${'Buurtbewoners de weg wijzen naar diensten en hulpverlening, drempels en hiaten in kaart brengen en signalen uit de buurt opvangen. '
    .repeat(Math.ceil(n / 130))
    .slice(0, n - 1)
    .trimEnd()}.`;

describe('about texts too long for their page', () => {
  it('says nothing for the sample, the audit’s 250- and 300-character aims or a 430-character description', () => {
    assert.deepEqual(aboutLengthWarnings(contentWith()), []);
    const longer = contentWith((c) => {
      c.about.intro = words(400);
      c.about.aims = c.about.aims.map((a) => ({ ...a, text: words(300) }));
      c.organisation.description = words(430);
    });
    assert.deepEqual(aboutLengthWarnings(longer), []);
  });

  it('names each text the page ends with "…", with about how much fits, in exact Dutch', () => {
    const content = contentWith((c) => {
      c.about.intro = words(2000);
      c.about.aims[1]!.text = words(2000);
      c.organisation.description = words(2000);
    });
    assert.deepEqual(aboutLengthWarnings(content), [
      'Over ons, inleiding: de tekst is 2000 tekens lang; op een klein scherm passen er ongeveer 200. Wat niet past, valt weg: maak de tekst korter.',
      'Over ons, doelstelling "Werken aan buurtcohesie", tekst: de tekst is 2000 tekens lang; op een klein scherm passen er ongeveer 300. Wat niet past, valt weg: maak de tekst korter.',
      'Sociaal Huis, beschrijving: de tekst is 2000 tekens lang; op een klein scherm passen er op de pagina "Het buurtopbouwwerk" ongeveer 400. Wat niet past, valt weg: maak de tekst korter.',
    ]);
  });

  it('counts twenty long buurten together, and the participation', () => {
    const content = contentWith((c) => {
      c.about.buurten = Array.from({ length: 20 }, (_, i) => `Buurt ${i + 1} `.padEnd(120, 'x'));
      c.about.participation = words(2000);
    });
    assert.deepEqual(aboutLengthWarnings(content), [
      'Over ons, participatie: de tekst is 2000 tekens lang; op een klein scherm passen er ongeveer 200. Wat niet past, valt weg: maak de tekst korter.',
      'Over ons, buurten: de namen zijn samen 2400 tekens lang; op een klein scherm passen er ongeveer 250. Wat niet past, valt weg: laat buurten weg of maak hun namen korter.',
    ]);
  });

  it('gives twenty buurten of 37 characters a closing page of their own rather than cut them', () => {
    const content = contentWith((c) => {
      c.about.buurten = Array.from({ length: 20 }, (_, i) => `Buurt nummer ${i + 1} met een langere naam`);
    });
    assert.deepEqual(longAboutTexts(content), []);
  });
});
