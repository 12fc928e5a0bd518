import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAboutSlides, type AboutSlide } from '../../../../core/deck/about-slides';
import { buildServiceSlides, type ServicesSlide } from '../../../../core/deck/service-slides';
import { configFor, contentWith } from './deck-fixtures';

describe('services slide', () => {
  it('lists the four sample services on one slide', () => {
    const slides = buildServiceSlides(contentWith(), configFor(), 0).slides as ServicesSlide[];
    assert.deepEqual(
      slides.map((s) => [s.key, s.services.length, s.durationMs]),
      [['services', 4, 10_000]],
    );
    assert.equal(slides[0]!.services[1]!.description, 'Printen, hulp bij aanmelden, een melding doen, …');
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
