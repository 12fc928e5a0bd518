import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aboutPageFits } from '../../../../core/deck/about-room';
import { aboutPages, aboutSlides, type AboutSlide } from '../../../../core/deck/about-slides';
import type { ContentInput } from '../../../../core/content/schema';
import { configFor, contentWith } from './deck-fixtures';

/** The audit's prose: the sample's first aim repeated, `n` characters ending in a full stop. */
const words = (
  n: number,
  seed = 'Buurtbewoners de weg wijzen naar diensten en hulpverlening, drempels en hiaten in kaart brengen en signalen uit de buurt opvangen. ',
) =>
  `${seed
    .repeat(Math.ceil(n / seed.length))
    .slice(0, n - 1)
    .trimEnd()}.`;

const INTRO_SEED =
  'Groep INTRO vzw voert in opdracht van het lokaal bestuur buurtopbouwwerk uit in Dendermonde. ';

/** The slides of the sample with `change`, as [key, aims, intro?, closing lines?, limited texts]. */
function plan(change: (c: ContentInput) => void = () => {}) {
  return aboutSlides(contentWith(change), configFor()).map((s: AboutSlide) => [
    s.key,
    s.aims.length,
    s.intro !== null,
    s.participation !== null && s.buurten.length > 0,
    Object.entries(s.lines)
      .filter(([, lines]) => lines !== null)
      .map(([part, lines]) => `${part} ${lines}`)
      .join(', '),
  ]);
}

describe('about pages by the length of their texts', () => {
  it('keeps the sample on one page, everything whole, as it was', () => {
    const [slide, ...rest] = aboutSlides(contentWith(), configFor());
    assert.equal(rest.length, 0);
    assert.equal(
      slide!.intro,
      'Groep INTRO vzw voert in opdracht van het lokaal bestuur buurtopbouwwerk uit in Dendermonde.',
    );
    assert.equal(slide!.aims.length, 3);
    assert.equal(
      slide!.participation,
      'Participatie van buurtbewoners is hierbij zowel een doelstelling als een middel.',
    );
    assert.equal(slide!.buurten.length, 5);
    assert.equal(slide!.organisation.description, 'Meer informatie over het project');
    assert.deepEqual(slide!.lines, { intro: null, aim: null, participation: null, buurten: null });
  });

  it('pages three 250-character aims as two and one: the introduction opens, the buurten close', () => {
    assert.deepEqual(
      plan((c) => {
        c.about.aims = c.about.aims.map((a) => ({ ...a, text: words(250) }));
      }),
      [
        ['about', 2, true, false, ''],
        ['about-2', 1, false, true, ''],
      ],
    );
  });

  it('gives a 400-character introduction and 300-character aims three pages, nothing cut', () => {
    assert.deepEqual(
      plan((c) => {
        c.about.intro = words(400, INTRO_SEED);
        c.about.aims = c.about.aims.map((a) => ({ ...a, text: words(300) }));
      }),
      [
        ['about', 1, true, false, ''],
        ['about-2', 1, false, false, ''],
        ['about-3', 1, false, true, ''],
      ],
    );
  });

  it('moves an aim with a 60-character title to a page of its own rather than overflow 800×480', () => {
    assert.deepEqual(
      plan((c) => {
        c.about.aims[0]!.title = 'Buurtopbouwwerkersvergaderingsverslagencommissievoorzittersv';
      }),
      [
        ['about', 2, true, false, ''],
        ['about-2', 1, false, true, ''],
      ],
    );
  });

  it('pages four short aims as two and two, the contact on both', () => {
    const slides = aboutSlides(
      contentWith((c) => {
        c.about.aims.push({ title: 'Vierde', text: 'Nog een doel.' });
      }),
      configFor(),
    );
    assert.deepEqual(
      slides.map((s) => [s.key, s.aims.length, s.page, s.pageCount, s.organisation.email]),
      [
        ['about', 2, 1, 2, 'indebuurt@dendermonde.be'],
        ['about-2', 2, 2, 2, 'indebuurt@dendermonde.be'],
      ],
    );
  });

  it('ends a 2,000-character aim after the lines that fit on a page of its own; the others stay whole', () => {
    assert.deepEqual(
      plan((c) => {
        c.about.aims[1]!.text = words(2000);
      }),
      [
        ['about', 1, true, false, ''],
        ['about-2', 1, false, false, 'aim 11'],
        ['about-3', 1, false, true, ''],
      ],
    );
  });

  it('ends a 2,000-character introduction and participation, never the contact line', () => {
    assert.deepEqual(
      plan((c) => {
        c.about.intro = words(2000, INTRO_SEED);
        c.about.participation = words(2000);
      }),
      [
        ['about', 1, true, false, 'intro 8'],
        ['about-2', 1, false, false, ''],
        ['about-3', 1, false, true, 'participation 8'],
      ],
    );
  });

  it('keeps a 430-character Sociaal Huis description whole and shortens a longer one after a whole word', () => {
    const leads = (n: number) =>
      aboutSlides(
        contentWith((c) => {
          c.organisation.description = words(n);
        }),
        configFor(),
      ).map((s) => s.organisation);
    assert.ok(leads(430).every((o) => o.description === words(430)));
    for (const organisation of leads(2000)) {
      // A third of the page at most: five lines at 800×480 with the name, e-mail and phone number.
      assert.equal(organisation.description!.length, 438);
      assert.match(organisation.description!, /^Buurtbewoners de weg .* naar diensten en…$/);
      assert.deepEqual(
        [organisation.name, organisation.email, organisation.phone],
        ['Sociaal Huis', 'indebuurt@dendermonde.be', '052 37 85 00'],
      );
    }
  });

  it('plans pages that fit every screen, whatever the schema allows (texts ended where they must)', () => {
    const text = (max: number) => fc.integer({ min: 1, max }).map((n) => words(Math.max(2, n)));
    fc.assert(
      fc.property(
        fc.record({
          title: fc
            .integer({ min: 1, max: 120 })
            .map((n) => 'Het buurtopbouwwerk '.repeat(7).slice(0, n).trim() || 'T'),
          intro: text(2000),
          aims: fc.array(fc.record({ title: text(120), text: text(2000) }), { minLength: 1, maxLength: 10 }),
          participation: fc.option(text(2000), { nil: undefined }),
          buurten: fc.array(text(120), { maxLength: 20 }),
          description: fc.option(text(2000), { nil: undefined }),
        }),
        ({ description, ...about }) => {
          const content = contentWith((c) => {
            c.about = about;
            if (description === undefined) delete c.organisation.description;
            else c.organisation.description = description;
          });
          const pages = aboutPages(content);
          assert.deepEqual(
            pages.flatMap((p) => p.indices),
            about.aims.map((_, i) => i),
          );
          for (const page of pages)
            assert.ok(aboutPageFits(page.text, page.lines), JSON.stringify(page.lines));
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });
});
