/**
 * The payload the handler put into index.html (main/server/embed-payload.ts), read once at start-up
 * so the first slide is drawn without waiting for `/api/kiosk`. The element is removed after
 * reading: after a content update the page holds only the fresher payload from the long-poll.
 */
import { EMBEDDED_PAYLOAD_ID, type KioskPayload } from '../../core/api';

/** The embedded payload, or null when there is none or it cannot be read (then the client fetches). */
export function takeEmbeddedPayload(doc: Document = document): KioskPayload | null {
  const element = doc.getElementById(EMBEDDED_PAYLOAD_ID);
  if (!element) return null;
  element.remove();
  try {
    const payload = JSON.parse(element.textContent ?? '') as KioskPayload | null;
    return payload && typeof payload === 'object' && typeof payload.boot === 'string' ? payload : null;
  } catch {
    return null;
  }
}
