import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIVITY_ENTRIES_PER_PAGE,
  SECTION_IDS,
  clampPosition,
  planSections,
  stepPosition,
  type InteractiveSection,
} from '../../../../core/interactive/sections';
import { withSixLongChanges } from '../../../support/hours-long-notes';
import { activity, brussels, configFor, contentWith } from '../deck/deck-fixtures';

const now = brussels('2026-12-01T10:00');
const pagesOf = (sections: InteractiveSection[]) => sections.map((s) => `${s.id}:${s.pages.length}`);

describe('touch screen sections', () => {
  const sections = planSections(contentWith(), configFor('bijloke'), now, true);

  it('offers Contact first, then Openingsuren, Activiteiten and Over het buurtopbouwwerk', () => {
    assert.deepEqual(SECTION_IDS, ['contacts', 'hours', 'activities', 'about']);
    assert.deepEqual(
      sections.map((s) => s.label),
      ['Contact', 'Openingsuren', 'Activiteiten', 'Over het buurtopbouwwerk'],
    );
  });

  it('puts the three workers and the Sociaal Huis on the first page a visitor sees', () => {
    const first = sections[0]!.pages[0]!;
    assert.equal(first.kind, 'contacts');
    assert.deepEqual(first.kind === 'contacts' ? first.cards.map((c) => c.name) : [], [
      'Kaoutar Aarras',
      'Kim Bauwens',
      'Jonas Van Laere',
      'Sociaal Huis',
    ]);
  });

  it('gives each buurtpunt a page of hours (own first), and the rotation’s about and services pages', () => {
    assert.deepEqual(pagesOf(sections), ['contacts:1', 'hours:2', 'activities:1', 'about:2']);
    const hours = sections[1]!.pages.map((p) => (p.kind === 'hours' ? p.blocks[0]!.id : ''));
    assert.deepEqual(hours, ['bijloke', 'hof-ten-rode']);
    assert.deepEqual(
      sections[3]!.pages.map((p) => p.kind),
      ['about', 'services'],
    );
    // The very pages the rotation shows: one about slide, one services slide.
    const about = sections[3]!.pages[0]!;
    assert.deepEqual(about.kind === 'about' ? about.slide.aims.length : 0, 3);
  });

  it('gives a buurtpunt whose changes do not fit one page of hours a second one, right after it', () => {
    const long = planSections(contentWith(withSixLongChanges), configFor('hof-ten-rode'), now, true);
    const hours = long[1]!.pages.map((p) => (p.kind === 'hours' ? p.blocks.map((b) => b.id) : []));
    assert.deepEqual(hours, [['hof-ten-rode'], ['hof-ten-rode'], ['bijloke']]);
  });

  it('pages the activities and keeps one empty page when none are planned', () => {
    const many = contentWith((c) => {
      c.activities = Array.from({ length: ACTIVITY_ENTRIES_PER_PAGE * 2 + 1 }, (_, i) =>
        activity(`Activiteit ${i}`, `2026-12-1${i}T10:00`, `2026-12-1${i}T11:00`),
      );
    });
    assert.equal(planSections(many, configFor(), now, true)[2]!.pages.length, 3);
    const none = planSections(
      contentWith((c) => (c.activities = [])),
      configFor(),
      now,
      true,
    );
    assert.deepEqual(none[2]!.pages, [{ kind: 'activities', entries: [] }]);
  });
});

describe('turning pages', () => {
  const sections = planSections(contentWith(), configFor('bijloke'), now, true);

  it('moves through the pages of a section, then on to the next section', () => {
    let at = { section: 0, page: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      seen.push(`${at.section}.${at.page}`);
      at = stepPosition(sections, at, 1);
    }
    assert.deepEqual(seen, ['0.0', '1.0', '1.1', '2.0', '3.0', '3.1', '3.1']);
  });

  it('going back into a section lands on its last page, and stops at Contact', () => {
    assert.deepEqual(stepPosition(sections, { section: 2, page: 0 }, -1), { section: 1, page: 1 });
    assert.deepEqual(stepPosition(sections, { section: 0, page: 0 }, -1), { section: 0, page: 0 });
  });

  it('keeps the position inside the sections when the content shrinks', () => {
    assert.deepEqual(clampPosition(sections, { section: 1, page: 5 }), { section: 1, page: 1 });
    assert.deepEqual(clampPosition(sections, { section: 9, page: 0 }), { section: 3, page: 0 });
  });
});
