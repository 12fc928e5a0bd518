import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAnnouncementSlides, type AnnouncementSlide } from '../../../../core/deck/announcement-slides';
import { brussels, configFor, contentWith } from './deck-fixtures';

const titlesAt = (content: ReturnType<typeof contentWith>, now: number) =>
  (buildAnnouncementSlides(content, configFor(), now, true).slides as AnnouncementSlide[]).map(
    (s) => s.title,
  );

describe('announcement slides', () => {
  const christmas = contentWith((c) => {
    c.announcements = [
      { title: 'Kerstvakantie', text: 'Gesloten.', visibleFrom: '2026-12-10', visibleUntil: '2027-01-03' },
    ];
  });

  it('starts a date-only visibleFrom at midnight, Brussels time', () => {
    assert.deepEqual(titlesAt(christmas, brussels('2026-12-09T23:59')), []);
    assert.deepEqual(titlesAt(christmas, brussels('2026-12-10T00:00')), ['Kerstvakantie']);
  });

  it('keeps a date-only visibleUntil through the end of that day, Brussels time', () => {
    assert.deepEqual(titlesAt(christmas, brussels('2027-01-03T23:59')), ['Kerstvakantie']);
    // 23:00 UTC on 3 January is already midnight in Brussels.
    assert.deepEqual(titlesAt(christmas, Date.parse('2027-01-03T22:59:59Z')), ['Kerstvakantie']);
    assert.deepEqual(titlesAt(christmas, Date.parse('2027-01-03T23:00:00Z')), []);
  });

  it('on a clock that cannot be right shows what the content date shows: nothing expired by then', () => {
    const content = contentWith((c) => {
      c.updated = '2026-12-12';
      c.announcements = [
        { title: 'Sinterklaas', text: 'Voorbij.', visibleUntil: '2026-12-06' },
        { title: 'Kerstvakantie', text: 'Gesloten.', visibleFrom: '2026-12-10', visibleUntil: '2027-01-03' },
        { title: 'Nieuwjaar', text: 'Later.', visibleFrom: '2026-12-31' },
      ];
    });
    const titles = (now: number, plausible: boolean) =>
      (buildAnnouncementSlides(content, configFor(), now, plausible).slides as AnnouncementSlide[]).map(
        (s) => s.title,
      );
    assert.deepEqual(titles(0, false), ['Kerstvakantie']);
    // The same wrong clock, believed, would have shown the one long over.
    assert.deepEqual(titles(0, true), ['Sinterklaas']);
  });

  it('uses exact moments when the window has times, in summer time too', () => {
    const meeting = contentWith((c) => {
      c.announcements = [
        {
          title: 'Vergadering',
          text: 'Kom mee.',
          visibleFrom: '2027-06-01T09:00',
          visibleUntil: '2027-06-01T12:30',
        },
      ];
    });
    assert.deepEqual(titlesAt(meeting, Date.parse('2027-06-01T06:59:59Z')), []);
    assert.deepEqual(titlesAt(meeting, Date.parse('2027-06-01T07:00:00Z')), ['Vergadering']);
    assert.deepEqual(titlesAt(meeting, Date.parse('2027-06-01T10:29:59Z')), ['Vergadering']);
    assert.deepEqual(titlesAt(meeting, Date.parse('2027-06-01T10:30:00Z')), []);
  });

  it('shows an announcement without a window always, one slide each, in content order', () => {
    const content = contentWith();
    assert.deepEqual(titlesAt(content, brussels('2026-12-15T12:00')), [
      'Voorbeeld: buurtpunten dicht tijdens de kerstvakantie',
      'Voorbeeld: heb je een idee voor de buurt?',
    ]);
    assert.deepEqual(titlesAt(content, brussels('2026-11-27T12:00')), [
      'Voorbeeld: heb je een idee voor de buurt?',
    ]);
  });

  it('plans again at the nearest window edge still to come', () => {
    const at = (now: string) =>
      buildAnnouncementSlides(christmas, configFor(), brussels(now), true).nextChangeAt;
    assert.equal(at('2026-12-01T12:00'), brussels('2026-12-10T00:00'));
    assert.equal(at('2026-12-20T12:00'), brussels('2027-01-04T00:00'));
    assert.equal(at('2027-01-05T12:00'), null);
  });

  it('keeps a slide’s key when an earlier announcement disappears, and tells equal titles apart', () => {
    const content = contentWith((c) => {
      c.announcements = [
        { title: 'Eerst', text: 'a', visibleUntil: '2026-12-01' },
        { title: 'Dubbel', text: 'b' },
        { title: 'Dubbel', text: 'c' },
      ];
    });
    const keys = (now: string) =>
      buildAnnouncementSlides(content, configFor(), brussels(now), true).slides.map((s) => s.key);
    assert.deepEqual(keys('2026-12-01T12:00'), [
      'announcement:Eerst',
      'announcement:Dubbel',
      'announcement:Dubbel#2',
    ]);
    assert.deepEqual(keys('2026-12-02T12:00'), ['announcement:Dubbel', 'announcement:Dubbel#2']);
  });

  it('has no slide when there are no announcements, and carries the image and duration', () => {
    const none = contentWith((c) => {
      c.announcements = [];
    });
    assert.deepEqual(buildAnnouncementSlides(none, configFor(), 0, true), { slides: [], nextChangeAt: null });
    const pictured = contentWith((c) => {
      c.announcements = [{ title: 'Foto', text: 'x', image: 'images/koffie.png' }];
    });
    const [slide] = buildAnnouncementSlides(pictured, configFor(), 0, true).slides;
    assert.equal(slide?.image, 'images/koffie.png');
    assert.equal(slide?.durationMs, 12_000);
  });
});
