/**
 * Puts the kiosk payload into index.html, so the first slide can be drawn without waiting for a
 * second request (`/api/kiosk`): on a Pi every request before the first paint costs a visible pause.
 * The renderer reads it once at start-up and then long-polls as before.
 */
import { EMBEDDED_DRAWN_AT_ATTRIBUTE, EMBEDDED_PAYLOAD_ID, type KioskPayload } from '../../core/api';

/**
 * JSON that is safe inside a `<script>` element: `<` is escaped, so no text in the content (a title
 * with "</script>" or "<!--") can end the element early. JSON.parse reads `\u003c` back as `<`.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * index.html with the payload as a data block just before `</head>` (unchanged if there is none),
 * stamped with the instant the page's first screen was drawn for.
 */
export function embedPayload(html: string, payload: KioskPayload, drawnAt: number): string {
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  const block = `<script type="application/json" id="${EMBEDDED_PAYLOAD_ID}" ${EMBEDDED_DRAWN_AT_ATTRIBUTE}="${Math.round(drawnAt)}">${scriptSafeJson(payload)}</script>\n  `;
  return html.slice(0, at) + block + html.slice(at);
}
