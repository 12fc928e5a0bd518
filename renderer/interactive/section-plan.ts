/**
 * The touch screen's sections for a payload at a clock reading, planned once. The hidden touch
 * screen is prepared in idle periods (touch-warmup.ts): planning its pages there, in a slice of its
 * own, leaves the slice that builds the element only the building. Planning and building in one
 * task went over 50 ms at 4× CPU throttling.
 */
import type { KioskPayload } from '../../core/api';
import { planSections, type InteractiveSection } from '../../core/interactive/sections';
import { isClockTrusted } from '../services/clock-trust';

/** The last plan: the touch screen asks for the same payload and reading until either changes. */
let last: { payload: KioskPayload; now: number; sections: InteractiveSection[] } | null = null;

/** The sections for `payload` at `now` (epoch ms), from the last plan when it was for the same. */
export function sectionsFor(payload: KioskPayload, now: number): InteractiveSection[] {
  if (last && hasPlan(payload, now)) return last.sections;
  const sections = planSections(payload.content, payload.config, now, isClockTrusted(payload, now));
  last = { payload, now, sections };
  return sections;
}

/** Whether the sections for `payload` at `now` are planned already (the next ask costs nothing). */
export function hasPlan(payload: KioskPayload, now: number): boolean {
  return last?.payload === payload && last.now === now;
}
