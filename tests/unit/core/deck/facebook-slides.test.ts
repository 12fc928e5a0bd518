import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFacebookSlides, facebookNote, type FacebookSlide } from '../../../../core/deck/facebook-slides';
import { configFor, contentWith } from './deck-fixtures';

const slidesOf = (content: ReturnType<typeof contentWith>, location?: string) =>
  buildFacebookSlides(content, configFor(location), 0).slides as FacebookSlide[];

describe('Facebook slide', () => {
  it('gives Bijloke a QR link with its readable form and Hof ten Rode "Facebookpagina nog in opbouw"', () => {
    const [slide, ...rest] = slidesOf(contentWith());
    assert.equal(rest.length, 0);
    assert.equal(slide!.key, 'facebook');
    assert.deepEqual(slide!.entries, [
      {
        location: 'bijloke',
        name: 'Buurtpunt Bijloke',
        buurt: 'Donck-Vlotgras',
        url: 'https://www.facebook.com/profile.php?id=100088118940159',
        label: 'facebook.com/profile.php?id=100088118940159',
        note: null,
      },
      {
        location: 'hof-ten-rode',
        name: 'Buurtpunt Hof ten Rode',
        buurt: 'Hof ten Rode',
        url: null,
        label: null,
        note: 'Facebookpagina nog in opbouw',
      },
    ]);
  });

  it('puts the screen’s own buurtpunt first', () => {
    const [slide] = slidesOf(contentWith(), 'hof-ten-rode');
    assert.deepEqual(
      slide!.entries.map((e) => e.location),
      ['hof-ten-rode', 'bijloke'],
    );
  });

  it('has no slide when no buurtpunt has a Facebook entry', () => {
    const content = contentWith((c) => {
      for (const l of c.locations) delete l.facebook;
    });
    assert.deepEqual(slidesOf(content), []);
  });

  it('pages three buurten as two slides so each QR code stays large', () => {
    const content = contentWith((c) => {
      c.locations.push({
        ...structuredClone(c.locations[0]!),
        id: 'derde',
        name: 'Buurtpunt Derde',
        facebook: { url: 'https://www.facebook.com/derde/' },
      });
    });
    const slides = slidesOf(content);
    assert.deepEqual(
      slides.map((s) => [s.key, s.entries.map((e) => e.label ?? e.note)]),
      [
        ['facebook', ['facebook.com/profile.php?id=100088118940159', 'Facebookpagina nog in opbouw']],
        ['facebook-2', ['facebook.com/derde']],
      ],
    );
  });
});

describe('the note of a buurt without a Facebook page, as the slide words it', () => {
  it('follows "Facebookpagina", in lower case when staff began it with a capital', () => {
    assert.equal(facebookNote('nog in opbouw'), 'Facebookpagina nog in opbouw');
    assert.equal(facebookNote('Nog in opbouw'), 'Facebookpagina nog in opbouw');
  });

  it('is shown as written when it names the page itself, not with the word twice', () => {
    assert.equal(facebookNote('Facebookpagina volgt binnenkort'), 'Facebookpagina volgt binnenkort');
    assert.equal(facebookNote('Onze facebook komt eraan'), 'Onze facebook komt eraan');
  });

  it('is shown as written when it names the page by its abbreviation', () => {
    assert.equal(facebookNote('FB-pagina volgt'), 'FB-pagina volgt');
  });
});
