/**
 * The payload the handler put into index.html (main/server/embed-payload.ts) and the instant it drew
 * the page's first screen for, read once at start-up so the first slide needs no `/api/kiosk` and
 * the first render matches the server's. The element is removed after reading: after a content
 * update the page holds only the fresher payload from the long-poll.
 */
import {
  EMBEDDED_DRAWN_AT_ATTRIBUTE,
  EMBEDDED_PAYLOAD_ID,
  type KioskPayload,
  type PageStart,
} from '../../core/api';
import { readClock } from './clock';

/** The embedded start, or null when there is none or it cannot be read (then the client fetches). */
export function takeEmbeddedStart(doc: Document = document): PageStart | null {
  const element = doc.getElementById(EMBEDDED_PAYLOAD_ID);
  if (!element) return null;
  element.remove();
  try {
    const payload = JSON.parse(element.textContent ?? '') as KioskPayload | null;
    if (!payload || typeof payload !== 'object' || typeof payload.boot !== 'string') return null;
    const drawnAt = Number(element.getAttribute(EMBEDDED_DRAWN_AT_ATTRIBUTE));
    // A page without the stamp was not drawn by the server: start from the own clock.
    return { payload, drawnAt: Number.isFinite(drawnAt) && drawnAt > 0 ? drawnAt : readClock() };
  } catch {
    return null;
  }
}
