/**
 * The screen's frame, the same on the kiosk and in the editor's preview: the header with the screen's
 * name and the clock over the main area, filling the window.
 */
import { css, html } from 'lit';
import type { KioskPayload } from '../core/api';
import './kiosk-header';
import { isClockTrusted } from './services/clock-trust';

export const screenLayout = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100vh;
    width: 100vw;
    overflow: hidden;
    background: var(--kiosk-bg);
    color: var(--kiosk-fg);
  }
  main {
    display: grid;
    min-height: 0;
    overflow: hidden;
  }
`;

/** The header: the screen's own buurtpunt, else the content's title; the time only from a clock to believe. */
export function screenHeader(payload: KioskPayload, now: number) {
  const own = payload.content.locations.find((l) => l.id === payload.config.location);
  return html`<kiosk-header
    .now=${now}
    .clockTrusted=${isClockTrusted(payload, now)}
    .name=${own?.name ?? payload.content.title ?? 'Buurtopbouwwerk'}
  ></kiosk-header>`;
}
