import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { validateContentText } from '../../../../core/content/validate';
import { buildStatusSlides, statusBlocks } from '../../../../core/deck/status-slides';
import type { StatusSlide } from '../../../../core/deck/types';

const result = validateContentText(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
);
if (!result.ok) throw new Error('sample content does not validate');
const content = result.content;
const at = (iso: string) => Date.parse(iso);

function slideAt(now: number, location: string | null = 'hof-ten-rode') {
  const config = { ...resolveRendererConfig(), location };
  const build = buildStatusSlides(content, config, now);
  return { slide: build.slides[0] as StatusSlide, nextChangeAt: build.nextChangeAt };
}

describe('status slide', () => {
  it('puts the screen’s own location first', () => {
    const { slide } = slideAt(at('2026-12-07T20:00:00+01:00'));
    assert.deepEqual(
      slide.locations.map((l) => l.id),
      ['hof-ten-rode', 'bijloke'],
    );
    assert.equal(slide.ownLocation, 'hof-ten-rode');
  });

  it('re-plans at the earliest change of any location', () => {
    // Tuesday 9:15: Hof ten Rode counts down, so the next minute.
    assert.equal(slideAt(at('2026-12-08T09:15:00+01:00')).nextChangeAt, at('2026-12-08T09:16:00+01:00'));
    // Monday evening: nothing before midnight, when "vandaag" starts.
    assert.equal(slideAt(at('2026-12-07T20:00:00+01:00')).nextChangeAt, at('2026-12-08T00:00:00+01:00'));
  });

  it('re-plans at least at midnight, when today’s row moves', () => {
    // Friday noon: the statuses change only on Tuesday, the week table at midnight.
    assert.equal(slideAt(at('2026-12-04T12:00:00+01:00')).nextChangeAt, at('2026-12-05T00:00:00+01:00'));
  });

  it('words each block and marks today in the weekly table', () => {
    const now = at('2026-12-15T10:30:00+01:00');
    const [hof, bijloke] = statusBlocks(slideAt(now).slide, now, true);
    assert.deepEqual(
      [hof!.state, hof!.label, hof!.headline, hof!.detail, hof!.own],
      ['open', 'Open', 'Nu open · tot 13:00', null, true],
    );
    assert.deepEqual(
      hof!.week.filter((r) => r.today).map((r) => `${r.name} ${r.hours}`),
      ['Dinsdag 10:00 – 13:00'],
    );
    assert.equal(hof!.week.length, 7);
    assert.equal(hof!.week[0]!.hours, 'gesloten');
    assert.deepEqual([bijloke!.state, bijloke!.headline], ['closed', 'Gesloten · opent donderdag om 9:00']);
    assert.deepEqual(hof!.upcoming, ['22 december – 3 januari: gesloten (kerstvakantie)']);
    assert.deepEqual(bijloke!.upcoming, ['24 december – 3 januari: gesloten (kerstvakantie)']);
  });

  it('never shows the regular hours as if they held on a closed day: 29 December at Hof ten Rode', () => {
    const now = at('2026-12-29T10:30:00+01:00');
    const [hof, bijloke] = statusBlocks(slideAt(now).slide, now, true);
    assert.equal(hof!.headline, 'Gesloten tot en met 3 januari (kerstvakantie)');
    assert.deepEqual(
      hof!.week.filter((r) => r.today).map((r) => `${r.name} ${r.hours}`),
      ['Dinsdag gesloten'],
    );
    assert.ok(hof!.week.every((r) => !r.open));
    assert.deepEqual([bijloke!.week[3]!.hours, bijloke!.week[3]!.changed], ['gesloten', true]);
  });

  it('lists at most two coming changes per buurtpunt, so a block fits the 7" screen', () => {
    const busy = structuredClone(content);
    busy.locations[0]!.exceptions = ['03', '05', '10', '17'].map((day) => ({
      from: `2026-12-${day}`,
      closed: true as const,
    }));
    const now = at('2026-12-01T11:00:00+01:00');
    const slide = buildStatusSlides(busy, resolveRendererConfig(), now).slides[0] as StatusSlide;
    assert.deepEqual(statusBlocks(slide, now, true)[0]!.upcoming, [
      'Donderdag 3 december: gesloten',
      'Zaterdag 5 december: gesloten',
    ]);
  });

  it('shows only the weekly hours when the clock cannot be trusted', () => {
    const now = at('1970-01-01T00:00:00Z');
    const blocks = statusBlocks(slideAt(now).slide, now, false);
    for (const block of blocks) {
      assert.deepEqual(
        [block.state, block.label, block.headline, block.detail],
        ['unknown', 'Openingsuren', null, null],
      );
      assert.equal(
        block.week.some((r) => r.today),
        false,
      );
      assert.deepEqual(block.upcoming, []);
    }
  });
});
