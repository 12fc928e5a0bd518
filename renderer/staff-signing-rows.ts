/**
 * The signing part of <kiosk-staff-view>: whether this screen asks for signed content, whether the
 * content on screen is signed with its key, and the newest signing moment it accepted (an old copy is
 * refused against it; one in the future points at a signing computer's wrong clock).
 */
import { html, nothing } from 'lit';
import type { StaffSigning } from '../core/api';
import { formatDateTimeNl } from '../core/time/dutch-dates';

/** A signing moment this far past the screen's clock is worth a warning. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

/** `<dt>`/`<dd>` rows for the staff view's list; `now` from the clock service. */
export function signingRows(signing: StaffSigning, now: number) {
  return html`
    <dt>Ondertekening</dt>
    <dd data-staff-signing=${signing.mode} class=${signing.mode === 'broken' ? 'bad' : ''}>
      ${modeWords(signing)}
    </dd>
    ${
      signing.mode === 'off'
        ? nothing
        : html`<dt>Inhoud op het scherm</dt>
            <dd
              data-staff-shown-signing=${signing.shown}
              class=${signing.shown === 'signed' ? 'good' : 'bad'}
            >
              ${shownWords(signing)}
            </dd>`
    }
    ${
      signing.newestSignedAt === null
        ? nothing
        : html`<dt>Laatst aanvaarde ondertekening</dt>
            <dd data-staff-newest-signed>
              ${formatDateTimeNl(signing.newestSignedAt)}
              ${
                Date.parse(signing.newestSignedAt) > now + FUTURE_SLACK_MS
                  ? html`<span class="bad">
                      — dat ligt na de klok van deze kiosk (hier is het
                      ${formatDateTimeNl(new Date(now).toISOString())}). Loopt die achter, zet ze dan juist.
                      Klopt ze, dan stond de klok van de computer waarop ondertekend werd vooruit, en weigert
                      dit scherm juiste sticks als "ouder"; zie docs/usb-import.md, "Een verkeerde
                      klok".</span
                    >`
                  : nothing
              }
            </dd>`
    }
  `;
}

function modeWords(signing: StaffSigning): string {
  switch (signing.mode) {
    case 'off':
      return 'niet vereist';
    case 'required':
      return 'alleen ondertekende inhoud wordt aanvaard';
    case 'broken':
      return `GEEN ENKELE stick wordt aanvaard: ondertekening is gevraagd, maar de instellingen (config.json) zijn niet in orde (${signing.problem ?? 'onbekend'}). Verbeter config.json en herstart het scherm.`;
  }
}

function shownWords(signing: StaffSigning): string {
  switch (signing.shown) {
    case 'signed':
      return `ondertekend${signing.shownSignedAt ? ` op ${formatDateTimeNl(signing.shownSignedAt)}` : ''}`;
    case 'other-key':
      return 'ondertekend met een andere sleutel dan dit scherm nu vraagt';
    case 'unsigned':
      return 'NIET ondertekend (ingelezen voor ondertekening gevraagd werd); zet ondertekende inhoud op het scherm';
    case 'sample':
      return 'NIET ondertekend: de meegeleverde voorbeeldinhoud van een nieuw scherm, nooit ingelezen; zet ondertekende inhoud op het scherm';
    case 'folder':
      return 'NIET ondertekend: een vaste map (gestart met --content), getoond zoals ze is, zonder controle van de ondertekening';
  }
}
