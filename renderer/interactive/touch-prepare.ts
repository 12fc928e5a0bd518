/**
 * The work the touch screen's first showing would otherwise do on the tap, cut into steps small
 * enough for one idle slice each on a Pi. Loaded with the touch screen's code (TouchWarmup imports
 * it when it starts), so start-up does not carry the QR encoder or the vCard builder.
 */
import type { KioskPayload } from '../../core/api';
import { contactCards } from '../../core/contacts/contact-cards';
import type { Slide } from '../../core/deck/types';
import { qrShapeSteps } from '../qr/qr-shape';

export { sectionsFor } from './section-plan';

/** The texts of every QR code the kiosk can show: each contact's vCard, each Facebook link. */
export function qrTexts(payload: KioskPayload, slides: readonly Slide[]): string[] {
  const texts = contactCards(payload.content).map((card) => card.vcard);
  for (const slide of slides) {
    if (slide.kind !== 'facebook') continue;
    for (const entry of slide.entries) if (entry.url !== null) texts.push(entry.url);
  }
  return [...new Set(texts)];
}

/**
 * Encodes the codes into qr-shape's memory, one part per call of `next()`: a vCard in one go is tens
 * of ms at 4× throttling, each part (its plan, or one of the eight masks) a few.
 */
export function* prepareQrs(texts: readonly string[]): Generator<void, void> {
  for (const [i, text] of texts.entries()) {
    if (i > 0) yield;
    yield* qrShapeSteps(text);
  }
}
