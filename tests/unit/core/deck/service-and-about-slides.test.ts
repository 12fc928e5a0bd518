import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildAboutSlides, type AboutSlide } from '../../../../core/deck/about-slides';
import {
  SERVICES_PER_PAGE,
  buildServiceSlides,
  descriptionRoom,
  servicesFit,
  type ServicesSlide,
} from '../../../../core/deck/service-slides';
import type { ContentInput } from '../../../../core/content/schema';
import { configFor, contentWith } from './deck-fixtures';

/** The audit's description: 208 characters, a plausible one, five lines in a column at 800×480. */
const PAPERS =
  'Heb je een vraag over je brieven, je energiefactuur of een formulier van de gemeente? Kom langs, we bekijken het samen en zoeken uit wie je verder kan helpen. Je hoeft geen afspraak te maken en het is gratis.';

/** Prose of exactly `n` characters. */
const prose = (n: number) => `${'koffie en een babbel '.repeat(n).slice(0, n - 1)}.`;

const pagesOf = (services: ContentInput['services']) =>
  (
    buildServiceSlides(
      contentWith((c) => {
        c.services = services;
      }),
      configFor(),
      0,
    ).slides as ServicesSlide[]
  ).map((s) => [s.key, s.services.length, s.descriptionLines]);

describe('services slide', () => {
  it('lists the four sample services on one slide, nothing cut', () => {
    const slides = buildServiceSlides(contentWith(), configFor(), 0).slides as ServicesSlide[];
    assert.deepEqual(
      slides.map((s) => [s.key, s.services.length, s.durationMs, s.descriptionLines]),
      [['services', 4, 10_000, null]],
    );
    assert.equal(slides[0]!.services[1]!.description, 'Printen, hulp bij aanmelden, een melding doen, …');
    assert.ok(servicesFit(slides[0]!.services));
  });

  it('keeps six (and then eight as 4 + 4) short services like the sample’s to a page', () => {
    const short = (i: number) => ({
      title: ['Een babbel met koffie of thee', 'Een idee of melding over of voor de buurt'][i % 2]!,
      ...(i % 3 === 0 ? { description: 'Printen, hulp bij aanmelden, een melding doen, …' } : {}),
    });
    assert.deepEqual(pagesOf(Array.from({ length: 6 }, (_, i) => short(i))), [
      ['services', SERVICES_PER_PAGE, null],
    ]);
    assert.deepEqual(pagesOf(Array.from({ length: 8 }, (_, i) => short(i))), [
      ['services', 4, null],
      ['services-2', 4, null],
    ]);
  });

  it('puts six services with 208-character descriptions two to a page (six cut the last row at 800×480)', () => {
    const services = Array.from({ length: 6 }, (_, i) => ({
      title: `Aanbod ${i + 1}: hulp bij papieren`,
      description: PAPERS,
    }));
    assert.equal(servicesFit(services), false);
    assert.equal(servicesFit(services.slice(0, 3)), false);
    assert.equal(servicesFit(services.slice(0, 2)), true);
    assert.deepEqual(pagesOf(services), [
      ['services', 2, null],
      ['services-2', 2, null],
      ['services-3', 2, null],
    ]);
  });

  it('pages six services with the longest titles (120 characters) so every title fits', () => {
    const services = Array.from({ length: 6 }, (_, i) => ({ title: `${i} ${prose(118)}` }));
    const pages = pagesOf(services);
    assert.ok(pages.length > 1);
    assert.deepEqual(
      pages.map(([key]) => key),
      ['services', 'services-2', 'services-3'].slice(0, pages.length),
    );
  });

  it('gives a description too long for any page a page of its own, ended after the lines that fit', () => {
    const services = [
      { title: 'Koffie', description: 'Kort' },
      { title: 'Thee' },
      { title: 'Hulp bij papieren', description: prose(2000) },
      { title: 'Soep' },
    ];
    assert.deepEqual(pagesOf(services), [
      ['services', 2, null],
      ['services-2', 1, 13],
      ['services-3', 1, null],
    ]);
    // Under a title of two lines at 800×480, one line less.
    assert.deepEqual(descriptionRoom('Kort'), { lines: 13, chars: 1248 });
    assert.deepEqual(descriptionRoom(prose(120)), { lines: 12, chars: 1152 });
    // The longest that still fits has a page of its own and is not cut.
    assert.deepEqual(pagesOf([{ title: 'Koffie', description: prose(1248) }]), [['services', 1, null]]);
    assert.deepEqual(pagesOf([{ title: 'Koffie', description: prose(1249) }]), [['services', 1, 13]]);
  });

  it('never drops or reorders a service, and every page of two or more fits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.integer({ min: 1, max: 120 }),
            description: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (lengths) => {
          const services = lengths.map(({ title, description }, i) => ({
            title: `${i}${prose(title)}`.slice(0, 120).trim(),
            ...(description === undefined ? {} : { description: prose(description) }),
          }));
          const slides = buildServiceSlides(
            contentWith((c) => {
              c.services = services;
            }),
            configFor(),
            0,
          ).slides as ServicesSlide[];
          assert.deepEqual(
            slides.flatMap((s) => s.services.map((x) => x.title)),
            services.map((x) => x.title),
          );
          for (const slide of slides) {
            assert.ok(slide.services.length <= SERVICES_PER_PAGE);
            assert.equal(servicesFit(slide.services), slide.descriptionLines === null);
            if (slide.services.length > 1) assert.ok(servicesFit(slide.services));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is skipped when there are no services', () => {
    const content = contentWith((c) => {
      c.services = [];
    });
    assert.deepEqual(buildServiceSlides(content, configFor(), 0), { slides: [], nextChangeAt: null });
  });
});

describe('about slide', () => {
  it('shows the three aims with the Sociaal Huis contact', () => {
    const [slide, ...rest] = buildAboutSlides(contentWith(), configFor(), 0).slides as AboutSlide[];
    assert.equal(rest.length, 0);
    assert.deepEqual(
      slide!.aims.map((a) => a.title),
      ['Brugfiguur zijn', 'Werken aan buurtcohesie', 'Inrichting en beleving van de publieke ruimte'],
    );
    assert.deepEqual(
      [slide!.organisation.name, slide!.organisation.email, slide!.organisation.phone],
      ['Sociaal Huis', 'indebuurt@dendermonde.be', '052 37 85 00'],
    );
    assert.equal(slide!.buurten.length, 5);
  });

  it('pages four aims as two and two, so no page holds a lone card', () => {
    const content = contentWith((c) => {
      c.about.aims.push({ title: 'Vierde', text: 'Nog een doel.' });
    });
    const slides = buildAboutSlides(content, configFor(), 0).slides as AboutSlide[];
    assert.deepEqual(
      slides.map((s) => [s.key, s.aims.length, s.page, s.pageCount]),
      [
        ['about', 2, 1, 2],
        ['about-2', 2, 2, 2],
      ],
    );
  });
});
